"""How minutes and reports are laid out: lines, agenda item headings, minutes spans, sentences, lists.

The extractor (``extract``) reads decisions off this model: where each set of minutes
starts and ends (their titles in ``dockind``) and the meeting it records, the agenda item above any offset, and where
a sentence starts and ends across line and page breaks (a list's items in ``lists``; running heads and
footers the cleaner left, read as blank lines, in ``furniture``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..parsing.document import Document
from ..parsing.metadata import minutes_date
from ..parsing.structure import PRESENT_LINE
from ..text.dates import find_dates
from ..text.sentences import BULLETS, breaks, ends_sentence, first_end
from .dockind import MINUTES_TITLE
from .furniture import furniture_offsets
from .packend import minutes_end

REC_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?RECOMMENDATIONS?\b[^.]{0,70}$", re.I)
_VERBS = (
    "note|approve|agree|support|endorse|consider|identify|receive|recognise|recognize|ratify|delegate|"
    "request|review|comment|discuss|accept|adopt|authorise|authorize|confirm|welcome|instruct|refer|"
    "recommend|reconvene|establish|continue|commission|provide|give|nominate|appoint|determine|defer|"
    "invite|thank|acknowledge|ask|submit|publish|undertake|explore|develop|promote|ensure|seek|grant|"
    "reaffirm|task|direct|allocate|release|sign|to|that"
)
ITEM_VERB = re.compile(
    rf"^(?:(?:to\s+)?(?:{_VERBS})s?|(?:Members|This Council|Council|Cabinet)\s+(?:note|agree|continue|endorse|approve|support)s?)\b",
    re.I)
ITEM_MARK = re.compile(rf"^(?:\(?(?P<letter>[A-Za-z])\)|(?P<cap>[A-Z])\.(?=\s+[A-Z])|\(?(?P<roman>[ivx]{{1,4}})\)|\(?(?P<num>\d{{1,2}})[.)]|[{BULLETS}])(?:\s+|(?<=[.)])(?=[A-Z][a-z]))")
LABEL_LINE = re.compile(r"^[A-Z][A-Za-z /&()'’-]{1,40}:(?:\s|$)")
# ... and a box's rule of hyphens ("AGREED:" boxes): neither continues the sentence above or below it
PAGE_LINE = re.compile(r"^(?:Page \d+|[-–—_=]{5,})$", re.I)
# The first lines of a paper's cover sheet: they end the minutes that precede it in a pack.
COVER = re.compile(
    r"^(?:To|From|Meeting [Dd]ate|Report [Tt]itle|Report for|Report to|Author|Report [Aa]uthori[sz]ed by|"
    r"Lead [Oo]fficers?|Officer contact|Key decision|Title of (?:the )?(?:paper|report)|Title|"
    r"Purpose of (?:the )?report)\s*:",
    re.M,
)
MINUTES_HEADING = re.compile(
    r"^(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})?(\d{1,3})(?:\.?\s+|\.(?=[A-Z][a-z]))([A-Z(0-9][^\n]{2,120})$"
)
# (words a line break may split: "were a correct\nrecord of the meeting")
PREVIOUS_MINUTES = re.compile(r"\b(?:correct|accurate|true)\s+record\b|\bbe\s+(?:signed|approved|agreed)\b", re.I)
HELD_ON = re.compile(r"\b(?:held|took place|meeting)\b[^\n.]{0,80}?\bon\s+(?=(?:[A-Z][a-z]+day,?\s+)?\d)|"
                     r"\bMinutes of (?:the|a)\b[^\n]{0,80}?(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})")
# a minute headed by its reference, in any case: "CoG 25/48 Governor elections ...", "C/26/05 HOME TO ..."
MINUTE_REF_HEADING = re.compile(r"^[A-Z][A-Za-z]{0,5}[ /]\d{2}/\d{1,5}\s+[A-Z][^\n]{2,100}$")
ITEM_TAG = re.compile(r"^\(Item \d+[a-z]?\)$", re.I)
ITEM_SUFFIX = re.compile(r"\s*\(Item \d+[a-z]?\)\s*$", re.I)
DANGLING = re.compile(r"\b(?:the|of|and|to|in|for|by|a|an|with|on|or|our|is|are|be|that)$", re.I)


@dataclass
class _Line:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(pos, raw))
        pos += len(raw) + 1
    return out


class _Doc:
    """A document plus the line index and minutes spans the extractor works from."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # a running head or footer reads as a blank line: a list goes on across the page break
        furniture = furniture_offsets(doc.text, doc.page_offsets)
        self.lines = [_Line(ln.start, " " * len(ln.text)) if ln.start in furniture else ln for ln in _lines(doc.text)]
        self.line_starts = [ln.start for ln in self.lines]
        self.minutes = self._minutes_spans()
        self.headings = self._minutes_headings()
        self.covers = self._paper_titles()

    # -- where things are
    def line_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.line_starts, offset) - 1)

    def minutes_at(self, offset: int) -> tuple[int, int, str] | None:
        for span in self.minutes:
            if span[0] <= offset < span[1]:
                return span
        return None

    def _minutes_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, meeting date) of each set of minutes.

        The structure's meeting events give where minutes start and their date; the span
        is cut at the next paper's cover sheet ("To:", "Report title:", "Author:"), since
        packs often go straight from the minutes into the next report.
        """
        events = self.doc.structure.meetings
        spans: list[tuple[int, int, str]] = []
        events = [e for e in events if e[1]]
        kept = []
        for off, date in events:
            # "Minutes of the meeting held on 30 July 2024" inside later minutes is an agenda item
            if kept and date < kept[-1][1] and PREVIOUS_MINUTES.search(self.text[off:off + 400]):
                continue
            kept.append((off, date))
        events = kept
        for i, (off, date) in enumerate(events):
            end = events[i + 1][0] if i + 1 < len(events) else len(self.text)
            cover = _cover(self.text, off, end)
            spans.append((off, minutes_end(self.text, off, cover.start() if cover else end), date))
        if not spans:
            # minutes whose heading the structure pass missed ("OPEN BOARD MEETING MINUTES")
            head = self.text[: self.doc.page_offsets[min(2, len(self.doc.page_offsets) - 1)] + 4000]
            m = MINUTES_TITLE.search(head)
            if m or self.doc.meta.doc_type == "minutes":
                start = m.start() if m else 0
                # the minutes' own heading names their meeting: "CORPORATE PARENTING PANEL - 29 October
                # 2024 / MINUTES of the meeting held in the Darent Room" or "... held on 14 November 2024";
                # a date further down is an agenda item's ("the minutes of the meeting held on 30 July")
                present = PRESENT_LINE.search(self.text, start, start + 1500)
                title_end = present.start() if present else start + 300
                # ... and "from the meeting of the Committee held on 18 September 2024" in it beats the
                # date of the Council the report goes to ("COUNTY COUNCIL - THURSDAY 17 OCTOBER 2024")
                held = HELD_ON.search(self.text, start, title_end)
                found = find_dates(self.text[held.end():held.end() + 80]) if held else []
                found = found or find_dates(self.text[start:title_end]) or find_dates(
                    self.text[max(0, start - 200):start])
                held = None if found else HELD_ON.search(self.text, start, start + 1500)
                found = found or (find_dates(self.text[held.end():held.end() + 80]) if held else [])
                found = found or find_dates(self.text[start:start + 600])
                # "Meeting date: 14 November 2024" under the heading is the minutes' own, not the next cover
                cover = _cover(self.text, max(start + 1, title_end), len(self.text))
                end = minutes_end(self.text, start, cover.start() if cover else len(self.text))
                spans.append((start, end, minutes_date(found[0][1] if found else "", self.doc.meta)))
        return spans

    def _minutes_headings(self) -> list[tuple[int, str]]:
        """Agenda item headings inside minutes ("6 MINUTES OF THE PREVIOUS MEETING (Item 6)")."""
        out: list[tuple[int, str]] = []
        for lo, hi, _ in self.minutes:
            found: list[tuple[int, int, str, bool]] = []  # offset, number, title, tagged "(Item n)"
            i = self.line_index(lo)
            while i < len(self.lines) and self.lines[i].start < hi:
                line = self.lines[i].text.strip()
                m = MINUTES_HEADING.match(line)
                if m and _heading_ok(m.group(2)):
                    title = m.group(2).strip()
                    after = [ln.text.strip() for ln in self.lines[i + 1:i + 4]]
                    tag_at = next((k for k, a in enumerate(after) if ITEM_TAG.match(a)), None)
                    tagged = bool(ITEM_SUFFIX.search(title)) or tag_at is not None
                    nxt = after[0] if after else ""
                    if tag_at is not None:
                        title = " ".join([title, *after[:tag_at]])
                    elif (not tagged and nxt and len(nxt) < 60 and not ends_sentence(nxt)
                            and not ITEM_MARK.match(nxt) and not MINUTES_HEADING.match(nxt)):
                        title = f"{title} {nxt}"
                    title = ITEM_SUFFIX.sub("", title).strip()
                    if title.isupper():
                        title = title.capitalize()
                    found.append((self.lines[i].start, int(m.group(1)), title, tagged))
                i += 1
            # Where items carry "(Item n)" tags, untagged numbered lines are paragraphs, not items;
            # and agenda items only count up.
            if any(f[3] for f in found):
                found = [f for f in found if f[3]]
            last = -1
            for off, num, title, _ in found:
                if num > last:
                    out.append((off, f"{num}. {title}"))
                    last = num
        return out

    def _paper_titles(self) -> list[tuple[int, str]]:
        """Offsets where a report starts, with its title (cover sheets and structure papers)."""
        out = list(self.doc.structure.papers)
        for m in re.finditer(r"^To\s*:", self.text, re.M):
            # the title is the line above "To:" on cover sheets without a "Report title:" field
            i = self.line_index(m.start())
            j = i - 1
            while j >= 0 and not self.lines[j].text.strip():
                j -= 1
            if j >= 0:
                title = self.lines[j].text.strip()
                if 8 <= len(title) <= 160 and not LABEL_LINE.match(title) and not ends_sentence(title):
                    out.append((self.lines[j].start, title))
        return sorted(out)

    def item_at(self, offset: int, in_minutes: bool) -> str:
        if in_minutes:
            span = self.minutes_at(offset)
            best = ""
            for off, title in self.headings:
                if off > offset:
                    break
                if span is None or off >= span[0]:
                    best = title
            if best:
                return best
        else:
            best = ""
            lo = 0
            span_before = [s for s in self.minutes if s[1] <= offset]
            if span_before:
                lo = span_before[-1][1]
            for off, title in self.covers:
                if off > offset:
                    break
                if off >= lo:
                    best = title
            if best:
                return best
            if not self.minutes or offset >= self.minutes[-1][1]:
                return self.doc.meta.title
        return ""


def _heading_ok(title: str) -> bool:
    """Could this numbered line be an agenda item heading? ("1. To note ..." is a resolution.)"""
    t = ITEM_SUFFIX.sub("", title.strip())
    if t.endswith((".", ",", ";", ":")) or re.match(r"(?:To|That)\b", t):
        return False
    return len(t.split()) <= 18 and not re.search(r"£|%", t)


def _is_stop(line: str) -> bool:
    """A line that cannot continue a sentence or list item: heading, field label, page label."""
    s = line.strip()
    if not s or PAGE_LINE.match(s) or LABEL_LINE.match(s) or REC_HEADING.match(s):
        return True
    m = MINUTES_HEADING.match(s)
    # "1 April 2025;" wrapping a list item is a date, not item 1's heading; a heading ends no clause
    if m and not ITEM_VERB.match(m.group(2)) and not ends_sentence(s) and not s.endswith((";", ",")) \
            and not any(at == 0 for at, _ in find_dates(s)):
        return True
    if MINUTE_REF_HEADING.match(s) and not ends_sentence(s):
        return True
    letters = [c for c in s if c.isalpha()]
    # "GIJB/D/2026/01);" wrapping a list item is a reference, not a heading: a heading ends no clause
    return len(letters) >= 4 and s.isupper() and len(s.split()) <= 12 and not s.endswith((";", ","))


def _cover(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The next paper's cover sheet: two of its fields close together, not one item's "Key decision: ..."."""
    for m in COVER.finditer(text, lo, hi):
        if COVER.search(text, m.end(), min(hi, m.end() + 400)):
            return m
    return None


