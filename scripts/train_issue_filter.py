#!/usr/bin/env python3
"""Train the learned issue filter (`kg/extract/issue_filter.py`) on eval folders.

Usage (from the repository, PYTHONPATH set to it):
  python scripts/train_issue_filter.py FOLDER... [--scorer ../shared/eval/score.py]
                                        [--out kg/lexicons/issue_filter.json] [--dry-run]

Each FOLDER holds reports/ and gold/ (<id>.json beside <id>.<ext>).  Every report is
extracted in-process with the filter switched off (the hand rules' decisions), and
every candidate item the issue reader recorded (`doc.ext.issue_candidates`: label,
class-level features, why it was read) is labelled 1 when the scorer's own
`issue_match` matches it to one of the report's gold issues, place ignored.

A logistic regression (numpy, L2) is fitted on the candidates the hand rules passed
over (why later/account: the ones the model decides), over the features whose
names start with one of `--features` (default: the POS pattern, which alone
separated them in cross-validation; the word-class and frame features did not).
The threshold is chosen by leave-one-folder-out cross-validation, maximising an F1
of issue labels (each report's distinct emitted labels, the hand rules' items plus
the candidates at or above the threshold, against its gold issues).  The file
written gives the feature names, weights, bias, threshold, training folders, the
cross-validated scores and the date.

Example:
  python scripts/train_issue_filter.py ../shared/eval ../probes/probe14 ../probes/probe15
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

LATER = ("later", "account")
THRESHOLDS = [round(x, 2) for x in np.arange(0.3, 0.91, 0.05)]
FEATURES = "pos_,first_,last_,words,par_"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("govkg_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def collect(folder: Path, scorer) -> list[dict]:
    """One entry per report: its candidates (label, features, why, matched gold indices) and gold count."""
    from kg.corpus.record import _extract_doc

    reports = []
    for gp in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = next(iter((folder / "reports").glob(gp.stem + ".*")), None)
        if text is None:
            continue
        try:
            _, doc = _extract_doc(text, text.name, None)
        except Exception as exc:  # a report the build refuses scores nothing either
            print(f"skip {text}: {exc}", file=sys.stderr)
            continue
        gi = gold.get("issues", [])
        cands = []
        for label, feats, why, _ in doc.ext.issue_candidates:
            hits = {n for n, i in enumerate(gi) if scorer.issue_match({scorer.norm(label)}, i["issue"], i.get("aliases", []))}
            cands.append((label, feats, why, hits))
        reports.append({"folder": folder.name, "n_gold": len(gi), "cands": cands})
    return reports


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method: (weights, bias)."""
    if X.size == 0:
        return np.zeros(X.shape[1] if X.ndim == 2 else 0), 0.0  # nothing to learn from
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(A @ w, -30, 30)))
        g = A.T @ (p - y) + reg * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(reg) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def matrix(reports, names, decided: bool = True):
    """(features, labels) of the candidates the model decides on (all with decided=False)."""
    rows, ys = [], []
    for r in reports:
        for label, f, why, hits in r["cands"]:
            if decided and why not in LATER:
                continue
            rows.append([f.get(k, 0.0) for k in names])
            ys.append(1.0 if hits else 0.0)
    return np.array(rows, dtype=float).reshape(len(rows), len(names)), np.array(ys)


def f1(reports, probs, threshold: float, drop: float) -> tuple[float, float, float]:
    """P/R/F1 of distinct emitted labels per report against its gold issues."""
    tp = pred = hit = gold = 0
    k = 0
    for r in reports:
        emitted: dict[str, set] = {}
        for label, f, why, hits in r["cands"]:
            p = probs[k]
            k += 1
            if p >= (threshold if why in LATER else drop):
                emitted.setdefault(label, set()).update(hits)
        pred += len(emitted)
        tp += sum(1 for h in emitted.values() if h)
        hit += len(set().union(*emitted.values())) if emitted else 0
        gold += r["n_gold"]
    P = tp / pred if pred else 0.0
    R = hit / gold if gold else 0.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", type=Path)
    # the team's eval material sits beside the repository (../shared/eval), not in it
    ap.add_argument("--scorer", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--out", type=Path, default=Path("kg/lexicons/issue_filter.json"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--features", default=FEATURES, help="comma-separated prefixes of the feature names used")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    import kg.extract.issue_filter as issue_filter

    issue_filter.model = lambda: None  # the hand rules' decisions while collecting
    scorer = load_scorer(args.scorer)
    data = {str(f): collect(f, scorer) for f in args.folders}
    prefixes = tuple(args.features.split(","))
    names = sorted({k for reps in data.values() for r in reps for _, f, _, _ in r["cands"] for k in f if k.startswith(prefixes)})
    n = sum(len(r["cands"]) for reps in data.values() for r in reps)
    pos = sum(bool(c[3]) for reps in data.values() for r in reps for c in r["cands"])
    decided = [c for reps in data.values() for r in reps for c in r["cands"] if c[2] in LATER]
    print(f"{n} candidates ({pos} match a gold issue) from {sum(map(len, data.values()))} reports; "
          f"{len(decided)} passed over by the hand rules ({sum(bool(c[3]) for c in decided)} match)")

    # leave one folder out: out-of-fold probabilities for every candidate
    folds = list(data)
    oof_reports, oof_probs = [], []
    for held in folds:
        train = [r for f in folds if f != held for r in data[f]]
        X, y = matrix(train, names)
        w, b = fit(X, y, args.l2)
        Xh, _ = matrix(data[held], names, decided=False)
        oof_reports += data[held]
        oof_probs += list(1 / (1 + np.exp(-np.clip(Xh @ w + b, -30, 30))))
    oof_probs = np.array(oof_probs)
    base = f1(oof_reports, np.array([0.5 if c[2] in LATER else 1.0 for r in oof_reports for c in r["cands"]]), 0.99, 0.0)
    print("hand rules: P/R/F1 %.3f/%.3f/%.3f" % base)
    best = None
    for t in THRESHOLDS + [1.01]:
        res = f1(oof_reports, oof_probs, t, 0.0)
        print(f"  threshold {t}: P/R/F1 {res[0]:.3f}/{res[1]:.3f}/{res[2]:.3f}")
        if best is None or res[2] > best[0][2] + 1e-9:
            best = (res, t)
    (P, R, F), t = best
    d = 0.0
    print(f"cross-validated: threshold {t}: P/R/F1 {P:.3f}/{R:.3f}/{F:.3f}")

    X, y = matrix([r for f in folds for r in data[f]], names)
    # (the candidates the hand rules kept get probability 1 in the F1 above: never dropped)
    w, b = fit(X, y, args.l2)
    for k, v in sorted(zip(names, w), key=lambda p: -abs(p[1]))[:15]:
        print(f"  {k:16s} {v:+.2f}")
    model = {
        "model": "logistic regression over class-level features (kg/extract/issue_filter.py)",
        "features": names,
        "weights": [round(float(v), 5) for v in w],
        "bias": round(b, 5),
        "threshold": t,
        "drop_below": d,
        "decides": list(LATER),
        "l2": args.l2,
        "trained_on": [Path(f).name for f in folds],
        "candidates": n,
        "positives": pos,
        "cross_validated": {"precision": round(P, 3), "recall": round(R, 3), "f1": round(F, 3), "hand_rules_f1": round(base[2], 3)},
        "date": dt.date.today().isoformat(),
        "script": "scripts/train_issue_filter.py",
    }
    if not args.dry_run:
        args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
