"""The SAC update of `dyna bench sac` in PyTorch, on this machine's CPU: Stable-Baselines3's
SAC.train step written out (actor MLP 3-H-H-2 giving mean and log std clamped to [-20, 2], a
tanh-squashed Gaussian, twin critics 4-H-H-1 with target copies, a learned log alpha with target
entropy -1, Adam lr 3e-4 for all, Polyak tau 0.005), ReLU, minibatches of 256 drawn from 10,000
stored transitions, for H = 64 and 256. Prints one JSON object of milliseconds per gradient step."""
import json
import math
import sys
import time

import torch


def mlp(sizes, dtype):
    layers = []
    for i, (a, b) in enumerate(zip(sizes, sizes[1:])):
        layers.append(torch.nn.Linear(a, b, dtype=dtype))
        if i + 2 < len(sizes):
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers)


class Sac:
    def __init__(self, hidden, dtype):
        self.actor = mlp([3, hidden, hidden, 2], dtype)
        self.q1 = mlp([4, hidden, hidden, 1], dtype)
        self.q2 = mlp([4, hidden, hidden, 1], dtype)
        self.t1 = mlp([4, hidden, hidden, 1], dtype)
        self.t2 = mlp([4, hidden, hidden, 1], dtype)
        self.t1.load_state_dict(self.q1.state_dict())
        self.t2.load_state_dict(self.q2.state_dict())
        self.log_alpha = torch.zeros(1, dtype=dtype, requires_grad=True)
        self.actor_opt = torch.optim.Adam(self.actor.parameters(), lr=3e-4)
        self.critic_opt = torch.optim.Adam(list(self.q1.parameters()) + list(self.q2.parameters()), lr=3e-4)
        self.alpha_opt = torch.optim.Adam([self.log_alpha], lr=3e-4)

    def sample(self, obs):
        head = self.actor(obs)
        mean, log_std = head[:, :1], head[:, 1:].clamp(-20, 2)
        std = log_std.exp()
        u = mean + std * torch.randn_like(mean)
        log_prob = (-0.5 * ((u - mean) / std) ** 2 - log_std - 0.5 * math.log(2 * math.pi)).sum(1, keepdim=True)
        log_prob -= (2 * (math.log(2) - u - torch.nn.functional.softplus(-2 * u))).sum(1, keepdim=True)
        return torch.tanh(u), log_prob

    def train(self, obs, act, rew, nxt, done):
        pi, log_prob = self.sample(obs)
        alpha_loss = -(self.log_alpha * (log_prob + -1.0).detach()).mean()
        alpha = self.log_alpha.detach().exp()
        self.alpha_opt.zero_grad()
        alpha_loss.backward()
        self.alpha_opt.step()
        with torch.no_grad():
            next_pi, next_log_prob = self.sample(nxt)
            x = torch.cat([nxt, next_pi], 1)
            next_q = torch.min(self.t1(x), self.t2(x)) - alpha * next_log_prob
            target = rew + (1 - done) * 0.99 * next_q
        x = torch.cat([obs, act], 1)
        critic_loss = 0.5 * (torch.nn.functional.mse_loss(self.q1(x), target)
                             + torch.nn.functional.mse_loss(self.q2(x), target))
        self.critic_opt.zero_grad()
        critic_loss.backward()
        self.critic_opt.step()
        x = torch.cat([obs, pi], 1)
        actor_loss = (alpha * log_prob - torch.min(self.q1(x), self.q2(x))).mean()
        self.actor_opt.zero_grad()
        actor_loss.backward()
        self.actor_opt.step()
        with torch.no_grad():
            for net, tgt in ((self.q1, self.t1), (self.q2, self.t2)):
                for p, t in zip(net.parameters(), tgt.parameters()):
                    t.mul_(1 - 0.005).add_(0.005 * p)


def measure(hidden, rounds, dtype):
    torch.manual_seed(1)
    sac = Sac(hidden, dtype)
    n = 10_000
    data = [torch.randn(n, 3, dtype=dtype), torch.rand(n, 1, dtype=dtype) * 2 - 1, torch.randn(n, 1, dtype=dtype),
            torch.randn(n, 3, dtype=dtype), torch.zeros(n, 1, dtype=dtype)]
    steps = 100 if hidden <= 64 else 25
    times = []
    for round in range(-1, rounds):
        start = time.perf_counter()
        for _ in range(steps):
            i = torch.randint(0, n, (256,))
            sac.train(*(d[i] for d in data))
        if round >= 0:
            times.append((time.perf_counter() - start) / steps * 1e3)
    times.sort()
    return times[len(times) // 2]


if __name__ == "__main__":
    threads = int(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    torch.set_num_threads(threads)
    results = {}
    for dtype_name, dtype in (("float64", torch.float64), ("float32", torch.float32)):
        for hidden in (64, 256):
            results[f"sac_2x{hidden}_ms_per_gradient_step / {dtype_name}"] = measure(hidden, rounds, dtype)
    print(json.dumps(results))
