"""The batched predictions `dyna bench controller` times, in PyTorch on this machine's CPU: a
5-member ensemble of Gaussian MLPs 4-64-64-9 (Pendulum's 3 observations and 1 action in; 4 means,
4 log-variances and a termination logit out), SiLU, predicting PETS' population at its defaults,
350 candidates x 20 particles = 7,000 rows a step, 1,400 rows per member (TS-inf), one batched
product per layer under no_grad. Prints one JSON object: predictions per second by dtype."""
import json
import sys
import time

import torch


def measure(rows, rounds, dtype):
    torch.manual_seed(1)
    members, sizes = 5, [4, 64, 64, 9]
    weights, biases = [], []
    for i, o in zip(sizes, sizes[1:]):
        bound = 1 / i ** 0.5
        weights.append(torch.empty(members, i, o, dtype=dtype).uniform_(-bound, bound))
        biases.append(torch.empty(members, 1, o, dtype=dtype).uniform_(-bound, bound))
    x = torch.randn(members, rows // members, 4, dtype=dtype)
    passes = 75   # a decision's 15 steps x 5 iterations
    times = []
    with torch.no_grad():
        for round in range(-1, rounds):
            start = time.perf_counter()
            for _ in range(passes):
                h = x
                for k, (w, b) in enumerate(zip(weights, biases)):
                    h = torch.baddbmm(b, h, w)
                    if k + 1 < len(weights):
                        h = torch.nn.functional.silu(h)
            elapsed = time.perf_counter() - start
            if round >= 0:
                times.append(passes * rows / elapsed)
    times.sort()
    return times[len(times) // 2]


threads, rounds = int(sys.argv[1]), int(sys.argv[2])
torch.set_num_threads(threads)
print(json.dumps({str(dtype).replace("torch.", ""): measure(7000, rounds, dtype)
                  for dtype in (torch.float64, torch.float32)}))
