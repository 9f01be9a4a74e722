"""Scores one system's output on one question, and sums scores up by set and by type.

Pure functions over plain records, so they are unit-tested on hand-made
results and every system (boardbot and the baselines) is scored by the same
code. Definitions (also in ``evals/README.md``):

- a retrieved unit *covers* a gold (file, page) when it comes from that file and
  ``page_start <= page <= page_end``; the *rank* of a question is the 1-based
  position of the first unit covering any of its gold pages within the top 10;
- hit@1 / hit@k: rank <= 1 / rank <= k; MRR@10: 1/rank, 0 when not in the top 10;
- hit@k with copies: as hit@k, but a unit covering a page the set lists in ``also_in``
  (the same evidence re-issued in a later pack, or a byte-identical copy) also counts;
- all-sources@10 (multi-document questions): every gold (file, page) is covered
  by some unit in the top 10;
- accuracy (answerable questions): some accepted answer, normalised, is a
  substring of the normalised answer text; an abstention is therefore wrong;
- abstention (unanswerable questions): the system declined - right;
  false abstention (answerable questions): the system declined - wrong;
- citation accuracy (answerable questions the system answered): some citation
  names a gold file and page;
- early answer (answerable questions): some accepted answer is within the first
  ``EARLY_CHARS`` (200) characters of the answer text - what a reader sees first;
- answer length: characters of the answer text, reported as the median over
  answered questions;
- partial rate: share of questions answered as a near miss ("the papers give the
  2023-24 figure, not 2022-23"); a partial answer is neither an answer nor a decline;
- latency: seconds per question, reported as p50/p95 in milliseconds.

Retrieval metrics are undefined for unanswerable questions and are left out of
their averages rather than counted as misses.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from .dataset import Question

DEPTH = 10  # ranks looked at for MRR and the multi-document check
EARLY_CHARS = 200  # a board member reads about this much before deciding whether the answer helps
STATUSES = ("answered", "partial", "not_found")


def norm(text: str) -> str:
    """Whitespace runs collapsed to one space, trimmed, lower-cased (evals/README.md)."""
    return " ".join(text.split()).lower()


def answer_correct(text: str, answers: Iterable[str]) -> bool:
    got = norm(text)
    return any(norm(a) and norm(a) in got for a in answers)


@dataclass(frozen=True)
class Unit:
    """One retrieved passage (a chunk or a page), by where it is."""

    file: str
    page_start: int
    page_end: int

    def covers(self, file: str, page: int) -> bool:
        return self.file == file and self.page_start <= page <= self.page_end


@dataclass
class Output:
    """What a system produced for one question."""

    retrieved: list[Unit]
    answer: str
    abstained: bool
    citations: list[tuple[str, int]]  # (file, page)
    latency_s: float
    full_answer: str | None = None  # baselines: the untruncated top passage
    error: str = ""
    status: str = ""  # answered | partial | not_found; "" = derived from ``abstained``

    def __post_init__(self) -> None:
        if not self.status:
            self.status = "not_found" if self.abstained else "answered"


def first_rank(retrieved: Sequence[Unit], gold: Sequence[tuple[str, int]], depth: int = DEPTH) -> int | None:
    for i, u in enumerate(retrieved[:depth], 1):
        if any(u.covers(f, p) for f, p in gold):
            return i
    return None


def all_sources_found(retrieved: Sequence[Unit], gold: Sequence[tuple[str, int]], depth: int = DEPTH) -> bool:
    top = retrieved[:depth]
    return all(any(u.covers(f, p) for u in top) for f, p in gold)


def cites_gold(citations: Iterable[tuple[str, int]], gold: Sequence[tuple[str, int]]) -> bool:
    wanted = set(gold)
    return any((f, p) in wanted for f, p in citations)


@dataclass
class Result:
    """One system on one question: what it said and how it scored (None = not applicable)."""

    system: str
    id: str
    type: str
    question: str
    answerable: bool
    expected: list[str]
    gold: list[tuple[str, int]]
    answer: str
    abstained: bool
    citations: list[tuple[str, int]]
    retrieved: list[tuple[str, int, int]]
    latency_s: float
    rank: int | None = None
    hit1: bool | None = None
    hitk: bool | None = None
    hitk_copies: bool | None = None
    rr: float | None = None
    all_sources: bool | None = None
    correct: bool | None = None
    correct_full: bool | None = None
    cited_gold: bool | None = None
    early: bool | None = None
    answer_chars: int = 0
    status: str = ""
    error: str = ""
    set_name: str = ""

    @property
    def failed(self) -> bool:
        """Wrong by the answer metrics: a wrong answer, or not declining an unanswerable one."""
        if self.error:
            return True
        return (self.correct is False) if self.answerable else not self.abstained

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["gold"] = [{"file": f, "page": p} for f, p in self.gold]
        d["citations"] = [{"file": f, "page": p} for f, p in self.citations]
        d["retrieved"] = [{"file": f, "page_start": a, "page_end": b} for f, a, b in self.retrieved]
        d["latency_ms"] = round(self.latency_s * 1000, 1)
        del d["latency_s"]
        return d


def score(system: str, q: Question, out: Output, k: int = 5) -> Result:
    r = Result(
        system=system,
        id=q.id,
        type=q.type,
        question=q.question,
        answerable=q.answerable,
        expected=list(q.answers),
        gold=list(q.gold),
        answer=out.answer,
        abstained=out.abstained,
        citations=list(out.citations),
        retrieved=[(u.file, u.page_start, u.page_end) for u in out.retrieved[: max(k, DEPTH)]],
        latency_s=out.latency_s,
        error=out.error,
        set_name=q.set_name,
        answer_chars=0 if out.abstained else len(out.answer),
        status=out.status,
    )
    if not q.answerable:
        return r
    rank = first_rank(out.retrieved, q.gold)
    r.rank = rank
    r.hit1 = rank is not None and rank <= 1
    r.hitk = rank is not None and rank <= k
    copy_rank = first_rank(out.retrieved, [*q.gold, *q.copies]) if q.copies else rank
    r.hitk_copies = copy_rank is not None and copy_rank <= k
    r.rr = 1.0 / rank if rank else 0.0
    if len(q.gold) > 1:
        r.all_sources = all_sources_found(out.retrieved, q.gold)
    r.correct = not out.abstained and answer_correct(out.answer, q.answers)
    r.early = not out.abstained and answer_correct(out.answer[:EARLY_CHARS], q.answers)
    if out.full_answer is not None:
        r.correct_full = answer_correct(out.full_answer, q.answers)
    if not out.abstained:
        r.cited_gold = cites_gold(out.citations, q.gold)
    return r


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), ``q`` in 0..100."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _mean(values: Iterable[bool | float | None]) -> float | None:
    xs = [float(v) for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None


@dataclass
class Summary:
    n: int = 0
    answerable: int = 0
    unanswerable: int = 0
    hit1: float | None = None
    hitk: float | None = None
    hitk_copies: float | None = None
    mrr: float | None = None
    all_sources: float | None = None
    accuracy: float | None = None
    accuracy_full: float | None = None
    false_abstention: float | None = None
    abstention: float | None = None
    citation_accuracy: float | None = None
    early_answer: float | None = None
    answer_chars_median: float | None = None
    partial_rate: float | None = None
    latency_p50_ms: float | None = None
    latency_p95_ms: float | None = None
    errors: int = 0
    k: int = 5
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key, v in list(d.items()):
            if isinstance(v, float):
                d[key] = round(v, 4)
        return d


def summarise(results: Sequence[Result], k: int = 5) -> Summary:
    ans = [r for r in results if r.answerable]
    una = [r for r in results if not r.answerable]
    lat = [r.latency_s * 1000 for r in results if not r.error]
    p50, p95 = percentile(lat, 50), percentile(lat, 95)
    return Summary(
        n=len(results),
        answerable=len(ans),
        unanswerable=len(una),
        hit1=_mean(r.hit1 for r in ans),
        hitk=_mean(r.hitk for r in ans),
        hitk_copies=_mean(r.hitk_copies for r in ans),
        mrr=_mean(r.rr for r in ans),
        all_sources=_mean(r.all_sources for r in ans),
        accuracy=_mean(r.correct for r in ans),
        accuracy_full=_mean(r.correct_full for r in ans),
        false_abstention=_mean(r.abstained for r in ans),
        abstention=_mean(r.abstained for r in una),
        citation_accuracy=_mean(r.cited_gold for r in ans),
        early_answer=_mean(r.early for r in ans),
        answer_chars_median=percentile([r.answer_chars for r in results if not r.abstained and not r.error], 50),
        partial_rate=_mean(r.status == "partial" for r in results) if results else None,
        latency_p50_ms=round(p50, 1) if p50 is not None else None,
        latency_p95_ms=round(p95, 1) if p95 is not None else None,
        errors=sum(1 for r in results if r.error),
        k=k,
    )


def by_type(results: Sequence[Result], k: int = 5) -> dict[str, Summary]:
    types = sorted({r.type for r in results})
    return {t: summarise([r for r in results if r.type == t], k) for t in types}
