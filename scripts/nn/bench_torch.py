"""The networks of `dyna bench nn` in PyTorch, on this machine's CPU: an ensemble of 5 MLPs
6-64-64-6 (one batched product per layer, as dyna-nn computes it) and one MLP 6-256-256-6, SiLU,
batch 256, mean squared error, Adam (lr 1e-3); a training step (zero_grad, forward, loss, backward,
step) and a single prediction of one member under no_grad. Prints one JSON object."""
import json
import sys
import time

import torch


class Ensemble(torch.nn.Module):
    def __init__(self, members, sizes):
        super().__init__()
        self.weights = torch.nn.ParameterList()
        self.biases = torch.nn.ParameterList()
        for i, o in zip(sizes, sizes[1:]):
            bound = 1 / i ** 0.5
            self.weights.append(torch.nn.Parameter(torch.empty(members, i, o, dtype=torch.float64).uniform_(-bound, bound)))
            self.biases.append(torch.nn.Parameter(torch.empty(members, 1, o, dtype=torch.float64).uniform_(-bound, bound)))

    def forward(self, x):                      # x: [batch, in], shared by every member
        h = x.unsqueeze(0)
        for k, (w, b) in enumerate(zip(self.weights, self.biases)):
            h = torch.matmul(h, w) + b
            if k + 1 < len(self.weights):
                h = torch.nn.functional.silu(h)
        return h


def measure(name, members, hidden, rounds, dtype):
    torch.manual_seed(1)
    net = Ensemble(members, [6, hidden, hidden, 6]).to(dtype)
    adam = torch.optim.Adam(net.parameters(), lr=1e-3)
    x = torch.randn(256, 6, dtype=dtype)
    y = torch.randn(256, 6, dtype=dtype)
    one = torch.randn(1, 6, dtype=dtype)
    member = [(w[0], b[0]) for w, b in zip(net.weights, net.biases)]
    steps = 200 if hidden <= 64 else 40
    predictions = 20_000 if hidden <= 64 else 5_000
    step_times, prediction_times = [], []
    for round in range(-1, rounds):
        start = time.perf_counter()
        for _ in range(steps):
            adam.zero_grad()
            loss = torch.mean((net(x) - y) ** 2)
            loss.backward()
            adam.step()
        step = (time.perf_counter() - start) / steps * 1e3
        start = time.perf_counter()
        with torch.no_grad():
            for _ in range(predictions):
                h = one
                for k, (w, b) in enumerate(member):
                    h = h @ w + b
                    if k + 1 < len(member):
                        h = torch.nn.functional.silu(h)
        prediction = (time.perf_counter() - start) / predictions * 1e6
        if round >= 0:
            step_times.append(step)
            prediction_times.append(prediction)
    step_times.sort()
    prediction_times.sort()
    return {"ms_per_training_step": step_times[len(step_times) // 2],
            "us_per_prediction": prediction_times[len(prediction_times) // 2]}


if __name__ == "__main__":
    threads = int(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    torch.set_num_threads(threads)
    results = {}
    for dtype_name, dtype in (("float64", torch.float64), ("float32", torch.float32)):
        results["ensemble 5 x (6-64-64-6)", dtype_name] = measure("ensemble", 5, 64, rounds, dtype)
        results["one MLP 6-256-256-6", dtype_name] = measure("mlp", 1, 256, rounds, dtype)
    print(json.dumps({f"{k[0]} / {k[1]}": v for k, v in results.items()}))
