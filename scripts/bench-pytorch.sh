#!/usr/bin/env bash
# dyna-nn against PyTorch on this machine's CPU, in one run: ./dyna bench nn, then the same
# networks, loss and optimiser in PyTorch (scripts/nn/bench_torch.py) with 1 thread and with
# every core, in float64 (dyna-nn's type) and float32, then the ratios. Not run by CI: needs
# Debian's python3-torch (apt-get install python3-torch), used through /usr/bin/python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
cores="$(nproc)"
ours="$("$root/dyna" bench nn --rounds "$rounds" --json)"
one="$(/usr/bin/python3 "$root/scripts/nn/bench_torch.py" 1 "$rounds")"
all="$(/usr/bin/python3 "$root/scripts/nn/bench_torch.py" "$cores" "$rounds")"
/usr/bin/python3 - "$ours" "$one" "$all" "$cores" <<'PY'
import json, sys
ours, one, every, cores = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
print(f"dyna-nn (one thread, float64) against PyTorch {__import__('torch').__version__} on this CPU; "
      "ratio = PyTorch's time / ours (above 1: we are faster)")
for name, mine in ours.items():
    print(f"{name}: dyna-nn training {mine['ms_per_training_step']:.3f} ms/step "
          f"({mine['bytes_per_training_step']:,.0f} bytes), prediction {mine['us_per_prediction']:.2f} us")
    for label, theirs in ((f"PyTorch 1 thread", one), (f"PyTorch {cores} threads", every)):
        for dtype in ("float64", "float32"):
            t = theirs[f"{name} / {dtype}"]
            print(f"  {label:18s} {dtype}: training {t['ms_per_training_step']:.3f} ms "
                  f"(ratio {t['ms_per_training_step'] / mine['ms_per_training_step']:.2f}), prediction "
                  f"{t['us_per_prediction']:.2f} us (ratio {t['us_per_prediction'] / mine['us_per_prediction']:.2f})")
PY