_SUB_PARA = re.compile(r"^\d{1,2}\.\d{1,2}\s+[A-Z]")


def _sentence_start(d: _Doc, pos: int, lo: int) -> int:
    """Start of the sentence holding ``pos`` (not before ``lo``)."""
    text = d.text
    i = d.line_index(pos)
    line = d.lines[i]
    # within the line: the last sentence end or "Label:" before pos
    seg = text[line.start:pos + 1]  # one char past pos so a lookahead can see pos's capital
    cut = max((b for b in breaks(seg, labels=True) if b <= pos - line.start), default=0)
    if cut:
        return max(lo, line.start + cut)
    while i > 0:
        prev = d.lines[i - 1]
        p = prev.text.strip()
        if prev.start < lo or not p or ends_sentence(p) or p.endswith((":", ";")) or _is_stop(p):
            break
        if _SUB_PARA.match(d.lines[i].text.strip()):
            break  # "1.1 The note of the last meeting was agreed." starts below its item's heading
        if len(p) < 40 and not DANGLING.search(p):
            break
        pm = ITEM_MARK.match(p)
        if pm and pm.group("num") and MINUTES_HEADING.match(p) and d.lines[i].text.strip()[:1].isupper():
            break  # "7. Review and adopt Standing Orders" is a heading above this sentence
        # the previous line may hold the end of one sentence and the start of this one
        cuts = breaks(prev.text, labels=True)
        if cuts:
            return max(lo, prev.start + cuts[-1])
        i -= 1
    start = d.lines[i].start
    return max(lo, start + len(d.lines[i].text) - len(d.lines[i].text.lstrip()))


