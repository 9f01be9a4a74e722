"""Runs every system over the same questions in one process and gathers the scores.

boardbot is driven through its public API only (``Assistant.search`` for the
retrieval metrics, ``Assistant.ask`` for the answer, timed), exactly as the CLI
and chat app use it, so the eval measures what users get. A question that
raises is recorded as an error (and a failure) instead of ending the run.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .dataset import Question, SetError
from .metrics import DEPTH, EARLY_CHARS, Output, Result, Summary, Unit, by_type, score, summarise

log = logging.getLogger(__name__)


class System(Protocol):
    name: str

    def run(self, q: Question, depth: int) -> Output: ...


class BoardbotSystem:
    """boardbot as a user meets it: retrieval for the hit metrics, then a timed ``ask``."""

    name = "boardbot"

    def __init__(self, assistant: Any, llm: str | None = None) -> None:
        self.assistant = assistant
        self.llm = llm

    def run(self, q: Question, depth: int) -> Output:
        hits = self.assistant.search(q.question, k=depth)
        t0 = time.perf_counter()
        ans = self.assistant.ask(q.question, llm=self.llm)
        latency = time.perf_counter() - t0
        return Output(
            retrieved=[Unit(h.file, h.page_start, h.page_end) for h in hits],
            answer=ans.text,
            abstained=ans.abstained,
            citations=[(c.file, c.page) for c in ans.citations],
            latency_s=latency,
            status=getattr(ans, "status", ""),
        )


@dataclass
class EvalRun:
    k: int
    questions: list[Question]
    results: dict[str, list[Result]]  # system name -> one result per question, in question order
    set_errors: list[SetError] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def systems(self) -> list[str]:
        return list(self.results)

    def summary(self, system: str) -> Summary:
        return summarise(self.results[system], self.k)

    def by_type(self, system: str) -> dict[str, Summary]:
        return by_type(self.results[system], self.k)

    def failures(self, system: str) -> list[Result]:
        return [r for r in self.results[system] if r.failed]

    def to_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta,
            "k": self.k,
            "set_errors": [str(e) for e in self.set_errors],
            "systems": {
                name: {
                    "totals": self.summary(name).to_dict(),
                    "by_type": {t: s.to_dict() for t, s in self.by_type(name).items()},
                    "results": [r.to_dict() for r in rs],
                }
                for name, rs in self.results.items()
            },
        }


def _safe_run(system: System, q: Question, depth: int) -> Output:
    try:
        return system.run(q, depth)
    except Exception as exc:  # one broken question must not end an hour-long run
        log.exception("%s failed on %s", system.name, q.id)
        return Output([], "", False, [], 0.0, error=f"{type(exc).__name__}: {exc}")


def run_eval(
    questions: Sequence[Question],
    systems: Sequence[System],
    k: int = 5,
    progress: bool | None = None,
    set_errors: Sequence[SetError] = (),
    meta: dict[str, Any] | None = None,
) -> EvalRun:
    """Asks every system every question (question-major, so a stopped run is comparable so far)."""
    from tqdm import tqdm

    depth = max(DEPTH, k)
    if progress is None:
        progress = sys.stderr.isatty()
    results: dict[str, list[Result]] = {s.name: [] for s in systems}
    started = time.time()
    bar = tqdm(total=len(questions) * len(systems), desc="eval", unit="q", disable=not progress, file=sys.stderr)
    try:
        for q in questions:
            for s in systems:
                bar.set_postfix_str(f"{q.id} {s.name}", refresh=False)
                results[s.name].append(score(s.name, q, _safe_run(s, q, depth), k))
                bar.update(1)
    finally:
        bar.close()
    info = {
        "started": dt.datetime.fromtimestamp(started).isoformat(timespec="seconds"),
        "seconds": round(time.time() - started, 1),
        "questions": len(questions),
    }
    info.update(meta or {})
    return EvalRun(k=k, questions=list(questions), results=results, set_errors=list(set_errors), meta=info)


# --- plain-text output ---------------------------------------------------------
def fmt(v: float | int | None, pct: bool = True) -> str:
    if v is None:
        return "—"
    if isinstance(v, int):
        return str(v)
    return f"{v:.3f}" if pct else f"{v:.0f}"


def metric_rows(run: EvalRun) -> list[tuple[str, list[str]]]:
    """(label, one cell per system) for the totals table."""
    sums = {s: run.summary(s) for s in run.systems}
    k = run.k

    def row(label: str, attr: str, pct: bool = True) -> tuple[str, list[str]]:
        return label, [fmt(getattr(sums[s], attr), pct) for s in run.systems]

    rows = [
        row("questions (answerable / unanswerable)", "n"),
        row("retrieval hit@1", "hit1"),
        row(f"retrieval hit@{k}", "hitk"),
        row(f"retrieval hit@{k}, a listed copy counts (also_in)", "hitk_copies"),
        row("retrieval MRR@10", "mrr"),
        row("multi-doc: all sources in top 10", "all_sources"),
        row("answer accuracy (answerable)", "accuracy"),
        row("answer in whole top passage (baselines)", "accuracy_full"),
        row("false abstention (answerable)", "false_abstention"),
        row("correct abstention (unanswerable)", "abstention"),
        row("citation accuracy (answered)", "citation_accuracy"),
        row(f"gold answer in first {EARLY_CHARS} chars (answerable)", "early_answer"),
        row("median answer length (chars, answered)", "answer_chars_median", pct=False),
        row("partial answers (all questions)", "partial_rate"),
        row("latency p50 (ms)", "latency_p50_ms", pct=False),
        row("latency p95 (ms)", "latency_p95_ms", pct=False),
        row("errors", "errors"),
    ]
    rows[0] = (rows[0][0], [f"{sums[s].n} ({sums[s].answerable} / {sums[s].unanswerable})" for s in run.systems])
    # The whole-passage row only means something when a baseline ran.
    return [r for r in rows if not (r[0].endswith("(baselines)") and all(c == "—" for c in r[1]))]


def markdown(run: EvalRun) -> str:
    systems = run.systems
    lines = ["| metric | " + " | ".join(systems) + " |", "|---|" + "---:|" * len(systems)]
    lines += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in metric_rows(run)]
    lines += ["", f"By type (answerable: hit@{run.k} / accuracy; unanswerable: correct abstention)", ""]
    types = sorted({q.type for q in run.questions})
    per = {s: run.by_type(s) for s in systems}
    lines.append("| type | n | " + " | ".join(systems) + " |")
    lines.append("|---|---:|" + "---:|" * len(systems))
    for t in types:
        cells = []
        for s in systems:
            sm = per[s].get(t)
            if sm is None:
                cells.append("—")
            elif sm.answerable:
                cells.append(f"{fmt(sm.hitk)} / {fmt(sm.accuracy)}")
            else:
                cells.append(fmt(sm.abstention))
        n = next(iter(per.values()))[t].n if per else 0
        lines.append(f"| {t} | {n} | " + " | ".join(cells) + " |")
    sets = sorted({q.set_name for q in run.questions if q.set_name})
    if len(sets) > 1:
        lines += ["", "By set (each system: hit@k / accuracy / early answer / correct abstention / median chars)", ""]
        lines.append("| set | n | " + " | ".join(systems) + " |")
        lines.append("|---|---:|" + "---:|" * len(systems))
        for name in sets:
            cells = []
            for s in systems:
                sm = summarise([r for r in run.results[s] if r.set_name == name], run.k)
                cells.append(" / ".join(fmt(v) for v in (sm.hitk, sm.accuracy, sm.early_answer, sm.abstention))
                             + f" / {fmt(sm.answer_chars_median, pct=False)}")
            n = sum(1 for q in run.questions if q.set_name == name)
            lines.append(f"| {name} | {n} | " + " | ".join(cells) + " |")
    if len(systems) > 1:
        lines += ["", "Baselines never abstain; their answer is their top passage cut to the answer length budget."]
    return "\n".join(lines)


def failures_text(run: EvalRun, system: str = "boardbot") -> str:
    """One block per failed question, for someone tuning retrieval or answering."""
    out = []
    for r in run.failures(system):
        cited = ", ".join(f"{f} p{p}" for f, p in r.citations) or "(none)"
        gold = ", ".join(f"{f} p{p}" for f, p in r.gold) or "(unanswerable)"
        top = ", ".join(f"{f} p{a}" + (f"-{b}" if b != a else "") for f, a, b in r.retrieved[:5])
        out.append(
            f"{r.id} [{r.type}] {r.question}\n"
            f"  expected: {' | '.join(r.expected) if r.expected else '(decline)'}   gold: {gold}\n"
            f"  got{' (abstained)' if r.abstained else ''}: {' '.join(r.answer.split())[:500]}\n"
            f"  cited: {cited}\n"
            f"  rank of gold: {r.rank if r.rank else '-'}   top-5 retrieved: {top}"
            + (f"\n  error: {r.error}" if r.error else "")
        )
    return "\n\n".join(out)
