"""Release-to-release comparison of two eval runs: each metric's change with a bootstrap 95% interval.

Evaluators compare a new release with an old one on the same questions. A change
of a few questions on a set of a hundred is often noise, so each metric's change
comes with a paired bootstrap interval over questions (resampling the questions
both runs answered, ``resamples`` times, fixed seed so a report is reproducible),
and the questions whose outcome flipped are listed so a person can read them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .metrics import EARLY_CHARS, answer_correct

# metric name -> (per-question value from a result dict or None when it does not apply, label)
PerQuestion = Callable[[dict[str, Any]], float | None]


def _early(r: dict[str, Any]) -> float:
    if r.get("early") is not None:
        return float(bool(r["early"]))
    # runs written before the metric existed: recompute it from the stored answer
    return float(not r.get("abstained") and answer_correct(r.get("answer", "")[:EARLY_CHARS], r.get("expected", [])))


def _answerable(fn: PerQuestion) -> PerQuestion:
    return lambda r: fn(r) if r.get("answerable") else None


def _unanswerable(fn: PerQuestion) -> PerQuestion:
    return lambda r: None if r.get("answerable") else fn(r)


METRICS: dict[str, tuple[PerQuestion, str]] = {
    "hitk": (_answerable(lambda r: float(bool(r.get("hitk")))), "retrieval hit@k"),
    "hitk_copies": (_answerable(lambda r: float(bool(r.get("hitk_copies", r.get("hitk"))))),
                    "retrieval hit@k, copies count"),
    "hit1": (_answerable(lambda r: float(bool(r.get("hit1")))), "retrieval hit@1"),
    "mrr": (_answerable(lambda r: float(r.get("rr") or 0.0)), "retrieval MRR@10"),
    "accuracy": (_answerable(lambda r: float(bool(r.get("correct")))), "answer accuracy"),
    "early_answer": (_answerable(_early), f"gold answer in first {EARLY_CHARS} chars"),
    "false_abstention": (_answerable(lambda r: float(bool(r.get("abstained")))), "false abstention"),
    "abstention": (_unanswerable(lambda r: float(bool(r.get("abstained")))), "correct abstention"),
    "answer_chars": (lambda r: None if r.get("abstained") else float(r.get("answer_chars") or len(r.get("answer", ""))),
                     "mean answer length (chars)"),
    "partial_rate": (lambda r: float(r.get("status") == "partial"), "partial answers"),
}
# A question "flips" when one of these per-question outcomes changes.
FLIP_KEYS = ("correct", "hitk", "abstained")


@dataclass
class MetricChange:
    name: str
    label: str
    n: int
    old: float | None
    new: float | None
    low: float | None
    high: float | None

    @property
    def delta(self) -> float | None:
        return None if self.old is None or self.new is None else self.new - self.old

    @property
    def significant(self) -> bool:
        return self.low is not None and self.high is not None and (self.low > 0 or self.high < 0)


@dataclass
class Flip:
    id: str
    question: str
    key: str
    old: Any
    new: Any


def _results(run: dict[str, Any], system: str) -> dict[str, dict[str, Any]]:
    systems = run.get("systems", {})
    if system not in systems:
        raise KeyError(f"no results for system {system!r} (has: {', '.join(systems) or 'none'})")
    return {r["id"]: r for r in systems[system]["results"]}


def _mean(xs: Sequence[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def bootstrap_interval(pairs: Sequence[tuple[float, float]], resamples: int = 2000, seed: int = 0,
                       level: float = 0.95) -> tuple[float, float] | tuple[None, None]:
    """Paired percentile bootstrap of mean(new) - mean(old) over the question pairs."""
    if not pairs:
        return None, None
    rng = random.Random(seed)
    n = len(pairs)
    deltas = []
    for _ in range(resamples):
        sample = [pairs[rng.randrange(n)] for _ in range(n)]
        deltas.append(sum(b - a for a, b in sample) / n)
    deltas.sort()
    lo_i = int((1 - level) / 2 * resamples)
    hi_i = min(resamples - 1, int((1 + level) / 2 * resamples))
    return deltas[lo_i], deltas[hi_i]


def compare(old: dict[str, Any], new: dict[str, Any], system: str = "boardbot", resamples: int = 2000,
            seed: int = 0) -> tuple[list[MetricChange], list[Flip], dict[str, int]]:
    """Metric changes with intervals, flipped questions, and counts of questions only in one run."""
    a, b = _results(old, system), _results(new, system)
    common = [qid for qid in a if qid in b]
    changes = []
    for name, (fn, label) in METRICS.items():
        pairs = []
        for qid in common:
            x, y = fn(a[qid]), fn(b[qid])
            if x is not None and y is not None:
                pairs.append((x, y))
        low, high = bootstrap_interval(pairs, resamples, seed)
        changes.append(MetricChange(name, label, len(pairs), _mean([p[0] for p in pairs]),
                                    _mean([p[1] for p in pairs]), low, high))
    flips = []
    for qid in common:
        for key in FLIP_KEYS:
            x, y = a[qid].get(key), b[qid].get(key)
            if x is not None and y is not None and bool(x) != bool(y):
                flips.append(Flip(qid, b[qid].get("question", ""), key, x, y))
    only = {"only_old": sum(1 for q in a if q not in b), "only_new": sum(1 for q in b if q not in a)}
    return changes, flips, only


def _f(v: float | None, chars: bool = False) -> str:
    if v is None:
        return "—"
    return f"{v:+.1f}" if chars else f"{v:+.3f}"


def compare_markdown(changes: Sequence[MetricChange], flips: Sequence[Flip], only: dict[str, int]) -> str:
    lines = ["| metric | n | old | new | change | 95% interval |", "|---|---:|---:|---:|---:|---|"]
    for c in changes:
        chars = c.name == "answer_chars"
        old = "—" if c.old is None else (f"{c.old:.0f}" if chars else f"{c.old:.3f}")
        new = "—" if c.new is None else (f"{c.new:.0f}" if chars else f"{c.new:.3f}")
        interval = "—" if c.low is None else f"[{_f(c.low, chars)}, {_f(c.high, chars)}]" + (" *" if c.significant else "")
        lines.append(f"| {c.label} | {c.n} | {old} | {new} | {_f(c.delta, chars)} | {interval} |")
    lines += ["", "* the interval excludes 0", ""]
    if only["only_old"] or only["only_new"]:
        lines.append(f"questions only in the old run: {only['only_old']}; only in the new run: {only['only_new']}")
        lines.append("")
    if not flips:
        lines.append("No question flipped.")
    else:
        lines.append(f"Flipped ({len(flips)}):")
        for fl in flips:
            lines.append(f"- {fl.id} {fl.key}: {fl.old} -> {fl.new}  {fl.question[:100]}")
    return "\n".join(lines)
