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
# Soft Actor-Critic's gradient step: ./dyna bench sac against scripts/nn/bench_sac_torch.py.
sac="$("$root/dyna" bench sac --rounds "$rounds" --json)"
sac_one="$(/usr/bin/python3 "$root/scripts/nn/bench_sac_torch.py" 1 "$rounds")"
sac_all="$(/usr/bin/python3 "$root/scripts/nn/bench_sac_torch.py" "$cores" "$rounds")"
/usr/bin/python3 - "$sac" "$sac_one" "$sac_all" "$cores" <<'PY'
import json, sys
ours, one, every, cores = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
print("SAC gradient step (batch 256, twin critics, learned alpha): ours (one thread, float64) against PyTorch; "
      "ratio = PyTorch's time / ours (above 1: we are faster)")
for hidden in (64, 256):
    key = f"sac_2x{hidden}_ms_per_gradient_step"
    print(f"2x{hidden}: ours {ours[key]:.3f} ms ({ours[key.replace('ms_per', 'bytes_per')]:,.0f} bytes)")
    for label, theirs in (("PyTorch 1 thread", one), (f"PyTorch {cores} threads", every)):
        for dtype in ("float64", "float32"):
            t = theirs[f"{key} / {dtype}"]
            print(f"  {label:18s} {dtype}: {t:.3f} ms (ratio {t / ours[key]:.2f})")
print(f"MBPO model rollouts: {ours['mbpo_rollouts_per_s']:,.0f} per second, {ours['mbpo_bytes_per_rollout']:.1f} bytes each")
PY

# A controller's batched model predictions: ./dyna bench controller against
# scripts/nn/bench_ensemble_rows_torch.py (the same ensemble, 7,000 rows a pass).
control="$("$root/dyna" bench controller --rounds "$rounds" --json)"
control_one="$(/usr/bin/python3 "$root/scripts/nn/bench_ensemble_rows_torch.py" 1 "$rounds")"
control_all="$(/usr/bin/python3 "$root/scripts/nn/bench_ensemble_rows_torch.py" "$cores" "$rounds")"
/usr/bin/python3 - "$control" "$control_one" "$control_all" "$cores" <<'PY'
import json, sys
ours, one, every, cores = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
mine = ours["controller_cem_ensemble_batched_predictions_per_s"]
print("Batched ensemble predictions inside cem (PETS' defaults, 7,000 rows a pass): ours (one thread, float64, "
      "the whole controller: rollouts, noise, CEM) against PyTorch's forward passes alone; ratio = ours / PyTorch's")
print(f"  ours {mine:,.0f} predictions/s ({ours['controller_cem_ensemble_batched_ms_per_decision']:.0f} ms per decision, "
      f"{ours['controller_cem_ensemble_batched_bytes_per_decision']:,.0f} bytes); one at a time "
      f"{ours['controller_cem_ensemble_single_predictions_per_s']:,.0f}/s")
for label, theirs in (("PyTorch 1 thread", one), (f"PyTorch {cores} threads", every)):
    for dtype in ("float64", "float32"):
        print(f"  {label:18s} {dtype}: {theirs[dtype]:,.0f} predictions/s (ratio {mine / theirs[dtype]:.2f})")
PY
