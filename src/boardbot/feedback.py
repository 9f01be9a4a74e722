"""Feedback on answers (helpful / not helpful, "the right answer is ... (page N)") and its eval export.

Feedback is kept in the index's SQLite with the question, the answer, its
citations and the user. ``export_eval`` turns corrections into known-answer
questions in the eval format (``evals/README.md``, eight fields), so the
evaluators' sets grow from real use. A correction is only exported when it is
confirmed by the papers: its answer string is found, word for word after
whitespace/case normalisation, on the page it names, in one of the papers the
answer cited (or the paper the correction names). The evidence is the sentence
on that page holding it, read from the catalogue. Others are skipped with a reason.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .records import Answer, decode_breaks
from .store.catalog import Catalog
from .store.filters import Filters
from .store.sqlite import Connections, transaction
from .text.sentences import split_sentences

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT, question TEXT, answer_text TEXT, citations_json TEXT,
    helpful INTEGER, correction TEXT, correction_page INTEGER, created REAL
);
CREATE INDEX IF NOT EXISTS feedback_created ON feedback(created);
"""
# "the right answer is £7m (page 12)", "... (p. 12)", "... (file.pdf, page 12)"
_PREFIX = re.compile(r"^\s*(?:the\s+)?(?:right|correct)\s+answer\s+is\s*[:\-]?\s*", re.I)
_WHERE = re.compile(r"\(\s*(?:(?P<file>[^,()]+?\.pdf)\s*,?\s*)?(?:page|p\.?|pp\.?)?\s*(?P<page>\d{1,5})\s*\)\s*\.?\s*$", re.I)
EVIDENCE_MAX_WORDS = 40


@dataclass
class Correction:
    answer: str
    page: int | None
    file: str | None


def parse_correction(text: str, page: int | None = None) -> Correction:
    """The answer string, page and (optional) paper of a "the right answer is ... (page N)" text."""
    text = " ".join((text or "").split())
    text = _PREFIX.sub("", text)
    file = None
    m = _WHERE.search(text)
    if m:
        file = m.group("file")
        page = page or int(m.group("page"))
        text = text[: m.start()]
    return Correction(text.strip().strip("\"'\u201c\u201d").rstrip(" .;,").strip(), page, file)


def norm(s: str) -> str:
    return " ".join(s.split()).lower()


@dataclass
class FeedbackRow:
    id: int
    user: str
    question: str
    answer_text: str
    citations: list[dict[str, Any]]
    helpful: bool | None
    correction: str
    correction_page: int | None
    created: float


class FeedbackStore:
    """The ``feedback`` table of ``db_path`` (the index's ``boardbot.sqlite``)."""

    def __init__(self, db_path: Path) -> None:
        self._conns = Connections(Path(db_path))
        self._conns.db.executescript(SCHEMA)

    def close(self) -> None:
        self._conns.close()

    def add(self, user: str, question: str, answer: Answer | dict[str, Any], helpful: bool | None = None,
            correction: str = "", correction_page: int | None = None) -> int:
        a = answer.to_dict() if isinstance(answer, Answer) else answer
        cites = [{k: c.get(k) for k in ("n", "file", "page", "quote")} for c in a.get("citations") or []]
        with transaction(self._conns.db) as db:
            cur = db.execute(
                "INSERT INTO feedback (user, question, answer_text, citations_json, helpful, correction, "
                "correction_page, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (user, question, a.get("text", ""), json.dumps(cites, ensure_ascii=False),
                 None if helpful is None else int(helpful), (correction or "").strip(), correction_page, time.time()),
            )
        return int(cur.lastrowid or 0)

    def correct(self, user: str, row_id: int, correction: str, correction_page: int | None = None) -> bool:
        """Add a correction to ``user``'s own earlier feedback row (a "not helpful" click, then the right
        answer); False when the row is not theirs, so one user can never rewrite another's feedback."""
        with transaction(self._conns.db) as db:
            cur = db.execute("UPDATE feedback SET correction=?, correction_page=?, helpful=COALESCE(helpful, 0) "
                             "WHERE id=? AND user=?", ((correction or "").strip(), correction_page, row_id, user))
        return cur.rowcount == 1

    def rows(self, user: str | None = None, corrections_only: bool = False) -> list[FeedbackRow]:
        """All feedback (the operator), or one user's; oldest first."""
        sql, args = "SELECT * FROM feedback WHERE 1=1", []
        if user is not None:
            sql += " AND user=?"
            args.append(user)
        if corrections_only:
            sql += " AND correction <> ''"
        return [
            FeedbackRow(r["id"], r["user"], r["question"], r["answer_text"], json.loads(r["citations_json"] or "[]"),
                        None if r["helpful"] is None else bool(r["helpful"]), r["correction"] or "",
                        r["correction_page"], r["created"])
            for r in self._conns.db.execute(sql + " ORDER BY id", args)
        ]