def _sentence_end(d: _Doc, pos: int, hi: int) -> int:
    """End of the sentence holding ``pos``: terminal punctuation, a list colon, or a stop line."""
    text = d.text
    i = d.line_index(pos)
    while i < len(d.lines):
        line = d.lines[i]
        if line.start >= hi:
            return hi
        from_ = max(pos, line.start)
        end = first_end(text[from_:line.end])
        if end is not None:
            return min(hi, from_ + end)
        stripped = line.text.rstrip()
        if stripped.endswith(":") and not _named_colon(d, i, stripped):
            return min(hi, line.start + len(stripped))
        # does the sentence go on to the next line?
        j = i + 1
        while j < len(d.lines) and not d.lines[j].text.strip():
            j += 1
        if j >= len(d.lines) or d.lines[j].start >= hi:
            return min(hi, line.start + len(stripped))
        nxt = d.lines[j].text.strip()
        crossed_blank = j > i + 1
        if ITEM_MARK.match(nxt) or _is_stop(nxt) or (crossed_blank and not nxt[:1].islower()):
            return min(hi, line.start + len(stripped))
        i = j
    return hi


_IN_NAME = re.compile(r"\b(?:in|for|of)\s+[A-Z][\w'’-]*:$")


def _named_colon(d: _Doc, i: int, stripped: str) -> bool:
    """A colon inside a name that a line break follows ("the vacant seat in Public:" / "Vale West in March
    2026."): the sentence goes on, no list follows."""
    if not _IN_NAME.search(stripped) or i + 1 >= len(d.lines):
        return False
    nxt = d.lines[i + 1].text.strip()
    return bool(nxt) and not ITEM_MARK.match(nxt) and not ITEM_VERB.match(nxt) and not _is_stop(nxt)

