"""Follow-up questions: "it", "they" and "that decision" stand for the previous turn's subject.

"What did Cabinet decide about family hubs?" then "who presented it?" is searched as
"who presented family hubs?", and the papers the previous answer cited are preferred - a
soft preference, so a better page elsewhere still wins. The previous question's words are
not glued on whole: its question words and verbs ("what did ... decide") would pull the
search back to the first question.

History items may be plain previous questions (the old form), ``Turn``s, or dicts with
``q`` (question), ``answer`` (text) and ``files`` (papers the answer cited).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_PRONOUN = re.compile(r"\b(?:th(?:at|is|ose|ese) (?:decision|report|paper|item|plan|scheme|proposal|one)s?"
                      r"|it|its|they|them|their|this|that|these|those|he|she|him|his|her)\b", re.I)
_PEOPLE = re.compile(r"\b(?:they|them|their)\b", re.I)
_LEAD_ON = re.compile(r"^\s*(?:and|but|also|so|what about|how about)\b", re.I)
_ABOUT = re.compile(r"\b(?:about|regarding|concerning|on the subject of|in relation to)\s+(.+)$", re.I)
_QUESTION_HEAD = re.compile(
    r"^\s*(?:what|who|whom|whose|when|where|which|why|how(?: much| many)?)\b"
    r"(?:\s+(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should))?\s*", re.I)
_VERB_HEAD = re.compile(r"^(?:[a-z]+ed|decide|agree|approve|present|propose|say|said|lead|led|write|wrote"
                        r"|chair|chaired|own|owns|sign|signed|run|runs|fund|funds)\b\s*", re.I)
_BODY = re.compile(r"\b((?:[A-Z][a-z]+ )*(?:Cabinet|Council|Board|Committee|Panel|Group|Partnership|Forum|Trust))\b")
_SHORT = 4  # words: "and the cost?" borrows the subject even without a pronoun


@dataclass(frozen=True)
class Turn:
    """One earlier exchange: the question, its answer and the papers that answer cited."""

    question: str
    answer: str = ""
    files: tuple[str, ...] = ()


def as_turn(item: Any) -> Turn:
    """A history item in any accepted form as a ``Turn``."""
    if isinstance(item, Turn):
        return item
    if isinstance(item, str):
        return Turn(item)
    if isinstance(item, dict):
        return Turn(str(item.get("q") or item.get("question") or ""), str(item.get("answer") or ""),
                    tuple(item.get("files") or ()))
    # an Answer: its question, text and cited papers
    return Turn(str(getattr(item, "question", "")), str(getattr(item, "text", "")),
                tuple(dict.fromkeys(c.file for c in getattr(item, "citations", []) or [])))


def subject_of(question: str) -> str:
    """What a question is about: "family hubs" of "What did Cabinet decide about family hubs?"."""
    q = question.strip().rstrip("?.! ")
    m = _ABOUT.search(q)
    if m:
        return m.group(1).strip()
    rest = _QUESTION_HEAD.sub("", q, count=1)
    for body in _BODY.findall(rest):
        if rest.startswith(body):
            rest = rest[len(body):].lstrip()
    rest = _VERB_HEAD.sub("", rest, count=1)
    return re.sub(r"^(?:the|a|an)\s+", "", rest, flags=re.I).strip()


def body_of(question: str) -> str:
    """The meeting body a question names ("Cabinet", "the County Council"), or ''."""
    m = _BODY.search(question)
    return m.group(1) if m else ""


def is_follow_up(question: str) -> bool:
    return bool(_PRONOUN.search(question) or _LEAD_ON.search(question)) or len(question.split()) <= _SHORT


@dataclass(frozen=True)
class Resolved:
    """A follow-up rewritten to stand alone, with the papers the previous answer came from."""

    query: str
    prefer: tuple[str, ...] = ()
    follow_up: bool = False


def resolve(question: str, history: Sequence[Any] | None) -> Resolved:
    """``question`` with "it / they / that decision" replaced by the previous turn's subject."""
    turns = [as_turn(h) for h in history or () if h]
    turns = [t for t in turns if t.question.strip()]
    if not turns or not is_follow_up(question):
        return Resolved(question)
    subject, body, files = _context(turns)
    if not subject:
        return Resolved(question)

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if _PEOPLE.fullmatch(word) and body:
            return body
        return subject

    if _PRONOUN.search(question):
        query = _PRONOUN.sub(swap, question)
        if subject.lower() not in query.lower():
            query = f"{query} {subject}"
    else:
        query = f"{subject} {_LEAD_ON.sub('', question).strip()}"
    return Resolved(query, files, True)


def _context(turns: Iterable[Turn]) -> tuple[str, str, tuple[str, ...]]:
    """The subject, body and cited papers in force after ``turns`` (a follow-up keeps the earlier ones)."""
    subject, body, files = "", "", ()
    for t in turns:
        if subject and is_follow_up(t.question):
            body = body_of(t.question) or body
        else:
            subject, body = subject_of(t.question), body_of(t.question)
        files = t.files or files
    return subject, body, files


def prefer(hits: list[Any], files: Sequence[str], lift: int = 2) -> list[Any]:
    """``hits`` with those from ``files`` moved up ``lift`` places: a soft preference."""
    if not files:
        return hits
    wanted = set(files)
    order = sorted(range(len(hits)), key=lambda i: i - (lift + 0.5 if hits[i].file in wanted else 0))
    return [hits[i] for i in order]
