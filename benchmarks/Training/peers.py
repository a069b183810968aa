#!/usr/bin/python3
"""Fits Python XGBoost and scikit-learn HistGradientBoosting on the matrices Attendance exported
(train.f32 / valid.f32 / matrices.json, see src/Training/MatrixExport.cs) and prints one JSON line per
peer: validation AUC, log loss, ECE, fit seconds, rounds, peak RSS. Run with Debian's /usr/bin/python3."""
import json
import sys
import time

import numpy as np


def load(directory):
    meta = json.load(open(f"{directory}/matrices.json"))
    width = len(meta["columns"]) + 1
    train = np.fromfile(f"{directory}/train.f32", dtype="<f4").reshape(-1, width)
    valid = np.fromfile(f"{directory}/valid.f32", dtype="<f4").reshape(-1, width)
    return meta, train[:, :-1], train[:, -1], valid[:, :-1], valid[:, -1]


def metrics(p, y):
    from sklearn.metrics import roc_auc_score, log_loss
    bins = np.clip((p * 10).astype(int), 0, 9)
    ece = sum(abs(p[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum() for b in range(10) if (bins == b).any()) / len(y)
    return {"auc": roc_auc_score(y, p), "log_loss": log_loss(y, p), "ece": float(ece)}


def peak_mb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork+exec, so a child started by a big parent
    # would report the parent's peak.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_xgboost(meta, xt, yt, xv, yv, threads):
    import xgboost as xgb
    types = ["c" if c else "q" for c in meta["categorical"]]
    dtrain = xgb.DMatrix(xt, label=yt, feature_names=meta["columns"], feature_types=types, enable_categorical=True, nthread=threads)
    dvalid = xgb.DMatrix(xv, label=yv, feature_names=meta["columns"], feature_types=types, enable_categorical=True, nthread=threads)
    params = {}
    for key, value in meta["parameters"]:
        if key == "eval_metric":
            params.setdefault("eval_metric", []).append(value)
        else:
            params[key] = value
    params["nthread"] = threads
    start = time.perf_counter()
    booster = xgb.train(params, dtrain, num_boost_round=meta["max_rounds"], evals=[(dvalid, "valid")],
                        early_stopping_rounds=meta["early_stopping_rounds"], verbose_eval=False)
    seconds = time.perf_counter() - start
    p = booster.predict(dvalid, iteration_range=(0, booster.best_iteration + 1))
    return {"peer": f"python-xgboost {xgb.__version__}", "fit_seconds": seconds, "rounds": booster.best_iteration + 1, **metrics(p, yv), "peak_rss_mb": peak_mb()}


def run_hgb(meta, xt, yt, xv, yv, threads):
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier
    # Same early-stopping signal as ours would need the validation rows inside fit; HGB takes its own
    # validation split from the training rows instead (10%, the default), which keeps its fit honest.
    categorical = np.array(meta["categorical"])
    # HGB needs category codes below max_bins (255); larger vocabularies go in as numbers.
    categorical &= np.array(meta["categories"]) < 255
    model = HistGradientBoostingClassifier(learning_rate=0.08, max_iter=2000, max_leaf_nodes=63, min_samples_leaf=20,
                                           l2_regularization=1.0, early_stopping=True, validation_fraction=0.1,
                                           n_iter_no_change=40, categorical_features=categorical, random_state=1)
    start = time.perf_counter()
    model.fit(xt, yt)
    seconds = time.perf_counter() - start
    p = model.predict_proba(xv)[:, 1]
    return {"peer": f"sklearn-hgb {sklearn.__version__}", "fit_seconds": seconds, "rounds": int(model.n_iter_), **metrics(p, yv), "peak_rss_mb": peak_mb()}


def main():
    directory, threads, which = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    meta, xt, yt, xv, yv = load(directory)
    runner = {"xgboost": run_xgboost, "hgb": run_hgb}[which]
    print(json.dumps(runner(meta, xt, yt, xv, yv, threads)))


if __name__ == "__main__":
    main()
