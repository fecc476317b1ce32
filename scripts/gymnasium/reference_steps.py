"""Steps of Gymnasium's own Pendulum-v1 and MountainCarContinuous-v0, for dyna-envs' tests.

Runs Gymnasium's code itself (not a port): from fixed start states, a fixed sequence of float64
actions (what an agent passing float64 arrays gives), printing each step's internal state,
observation, reward and terminated with 17 significant digits. Gymnasium is not installed here;
its source runs from a checkout with two of its imports stubbed:

    git clone https://github.com/Farama-Foundation/Gymnasium /tmp/gym   (or any snapshot)
    mkdir -p /tmp/stubs && touch /tmp/stubs/cloudpickle.py /tmp/stubs/farama_notifications.py
    PYTHONPATH=/tmp/gym:/tmp/stubs python3 scripts/gymnasium/reference_steps.py pendulum
    PYTHONPATH=/tmp/gym:/tmp/stubs python3 scripts/gymnasium/reference_steps.py mountain-car-continuous

The output is dyna-envs/src/test/resources/dyna/envs/classic/<task>-gymnasium.txt.

With a second argument, `episode`, it runs whole episodes through `gym.make` (its TimeLimit
included) from a float64 start state, as Gymnasium's own reset leaves it, with actions that go
past the bounds, printing action, observation, reward, terminated and truncated of each step:
dyna-envs/src/test/resources/dyna/envs/classic/<task>-gymnasium-episode.txt.
"""
import math
import sys

import gymnasium as gym
import numpy as np


def actions(n, scale, phase):
    """A deterministic action sequence that sweeps past the bounds on both sides."""
    return [scale * math.sin(0.7 * k + phase) * 1.3 for k in range(n)]


def main(task):
    if task == "pendulum":
        env = gym.make("Pendulum-v1").unwrapped
        starts = [(3.0, -0.9), (-0.2, 7.5), (math.pi, 0.0)]
        scale = 2.0
    else:
        env = gym.make("MountainCarContinuous-v0").unwrapped
        starts = [(-0.5, 0.0), (0.4, 0.06), (-1.15, -0.05)]
        scale = 1.0
    print(f"# {task}: Gymnasium's step from each start state, float64 actions; per step: action, "
          "state after (two values), observation, reward, terminated")
    for i, start in enumerate(starts):
        env.reset(seed=0)
        env.state = np.array(start, dtype=np.float64 if task == "pendulum" else np.float32)
        print(f"start {start[0]!r} {start[1]!r}")
        for a in actions(40, scale, i):
            obs, reward, terminated, _, _ = env.step(np.array([a], dtype=np.float64))
            state = " ".join(repr(float(v)) for v in env.state)
            observed = " ".join(repr(float(v)) for v in obs)
            print(f"{a!r} {state} {observed} {float(reward)!r} {bool(terminated)}")
            if terminated:
                break


def episodes(task):
    """Whole episodes of the registered task from given float64 starts, to its end."""
    if task == "pendulum":
        starts = [(2.5, -0.7), (-3.0, 0.9)]
        env_id = "Pendulum-v1"
    else:
        starts = [(-0.5123456789012345, 0.0), (-0.41, 0.0)]
        env_id = "MountainCarContinuous-v0"
    env = gym.make(env_id)
    print(f"# {task}: whole episodes of gym.make('{env_id}') from float64 starts; per step: action, "
          "observation, reward, terminated, truncated")
    for i, start in enumerate(starts):
        env.reset(seed=0)
        env.unwrapped.state = np.array(start, dtype=np.float64)
        print(f"start {start[0]!r} {start[1]!r}")
        obs = None
        for k in range(10_000):
            if task == "pendulum":
                a = 2.5 * math.sin(0.13 * k + i)
            elif i == 0:
                # push with the velocity (past the bound one way), which reaches the goal
                a = 1.25 if obs is None or obs[1] >= 0 else -0.875
            else:
                a = 0.3 * math.sin(0.05 * k)   # too weak to climb: truncated
            obs, reward, terminated, truncated, _ = env.step(np.array([a], dtype=np.float64))
            observed = " ".join(repr(float(v)) for v in obs)
            print(f"{a!r} {observed} {float(reward)!r} {bool(terminated)} {bool(truncated)}")
            if terminated or truncated:
                break


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "episode":
        episodes(sys.argv[1])
    else:
        main(sys.argv[1])