def _page_segments(catalog: Catalog, file: str, page: int) -> Iterator[str]:
    """The text of ``page`` of ``file``, piece by piece, from the catalogue's chunks that cover it."""
    for row in catalog.chunk_at(file, page, Filters()):
        text = row["text"] or ""
        breaks = decode_breaks(row["page_breaks"], row["page_start"])
        for i, (start, p) in enumerate(breaks):
            if p == page:
                end = breaks[i + 1][0] if i + 1 < len(breaks) else len(text)
                yield text[start:end]


def find_evidence(catalog: Catalog, file: str, page: int, answer: str) -> str | None:
    """A sentence of ``page`` holding ``answer`` (at most ~40 words around it), or None."""
    want = norm(answer)
    if not want:
        return None
    for segment in _page_segments(catalog, file, page):
        if want not in norm(segment):
            continue
        for sentence in split_sentences(segment) or [segment]:
            if want in norm(sentence):
                return _window(" ".join(sentence.split()), want)
        return _window(" ".join(segment.split()), want)
    return None


def _window(sentence: str, want: str) -> str:
    words = sentence.split()
    if len(words) <= EVIDENCE_MAX_WORDS:
        return sentence
    # a long table row or run-on line: the words around the answer, which still holds it verbatim
    at = norm(sentence).find(want)
    first = len(norm(sentence)[:at].split())
    span = len(want.split())
    lo = max(0, first - (EVIDENCE_MAX_WORDS - span) // 2)
    return " ".join(words[lo: lo + max(EVIDENCE_MAX_WORDS, span)])


def export_eval(store: FeedbackStore, catalog: Catalog, id_prefix: str = "fb") -> tuple[list[dict[str, Any]], list[str]]:
    """Eval-format questions from confirmed corrections, and one warning per correction skipped."""
    out: list[dict[str, Any]] = []
    warnings: list[str] = []
    seen: set[tuple[str, str]] = set()
    for row in store.rows(corrections_only=True):
        c = parse_correction(row.correction, row.correction_page)
        label = f"feedback {row.id} ({row.question[:60]!r})"
        if not c.answer:
            warnings.append(f"{label}: the correction gives no answer")
            continue
        if c.page is None:
            warnings.append(f"{label}: the correction names no page")
            continue
        candidates = [c.file] if c.file else list(dict.fromkeys(x.get("file") for x in row.citations if x.get("file")))
        if not candidates:
            warnings.append(f"{label}: no paper to check it against (name it: 'ANSWER (FILE.pdf, page N)')")
            continue
        found = next(((f, ev) for f in candidates if (ev := find_evidence(catalog, f, c.page, c.answer))), None)
        if found is None:
            warnings.append(f"{label}: {c.answer!r} is not on page {c.page} of {', '.join(candidates)}; skipped")
            continue
        key = (norm(row.question), norm(c.answer))
        if key in seen:
            continue
        seen.add(key)
        out.append({"id": f"{id_prefix}{row.id:04d}", "question": " ".join(row.question.split()),
                    "answers": [c.answer], "answerable": True, "source": found[0], "page": c.page,
                    "evidence": found[1], "type": "fact"})
    return out, warnings
