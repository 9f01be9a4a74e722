"""Loads known-answer question sets (JSONL, format in ``evals/README.md``).

A set is written by hand, so a typo must not sink a whole run: every line is
checked on its own, a bad line becomes a ``SetError`` naming the file, line and
field, and the good questions still run. Multi-document fields (``source``,
``page``, ``evidence`` as parallel lists) are flattened into ``gold`` pairs here
so the metrics never care which shape a question came in.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

REQUIRED = ("id", "question", "answers", "answerable", "source", "page", "evidence", "type")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[str, ...]
    answerable: bool
    type: str
    gold: tuple[tuple[str, int], ...] = ()  # (file name, 1-based page) per source document
    evidence: tuple[str, ...] = ()
    set_name: str = ""
    line: int = 0
    # other (file, page) holding the same evidence (re-issued minutes, copies): scored by hit@k with copies
    copies: tuple[tuple[str, int], ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for f, _ in self.gold))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "set": self.set_name,
            "question": self.question,
            "answers": list(self.answers),
            "answerable": self.answerable,
            "type": self.type,
            "gold": [{"file": f, "page": p} for f, p in self.gold],
        }


@dataclass(frozen=True)
class SetError:
    """One unusable line: where it is and which field is wrong."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: field {self.field!r}: {self.message}"


@dataclass
class LoadedSet:
    questions: list[Question] = field(default_factory=list)
    errors: list[SetError] = field(default_factory=list)


class _Bad(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def parse_question(obj: Any, set_name: str = "", line: int = 0) -> Question:
    """Validates one decoded line; raises ``_Bad`` naming the first wrong field."""
    if not isinstance(obj, dict):
        raise _Bad("(line)", f"expected a JSON object, got {type(obj).__name__}")
    for name in REQUIRED:
        if name not in obj:
            raise _Bad(name, "missing (use null where it does not apply)")
    qid, text, qtype = obj["id"], obj["question"], obj["type"]
    if not isinstance(qid, str) or not qid.strip():
        raise _Bad("id", "must be a non-empty string")
    if not isinstance(text, str) or not text.strip():
        raise _Bad("question", "must be a non-empty string")
    if not isinstance(qtype, str) or not qtype.strip():
        raise _Bad("type", "must be a non-empty string")
    answerable = obj["answerable"]
    if not isinstance(answerable, bool):
        raise _Bad("answerable", f"must be true or false, got {answerable!r}")
    answers = obj["answers"]
    if not isinstance(answers, list) or not all(isinstance(a, str) and a.strip() for a in answers):
        raise _Bad("answers", "must be a list of non-empty strings")
    if answerable and not answers:
        raise _Bad("answers", "an answerable question needs at least one accepted answer")
    if not answerable and answers:
        raise _Bad("answers", "an unanswerable question must have answers: []")
    sources, pages = _as_list(obj["source"]), _as_list(obj["page"])
    evidence = _as_list(obj["evidence"])
    if not all(isinstance(s, str) and s.strip() for s in sources):
        raise _Bad("source", "must be a file name, a list of file names, or null")
    if not all(isinstance(p, int) and not isinstance(p, bool) and p >= 1 for p in pages):
        raise _Bad("page", "must be a 1-based page number, a list of them, or null")
    if not all(isinstance(e, str) for e in evidence):
        raise _Bad("evidence", "must be a string, a list of strings, or null")
    if answerable:
        if not sources:
            raise _Bad("source", "an answerable question needs a source")
        if len(pages) != len(sources):
            raise _Bad("page", f"{len(pages)} page(s) for {len(sources)} source(s); give one page per source")
    elif sources or pages:
        raise _Bad("source" if sources else "page", "must be null for an unanswerable question")
    gold = tuple((Path(s).name, p) for s, p in zip(sources, pages))
    copies = obj.get("also_in") or []
    if not isinstance(copies, list) or not all(
            isinstance(c, dict) and isinstance(c.get("file"), str) and isinstance(c.get("page"), int)
            for c in copies):
        raise _Bad("also_in", 'must be a list of {"file": name, "page": number}')
    return Question(
        id=qid.strip(),
        question=text.strip(),
        answers=tuple(answers),
        answerable=answerable,
        type=qtype.strip(),
        gold=gold,
        evidence=tuple(evidence),
        set_name=set_name,
        line=line,
        copies=tuple((Path(c["file"]).name, c["page"]) for c in copies),
    )


def load_set(path: str | Path) -> LoadedSet:
    """Every well-formed question of one JSONL file, and an error for every other line."""
    path = Path(path)
    out = LoadedSet()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        out.errors.append(SetError(str(path), 0, "(file)", f"cannot read: {exc}"))
        return out
    seen: dict[str, int] = {}
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            out.errors.append(SetError(str(path), n, "(json)", f"not valid JSON: {exc.msg} at column {exc.colno}"))
            continue
        try:
            q = parse_question(obj, path.stem, n)
        except _Bad as bad:
            out.errors.append(SetError(str(path), n, bad.field, bad.message))
            continue
        if q.id in seen:
            out.errors.append(SetError(str(path), n, "id", f"duplicate id {q.id!r} (first on line {seen[q.id]})"))
            continue
        seen[q.id] = n
        out.questions.append(q)
    return out


def load_sets(paths: Iterable[str | Path]) -> LoadedSet:
    """Several sets run together; ids are prefixed with the set name when more than one is given."""
    paths = list(paths)
    out = LoadedSet()
    for p in paths:
        one = load_set(p)
        out.errors += one.errors
        if len(paths) > 1:
            one.questions = [_prefixed(q) for q in one.questions]
        out.questions += one.questions
    for err in out.errors:
        log.error("%s", err)
    return out


def _prefixed(q: Question) -> Question:
    return replace(q, id=f"{q.set_name}:{q.id}")


def read_subset(path: str | Path) -> list[str]:
    """Question ids, one a line; ``#`` starts a comment."""
    ids: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ids.extend(line.split())
    return ids


def select(questions: list[Question], ids: Iterable[str]) -> tuple[list[Question], list[str]]:
    """The questions with these ids, in set order, and the ids that matched nothing."""
    wanted = list(dict.fromkeys(ids))
    have = {q.id for q in questions}
    keep = set(wanted)
    return [q for q in questions if q.id in keep], [i for i in wanted if i not in have]
