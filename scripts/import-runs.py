#!/usr/bin/env python3
"""Imports a Dyna result directory's runs.jsonl (written with --json-lines) into Weights & Biases
or MLflow: a run there per Dyna run, grouped by sweep point, with every dimension's value as its
config (W&B) or parameters (MLflow) and every series logged against its x (episode, step,
updates).

    python3 scripts/import-runs.py wandb  results/figure-8.2/.../runs.jsonl --project dyna
    python3 scripts/import-runs.py mlflow results/figure-8.2/.../runs.jsonl --experiment dyna

Needs `pip install wandb` or `pip install mlflow`; W&B honours WANDB_MODE=offline (then `wandb sync`).
"""
import argparse
import json
import math


def runs(path):
    """Each run of the file, as Dyna wrote it (a JSON object per line)."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def rows(run):
    """(x, {series: value}) for each x of the run: a series as long as x is a curve over x; without x
    (until solved), a series of more than one value is a curve over the episodes, numbered from 1."""
    xs = run["x"]["values"]
    if xs:
        curves = {name: values for name, values in run["series"].items() if len(values) == len(xs)}
        at = [(int(x), i) for i, x in enumerate(xs)]
    else:
        curves = {name: values for name, values in run["series"].items() if len(values) > 1}
        at = [(i + 1, i) for i in range(max((len(v) for v in curves.values()), default=0))]
    for x, i in at:
        yield x, {name: number(values[i]) for name, values in curves.items() if i < len(values)}


def totals(run):
    """The run's own values: series that are not curves, its counters and its seconds."""
    xs = run["x"]["values"]
    values = {name: number(v[0]) for name, v in run["series"].items() if len(v) == 1 and len(xs) != 1}
    values.update({"run/" + name: v for name, v in run["counters"].items()})
    values.update({"run/" + name: v for name, v in run["cost"].items() if isinstance(v, (int, float))})
    return values


def number(value):
    return math.nan if value == "NaN" else value


def to_wandb(path, project):
    import wandb
    for run in runs(path):
        with wandb.init(project=project, group=run["label"], name=f'{run["label"]} run {run["run"]}',
                        config={**run["values"], "run": run["run"], "seed": run["seed"]}, reinit="finish_previous") as w:
            for x, values in rows(run):
                w.log({**values, run["x"]["name"] or "episode": x}, step=x)
            w.summary.update(totals(run))


def to_mlflow(path, experiment):
    import mlflow
    mlflow.set_experiment(experiment)
    for run in runs(path):
        with mlflow.start_run(run_name=f'{run["label"]} run {run["run"]}', tags={"point": run["label"]}):
            mlflow.log_params({**run["values"], "run": run["run"], "seed": run["seed"]})
            for x, values in rows(run):
                mlflow.log_metrics(values, step=x)
            mlflow.log_metrics({k.replace("/", "_"): v for k, v in totals(run).items()})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("to", choices=["wandb", "mlflow"])
    parser.add_argument("file", help="a result directory's runs.jsonl")
    parser.add_argument("--project", default="dyna", help="the W&B project (default: dyna)")
    parser.add_argument("--experiment", default="dyna", help="the MLflow experiment (default: dyna)")
    arguments = parser.parse_args()
    if arguments.to == "wandb":
        to_wandb(arguments.file, arguments.project)
    else:
        to_mlflow(arguments.file, arguments.experiment)
