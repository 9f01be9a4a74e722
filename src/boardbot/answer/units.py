"""What an answer may quote from a passage: its units - sentences, short field rows run together,
a lead-in joined to what it introduces - each inside one page, so a citation's page stays exact."""

from __future__ import annotations

import re

from ..records import Hit
from ..text.sentences import spans
from .checks import FIELD_ROW, cut_at_edge

UNIT_MIN_WORDS = 12
UNIT_MAX_WORDS = 60
_LABEL_LINE = re.compile(r"\s*[A-Z][A-Z/&]{1,}(?: [A-Z/&]{2,}){0,3}:[ \t]*\S")  # "CONTACT OFFICER: Philippa Cross"
# a table row flattened to a line: a label of words, then its figures ("Total Money Market Funds 132,964,615",
# "High Needs Block 345.5 322.7 22.8"); no figure inside the label ("Page 2 of 18")
_NUM = r"£?\(?-?\d[\d,]*(?:\.\d+)?(?:%|m|bn|k)?\)?"
_WORD = r"[A-Za-z(&/-][\w&()/'’*-]*"  # a label word may hold a digit ("Class L3"), never start with one
_FIGURE_ROW = re.compile(rf"\s*(?P<label>[A-Z][\w&()/'’*-]*(?:[ \t]+{_WORD})*)[ \t]+{_NUM}(?:[ \t]+{_NUM})*\s*")


def answer_units(hit: Hit) -> list[tuple[int, int]]:
    """Sentences, with runs of short lines merged ("Date: 24 March 2023" + "Time: 13:30")
    and a lead-in ending in a colon joined to what it introduces.

    PDF key-value lines and table cells are too short to answer on their own; a unit
    never crosses a page break, so its citation page stays exact.
    """
    breaks = {off for off, _ in hit.page_breaks[1:]}
    out: list[tuple[int, int]] = []
    cur: list[int] | None = None
    words = 0
    field = False
    for a, b in _row_lines(hit.text, spans(hit.text)):
        if not re.search(r"\w", hit.text[a:b]):
            # a rule ("……………", "_____") ends what is above it and is no part of any unit
            if cur is not None:
                out.append((cur[0], cur[1]))
            cur, words, field = None, 0, False
            continue
        n = len(hit.text[a:b].split())
        crosses = cur is not None and any(cur[1] <= x <= a for x in breaks)
        # "we have two provider collaboratives:" is answered by what follows the colon
        lead_in = cur is not None and hit.text[cur[0] : cur[1]].rstrip().endswith(":")
        # a meeting's field rows ("Date 27th October 2016 / Place Bury Library", "Attendance: Harry Rayner
        # - MEM (Chair)") are read together, not run on from the agenda lines above them
        starts_field = bool(FIELD_ROW.match(hit.text[a:b]))
        # a cover sheet's rows ("VERSION: 0.1" / "CONTACT OFFICER: Philippa Cross, ...") each say one thing:
        # run together they read as a form, and the row a question asks about is lost in it
        labelled = bool(_LABEL_LINE.match(hit.text[a:b])) or (
            figure_row(hit.text[a:b]) and not hit.text[b:].lstrip()[:1].islower())  # not a wrapped sentence
        if cur is not None and (words < UNIT_MIN_WORDS or lead_in) and words + n <= UNIT_MAX_WORDS and not crosses \
                and not (starts_field and not field) and not labelled:
            cur[1] = b
            words += n
            continue
        if cur is not None:
            out.append((cur[0], cur[1]))
        cur, words, field = [a, b], n, starts_field
        if labelled:
            # a row says one thing: what follows is not run on to it
            words = UNIT_MIN_WORDS
    if cur is not None:
        out.append((cur[0], cur[1]))
    return out


def _row_lines(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, with a span of several table rows (the splitter keeps "... 5.0002%" with the next line)
    cut into its rows."""
    out: list[tuple[int, int]] = []
    for a, b in found:
        lines, at = [], a
        for line in text[a:b].split("\n"):
            lines.append((at, at + len(line)))
            at += len(line) + 1
        if len(lines) > 1 and all(figure_row(text[x:y]) for x, y in lines if text[x:y].strip()):
            out += [(x, y) for x, y in lines if text[x:y].strip()]
            continue
        # "PRESENT: Shellina Prendergast (Chair), ... Tracy Scott" / "ALSO PRESENT: Sue Chandler, ...": a
        # form's next label starts a row of its own, though no full stop ends the one before it
        cuts = [x for x, y in lines[1:] if _LABEL_LINE.match(text[x:y])]
        for x, y in zip([a, *cuts], [*cuts, b], strict=True):
            out.append((x, y))
    return out


def figure_row(line: str) -> bool:
    """Whether ``line`` is a table row: two or more words of label, then only figures."""
    m = _FIGURE_ROW.fullmatch(line)
    if not m or len(re.findall(r"[A-Za-z]{2,}", m.group("label"))) < 2:
        return False
    # one small whole number after a title is a contents line's page ("Millmead Family Hub 27")
    figures = line[m.end("label"):].split()
    return len(figures) > 1 or bool(re.search(r"[£%,.]|\d{4}", figures[0]))


def whole_units(hit: Hit) -> list[tuple[int, int]]:
    """``answer_units`` less the cut part of a unit the chunk starts inside ("equivalent) Stephen
    Taylor ..." loses "equivalent)"; a unit that is all cut is dropped by ``cut_at_edge``)."""
    units = answer_units(hit)
    if units and cut_at_edge(hit, *units[0]):
        a, b = units[0]
        nl = hit.text.find("\n", a, b)
        if nl > 0 and hit.text[nl:b].strip():
            units[0] = (nl + 1, b)
    return units
