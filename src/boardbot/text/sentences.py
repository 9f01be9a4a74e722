"""Sentences: spans with exact offsets in PDF text, and a streaming splitter for generated text.

One boundary rule: terminal punctuation (with any closing quotes or brackets) followed by
space and what can start a sentence - a capital, a digit, an opening quote, a bullet.

PDF text also wraps lines mid-sentence but uses bare line breaks to end headings, list
items and table cells, so there a newline is a boundary only when the line before it looks
finished (short, or ending in punctuation). Generated text has no wrapped lines: there
every newline is a boundary, and an abbreviation ("Cllr.", "e.g.") is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Table rows rebuilt by parsing.tables join their cells with this; a row is a sentence of its own.
ROW_MARK = " | "
# list bullets as they come out of text layers: "·" and U+F0B7 are a Symbol-font bullet read as WinAnsi
# or left in the private use area; written for a regex character class
BULLET_DOTS = "•▪●◦*·‣⁃○■□►➢\uf0b7"
BULLETS = BULLET_DOTS + "\\-–"  # ... and dashes
_CLOSE = r"[\"'”’)\]]*"
_STARTS = rf"[A-Z0-9“\"'(£{BULLETS}]"  # what can begin the next sentence
_END = re.compile(rf"[.!?]{_CLOSE}\s+(?={_STARTS})")
# ... or the text ends there (a sentence running to the end of its line or passage)
_END_OR_EOT = re.compile(rf"[.!?]{_CLOSE}(?=\s+{_STARTS}|\s*$)")
# "Label: Value" inside a line, where a sentence about the value starts
_LABEL = re.compile(r":\s+(?=[A-Z])")
_TERMINAL = re.compile(rf"[.!?]{_CLOSE}$")
_BULLET = re.compile(rf"^\s*(?:[{BULLETS}]|\d{{1,2}}[.)]|\(?[a-z]\)|\(?[ivx]+\))\s")
WRAP_WIDTH = 60  # lines shorter than this rarely wrap mid-sentence in board papers

# A full stop after these does not end a sentence.
ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "Cllr", "Prof", "St", "No", "Nos", "vs", "etc", "e.g", "i.e", "approx",
                 "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_ABBREV = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")\.$")
_INITIAL = re.compile(r"\b[A-Z]\.$")


def squash(text: str) -> str:
    """``text`` with every run of whitespace one space."""
    return re.sub(r"\s+", " ", text).strip()


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends in terminal punctuation (closing quotes allowed)."""
    return bool(_TERMINAL.search(line.rstrip()))


def after_abbreviation(head: str, initials: bool = True) -> bool:
    """Whether the full stop ending ``head`` belongs to an abbreviation (or, with ``initials``, "J.")."""
    return bool(_ABBREV.search(head) or (initials and _INITIAL.search(head)))


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences in ``text``; whitespace-only spans dropped."""
    cuts: set[int] = {0, len(text)}
    for m in _END.finditer(text):
        cuts.add(m.end())
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        nxt = lines[i + 1]
        stripped = line.strip()
        if (
            not stripped
            or ROW_MARK in line  # a rebuilt table row is a unit of its own
            or ROW_MARK in nxt
            or len(stripped) < WRAP_WIDTH
            or stripped.endswith((".", ":", ";", "!", "?"))
            or _BULLET.match(nxt)
            or not nxt.strip()
        ):
            cuts.add(pos)
    ordered = sorted(cuts)
    out = []
    for a, b in zip(ordered, ordered[1:]):
        seg = text[a:b]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            out.append((a + lead, b - trail))
    return out


def breaks(line: str, labels: bool = False) -> list[int]:
    """Offsets in one line where a new sentence starts (with ``labels``, also after "Label: ")."""
    found = [m.end() for m in _END.finditer(line)]
    if labels:
        found += [m.end() for m in _LABEL.finditer(line)]
    return sorted(found)


def first_end(text: str) -> int | None:
    """Offset just past the first sentence end in ``text`` (not an abbreviation), or None."""
    for m in _END_OR_EOT.finditer(text):
        if not after_abbreviation(text[: m.start() + 1], initials=False):
            return m.end()
    return None


# --- generated text ----------------------------------------------------------------------
# A sentence end may carry citation markers after it ("... in 2023. [2] The ...").
_STREAM_BOUNDARY = re.compile(rf"[.!?]{_CLOSE}((?:\s*\[[^\]\n]{{1,30}}\])*)\s+(?=[^\s\[])|\n+")


class SentenceStream:
    """Cuts streamed text into sentences; a sentence is released once what follows it is seen."""

    def __init__(self) -> None:
        self.buffer = ""

    def feed(self, delta: str) -> list[str]:
        self.buffer += delta
        out: list[str] = []
        pos = 0
        for m in _STREAM_BOUNDARY.finditer(self.buffer):
            candidate = self.buffer[pos:m.end()]
            head = self.buffer[pos:m.start() + 1] if m.group(0)[0] in ".!?" else ""
            if head and after_abbreviation(head):
                continue
            if candidate.strip():
                out.append(candidate.strip())
            pos = m.end()
        self.buffer = self.buffer[pos:]
        return out

    def flush(self) -> list[str]:
        rest, self.buffer = self.buffer.strip(), ""
        return [rest] if rest else []


def iter_sentences(chunks: Iterable[str]) -> Iterator[str]:
    """Each complete sentence of the text arriving in ``chunks``, as soon as it is complete."""
    stream = SentenceStream()
    for chunk in chunks:
        yield from stream.feed(chunk)
    yield from stream.flush()


def split_sentences(text: str) -> list[str]:
    """Generated (not PDF) text as sentences, by the streaming rule."""
    return list(iter_sentences([text]))
