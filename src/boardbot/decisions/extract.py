"""Find what boards resolved, agreed, approved, noted and were recommended to do.

Two kinds of text carry decisions and they read differently:

* **Minutes** (past tense, often inside a later meeting's agenda pack): "RESOLVED: 1. To
  note ...", "The Board noted the community story", "agreed to: Note ... Support ...",
  "The minutes ... were agreed as an accurate record", "X were asked to ..." (an action).
  These belong to the meeting the minutes record, not to the pack they travel in.
* **Reports** (present tense, to the meeting the paper goes to): "The Board is
  recommended to: a) Note ... b) Approve ...", "The JHWBSC is asked to note ...",
  "It is recommended that the Board ...". One record per lettered or numbered item.

Everything is regular expressions over the cleaned document text, because the
phrasing of committee papers is formulaic and every record must quote the
paper verbatim with its exact page (the page of its first character).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ..parsing.document import Document
from ..text.dates import FULL_MONTH_PATTERN, date_key, find_dates
from ..text.sentences import breaks, ends_sentence, first_end, squash
from .forms import classify, kind_v1
from .motions import Motion, find_motions

KINDS = ("decision", "approval", "noting", "recommendation", "action")


@dataclass
class Decision:
    """One register entry: a resolution, a recommendation put to a board, or an action."""

    id: str
    file: str
    page: int  # 1-based PDF page of the text's first character
    meeting_date: str  # ISO date of the meeting that made (or is asked to make) it
    board: str
    item: str  # agenda item ("7. Better Care Fund ...") or the paper's title
    kind: str  # one of KINDS
    text: str  # verbatim (whitespace squashed)
    owner: str = ""
    deadline: str = ""
    visibility: str = "public"
    lead_in: str = ""  # the sentence introducing a listed item ("The Board is recommended to:")
    source: str = ""  # "minutes" | "report"
    char_start: int = 0  # offset in the document text
    title: str = ""  # the paper's title (document metadata)
    organisation: str = ""
    score: float = 0.0  # search relevance (fused rank score), set by DecisionStore.search
    scores: dict[str, float] = field(default_factory=dict)  # its parts: bm25, dense cosine
    form: str = ""  # the decision form (forms.FORMS): resolution, motion, amendment, deferral, ...
    outcome: str = ""  # agreed, noted, approved, carried, lost, deferred, ...
    votes: dict[str, int] | None = None  # printed counts only: {"for": n, "against": n, "abstain": n}
    voters: dict[str, list[str]] = field(default_factory=dict)  # names printed under each count
    proposer: str = ""
    seconder: str = ""
    ref: str = ""  # decision reference printed with the item ("24/00115")
    also_in: list[str] = field(default_factory=list)  # "<file> p<page>" of re-issued copies
    proposed: bool = False  # a proposed Record of Decision, not the decision taken
    linked: list[str] = field(default_factory=list)  # other papers carrying ``ref`` (report, PROD, ROD)

    @property
    def date_key(self) -> int:
        return date_key(self.meeting_date)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def decision_id(file: str, offset: int, text: str) -> str:
    return hashlib.sha1(f"{file}\x00{offset}\x00{text}".encode()).hexdigest()[:20]


# --- vocabulary -------------------------------------------------------------------
_BODY = (
    r"(?:Boards?|HWBB?|ICP|ICB|JHWBSC|Committee|Sub-Committee|Partnerships?|Cabinet|Council|"
    r"Panel|Forum|Executive|Assembly|[Mm]embers|[Mm]eeting|joint board)"
)
BODY_WORD = re.compile(rf"\b{_BODY}\b")
# Minutes: "The Board noted ...", "members noted ...", "... Partnerships received and noted ..."
BODY_VERB = re.compile(
    rf"\b{_BODY}\s+(?:(?:then|also|formally|unanimously|duly)\s+|[a-z]+ed,?\s+and\s+)*"
    r"(?P<verb>(?i:noted|agreed|approved|endorsed|ratified|resolved|supported|accepted|adopted|decided|"
    r"gave delegated authority|delegated authority))\b"
)
# Minutes, passive: "The minutes ... were agreed as an accurate record", "It was agreed that ..."
PASSIVE = re.compile(
    r"\b(?:was|were|be|been)\s+(?:(?:formally|unanimously|duly|then|also|subsequently)\s+|[a-z]+ed,?\s+(?:and\s+)?){0,3}"
    r"(?:agreed|approved|ratified|endorsed|resolved|adopted|accepted|deferred|withdrawn)\b"
    r"|\b(?:was|were)\s+given\s+approval\b"
)
_NOT_PASSIVE_BEFORE = re.compile(r"\b(?:will|would|to|could|should|may|might|can|had|has|have|being|not|never)\s*$", re.I)
_BY_BODY = re.compile(rf"\s+by\s+(?:all\s+)?(?:the\s+)?{_BODY}\b")
# Minutes: "The Senior Responsible Officers were asked to ...", "It was requested that ..."
ACTION = re.compile(
    r"\b(?:was|were)\s+(?:asked|requested|tasked|instructed)\s+to\b|\bIt was requested that\b"
    r"|^\s*ACTION\b\s*[:\-–]?|\(\s*Action\s*:",
    re.M,
)
# "The Chairman agreed to write to ...": an officer or member undertaking to act
ACTS = re.compile(
    r"\b(?:The\s+)?(?:Chair|Chairman|Chairwoman|Vice-Chair(?:man)?|Leader|Cabinet Member(?: for [A-Z][\w&, ]{0,50}?)?"
    r"|(?:Corporate\s+)?Director(?: of [A-Z][\w&, ]{0,50}?)?|Clerk|Chief Executive)\s+"
    r"(?:agreed|undertook|offered|promised)\s+to\s+(?!the\s+(?:motion|amendment|recommendation|proposal))"
)
RESOLVED_LINE = re.compile(
    r"^(?:\(?\d{1,3}[.)]\s*)?(?:RESOLVED|AGREED|DECIDED|DECISION|RECOMMENDED|Resolved|Agreed|Recommended)\b(?:\s*\([^)]{0,40}\))?\s*[:\-–]?\s*",
)
# Reports: "The Board is recommended to:", "The JHWBSC is asked to note ...", "... are being asked to"
ASK = re.compile(
    r"\b(?:is|are)\s+(?:being\s+|also\s+|therefore\s+)?(?:recommended|requested|asked|invited)\s+to\b", re.I
)
IT_IS = re.compile(r"\bit is (?:therefore |also )?(?:recommended|requested) that\b", re.I)
REC_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?RECOMMENDATIONS?\b[^.]{0,70}$", re.I)

_VERBS = (
    "note|approve|agree|support|endorse|consider|identify|receive|recognise|recognize|ratify|delegate|"
    "request|review|comment|discuss|accept|adopt|authorise|authorize|confirm|welcome|instruct|refer|"
    "recommend|reconvene|establish|continue|commission|provide|give|nominate|appoint|determine|defer|"
    "invite|thank|acknowledge|ask|submit|publish|undertake|explore|develop|promote|ensure|seek|grant|"
    "reaffirm|task|direct|allocate|release|sign|to|that"
)
ITEM_VERB = re.compile(
    rf"^(?:(?:{_VERBS})s?|(?:Members|This Council|Council|Cabinet)\s+(?:note|agree|continue|endorse|approve|support)s?)\b",
    re.I)
ITEM_MARK = re.compile(r"^(?:\(?(?P<letter>[A-Za-z])\)|\(?(?P<roman>[ivx]{1,4})\)|(?P<num>\d{1,2})[.)]|[•\-–▪●◦*])(?:\s+|(?<=[.)])(?=[A-Z][a-z]))")
LABEL_LINE = re.compile(r"^[A-Z][A-Za-z /&()'’-]{1,40}:(?:\s|$)")
PAGE_LINE = re.compile(r"^Page \d+$", re.I)
# The first lines of a paper's cover sheet: they end the minutes that precede it in a pack.
COVER = re.compile(
    r"^(?:To|From|Meeting [Dd]ate|Report [Tt]itle|Report for|Report to|Author|Report [Aa]uthori[sz]ed by|"
    r"Lead [Oo]fficers?|Officer contact|Key decision|Title of (?:the )?(?:paper|report)|Title|"
    r"Purpose of (?:the )?report)\s*:",
    re.M,
)
MINUTES_TITLE = re.compile(
    r"^(?:[A-Z][A-Z ]{0,40} )?MINUTES\b[^\n]{0,80}$|^(?:(?:An? )?[Ee]xtract (?:from|of) (?:the )?)?[Mm]inutes of (?:the|a)\b"
    r"|^(?:[A-Z][\w ]{0,60} )?[Mm]eeting [Nn]otes?\b[^\n]{0,80}$|^Notes of (?:the|a) meeting\b", re.M)
MINUTES_HEADING = re.compile(
    r"^(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})?(\d{1,3})(?:\.?\s+|\.(?=[A-Z][a-z]))([A-Z(0-9][^\n]{2,120})$"
)
MID_RESOLVED = re.compile(r"(?<=[^\n])(?<!^)\b(?:It was |and )?(?:RESOLVED|[Rr]esolved)\b(?= that\b|\s*:)", re.M)
RECOMMENDED = re.compile(r"^(?:\(?\d{1,3}[.)]\s*)?RECOMMENDED\b", re.I)
DECISION_REF = re.compile(r"\b\d{2}/\d{5}\b")
PROPOSED = re.compile(r"\bPROD\b|\bProposed Record of Decision\b", re.I)
PREVIOUS_MINUTES = re.compile(r"\b(?:correct|accurate|true) record\b|\bbe (?:signed|approved|agreed)\b", re.I)
ITEM_TAG = re.compile(r"^\(Item \d+[a-z]?\)$", re.I)
ITEM_SUFFIX = re.compile(r"\s*\(Item \d+[a-z]?\)\s*$", re.I)
DANGLING = re.compile(r"\b(?:the|of|and|to|in|for|by|a|an|with|on|or|our|is|are|be|that)$", re.I)
_MONTH = rf"(?:{FULL_MONTH_PATTERN})"
DEADLINE = re.compile(
    rf"\b(?:by|before|at|to|for|in|no later than)\s+(?P<d>(?:the\s+)?(?:next|following|future)\s+(?:\w+\s+)?meeting"
    rf"|(?:the\s+)?end\s+of\s+(?:{_MONTH}|the\s+\w+)(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}(?:\s+\d{{4}})?|Q[1-4](?:\s+\d{{4}}(?:/\d{{2}})?)?)\b"
)
OWNER_ACTION = re.compile(r"\b(?:Action|ACTION)\s*[:\-–]\s*(?P<o>[A-Z][^.;\n)]{2,80})")
PARA_LINE = re.compile(r"^\d{1,2}[.)]\s")
PARA_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\s+")  # "1.4 To ensure ..."


# --- line model -------------------------------------------------------------------
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
        self.lines = _lines(doc.text)
        self.line_starts = [ln.start for ln in self.lines]
        self.minutes = self._minutes_spans()
        self.headings = self._minutes_headings()
        self.covers = self._paper_titles()

    # -- where things are
    def line_index(self, offset: int) -> int:
        import bisect

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
            cover = COVER.search(self.text, off, end)
            if cover:
                end = cover.start()
            spans.append((off, end, date))
        if not spans:
            # minutes whose heading the structure pass missed ("OPEN BOARD MEETING MINUTES")
            head = self.text[: self.doc.page_offsets[min(2, len(self.doc.page_offsets) - 1)] + 4000]
            m = MINUTES_TITLE.search(head)
            if m or self.doc.meta.doc_type == "minutes":
                start = m.start() if m else 0
                found = find_dates(self.text[start:start + 600])
                end = len(self.text)
                cover = COVER.search(self.text, start + 1)
                if cover:
                    end = cover.start()
                spans.append((start, end, found[0][1] if found else self.doc.meta.date))
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
    if m and not ITEM_VERB.match(m.group(2)) and not ends_sentence(s):
        return True
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and s.isupper() and len(s.split()) <= 12


# --- sentences and list items ----------------------------------------------------
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
        if stripped.endswith(":"):
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


@dataclass
class _Span:
    start: int
    end: int
    lead_in: str = ""


def _list_items(d: _Doc, after: int, hi: int) -> list[_Span]:
    """Lettered, numbered or bulleted items (or bare "Note ...", "To ...") following an intro."""
    items: list[_Span] = []
    i = d.line_index(after)
    if d.lines[i].start < after:
        rest = d.text[after:d.lines[i].end].strip()
        if rest:
            return []  # the intro sentence goes on: no list
        i += 1
    cur: _Span | None = None
    prev_num: int | None = None
    prev_terminal = True
    while i < len(d.lines) and d.lines[i].start < hi:
        line = d.lines[i]
        s = line.text.strip()
        if not s:
            i += 1
            continue
        if cur is not None and re.fullmatch(r"(?:and|or)\s*[;,]?", s, re.I):
            cur.end = line.start + len(line.text.rstrip())  # "...Appendix A;" / "and" / "• Delegates ..."
            i += 1
            continue
        mark = ITEM_MARK.match(s)
        body = s[mark.end():] if mark else s
        is_item = False
        if mark:
            num = mark.group("num")
            if num is None:
                is_item = True
            elif ITEM_VERB.match(body) or (prev_num is not None and int(num) == prev_num + 1):
                is_item = True
                prev_num = int(num)
            if is_item and num is not None:
                prev_num = int(num)
        elif (cur is None or prev_terminal) and ITEM_VERB.match(s) and not _is_stop(s):
            is_item = True
        if is_item:
            if cur:
                items.append(cur)
            off = line.start + (len(line.text) - len(line.text.lstrip())) + (mark.end() if mark else 0)
            cur = _Span(off, line.start + len(line.text.rstrip()))
        elif cur is not None and not prev_terminal and not _is_stop(s):
            cur.end = line.start + len(line.text.rstrip())
        else:
            break
        prev_terminal = ends_sentence(s) or s.endswith(";")
        i += 1
    if cur:
        items.append(cur)
    return items


def _follows_list(d: _Doc, end: int, hi: int) -> bool:
    """Is the text after ``end`` a list (so the sentence ending there is its lead-in)?"""
    i = d.line_index(end)
    j = i + 1
    while j < len(d.lines) and not d.lines[j].text.strip():
        j += 1
    if j >= len(d.lines) or d.lines[j].start >= hi:
        return False
    nxt = d.lines[j].text.strip()
    m = ITEM_MARK.match(nxt)
    return bool(m and (m.group("num") is None or ITEM_VERB.match(nxt[m.end():]))) or bool(ITEM_VERB.match(nxt))


# --- kinds, owners, deadlines -----------------------------------------------------
_NOTING = re.compile(r"^(?:to\s+)?(?:note|noted|recognise|recognize|acknowledge|receive|received)\b", re.I)
_APPROVING = re.compile(r"^(?:to\s+)?(?:approve|approved|ratify|ratified|endorse|endorsed|adopt)\b", re.I)
_APPROVAL_ANY = re.compile(
    r"\b(?:approve|approved|ratif\w+|endorse|endorsed|adopt|adopted|accepted)\b"
    r"|\b(?:accurate|correct|true) (?:record|account)\b", re.I
)
_NOTED_ANY = re.compile(r"\b(?:noted|note)\b", re.I)


def minutes_kind(text: str) -> str:
    t = squash(text)
    if ACTION.search(t):
        return "action"
    if _NOTING.match(t):
        return "noting"
    if _APPROVING.match(t) or _APPROVAL_ANY.search(t):
        return "approval"
    verb = BODY_VERB.search(t)
    if verb:
        return "noting" if verb.group("verb").lower() == "noted" else "decision"
    if _NOTED_ANY.search(t) and not PASSIVE.search(t):
        return "noting"
    return "decision"


def action_owner(sentence: str) -> str:
    m = OWNER_ACTION.search(sentence)
    if m:
        return m.group("o").strip(" -–")
    m = ACTS.search(sentence)
    if m:
        return squash(re.sub(r"\s+(?:agreed|undertook|offered|promised)\s+to\s*$", "", m.group(0)))
    m = re.search(r"\b(?:was|were)\s+(?:asked|requested|tasked|instructed)\s+to\b", sentence)
    if m and not sentence.lower().startswith("it was"):
        owner = sentence[: m.start()].strip(" ,")
        return owner[:120]
    return ""


def find_deadline(text: str) -> str:
    m = DEADLINE.search(text)
    return squash(m.group("d")) if m else ""


# --- the extractor ----------------------------------------------------------------
class _Collector:
    def __init__(self, d: _Doc) -> None:
        self.d = d
        self.spans: list[tuple[int, int]] = []
        self.out: list[Decision] = []

    def taken(self, a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in self.spans)

    def add(self, a: int, b: int, kind: str, source: str, lead_in: str = "", motion: Motion | None = None) -> None:
        d = self.d
        num = PARA_NUMBER.match(d.text, a, b) or re.compile(r"[•▪●◦*]\s+").match(d.text, a, b)
        if num:
            a = num.end()
        if source == "minutes" and d.text.startswith("This item", a):
            a = _with_heading(d, a)  # "Proportionality Update (Item 11) This item was deferred ..."
        text = squash(d.text[a:b])
        if len(text.split()) < 3 or self.taken(a, b):
            return
        self.spans.append((a, b))
        meta = d.doc.meta
        span = d.minutes_at(a) if source == "minutes" else None
        meeting = span[2] if span else meta.date
        owner = deadline = ""
        if kind == "action":
            owner = action_owner(text)
            deadline = find_deadline(text)
        if motion is not None:
            form, outcome = motion.form, motion.outcome
        elif kind == "action":
            form, outcome = "action", ""
        elif source == "minutes" and (kind == "recommendation" or RECOMMENDED.match(lead_in.strip())):
            form, outcome, kind = "recommendation", "recommended", "recommendation"
        elif source == "minutes":
            form, outcome = classify(text, lead_in, kind)
            kind = kind_v1(form)
        else:
            form, outcome = "recommendation", ""
        item = d.item_at(a, source == "minutes")
        ref = DECISION_REF.search(item) or DECISION_REF.search(text[:200])
        self.out.append(Decision(
            id=decision_id(meta.file, a, text), file=meta.file, page=d.doc.page_at(a), meeting_date=meeting,
            board=meta.board or meta.organisation, item=item, kind=kind, text=text,
            owner=owner, deadline=deadline, visibility=meta.visibility, lead_in=squash(lead_in), source=source,
            char_start=a, title=meta.title, organisation=meta.organisation, form=form, outcome=outcome,
            votes=motion.votes if motion else None, voters=motion.voters if motion else {},
            proposer=motion.proposer if motion else "", seconder=motion.seconder if motion else "",
            ref=ref.group(0) if ref else "", proposed=bool(PROPOSED.search(meta.file + " " + meta.title)),
        ))

    def sentence_or_list(self, pos: int, lo: int, hi: int, source: str, kind: str | None) -> None:
        """The sentence at ``pos``; if it introduces a list, each list item instead."""
        d = self.d
        a = _sentence_start(d, pos, lo)
        b = _sentence_end(d, pos, hi)
        if self.taken(a, b):
            return
        sentence = d.text[a:b]
        if not ends_sentence(sentence) and (sentence.rstrip().endswith(":") or _follows_list(d, b, hi)):
            items = _list_items(d, b, hi)
            if items:
                self.spans.append((a, b))
                for it in items:
                    k = kind or minutes_kind(d.text[it.start:it.end])
                    self.add(it.start, it.end, k, source, lead_in=sentence)
                return
        self.add(a, b, kind or minutes_kind(sentence), source)


def _report_ranges(d: _Doc) -> list[tuple[int, int]]:
    out, pos = [], 0
    for lo, hi, _ in d.minutes:
        if lo > pos:
            out.append((pos, lo))
        pos = max(pos, hi)
    if pos < len(d.text):
        out.append((pos, len(d.text)))
    return out


def extract_decisions(doc: Document) -> list[Decision]:
    """Every decision, noting, approval, action and recommendation in ``doc``, in text order."""
    d = _Doc(doc)
    c = _Collector(d)
    text = d.text
    folded: list[Motion] = []
    for lo, hi, _ in d.minutes:
        folded += _motions(c, lo, hi)
        # RESOLVED blocks first: their items are the formal record
        i = d.line_index(lo)
        while i < len(d.lines) and d.lines[i].start < hi:
            line = d.lines[i]
            m = RESOLVED_LINE.match(line.text.strip())
            if m:
                rest_at = line.start + (len(line.text) - len(line.text.lstrip())) + m.end()
                rest = text[rest_at:line.end].strip()
                if rest and not ITEM_MARK.match(rest):
                    before = len(c.out)
                    c.sentence_or_list(rest_at, rest_at, hi, "minutes",
                                       "recommendation" if RECOMMENDED.match(line.text.strip()) else None)
                    if len(c.out) == before and rest.endswith(":"):
                        _nested_leads(c, line.end, hi)
                else:
                    items = _list_items(d, rest_at if rest else line.end, hi)
                    c.spans.append((line.start, line.end))
                    for it in items:
                        c.add(it.start, it.end, minutes_kind(text[it.start:it.end]), "minutes",
                              lead_in=line.text.strip())
            i += 1
        for pat in (MID_RESOLVED, ACTION, ACTS, BODY_VERB, PASSIVE):
            for m in pat.finditer(text, lo, hi):
                if pat is PASSIVE and not _passive_ok(text, m):
                    continue
                if pat is MID_RESOLVED:
                    # "It was RESOLVED that ...", "... and RESOLVED: ...": the resolution after the word
                    at = m.end() + len(text[m.end():m.end() + 8]) - len(text[m.end():m.end() + 8].lstrip(" :-–"))
                    c.sentence_or_list(at, at, hi, "minutes", None)
                    continue
                c.sentence_or_list(m.start(), lo, hi, "minutes", "action" if pat in (ACTION, ACTS) else None)
    for lo, hi in _report_ranges(d):
        for line_i in range(d.line_index(lo), len(d.lines)):
            line = d.lines[line_i]
            if line.start >= hi:
                break
            if REC_HEADING.match(line.text.strip()):
                _after_rec_heading(c, line_i, hi)
        for pat in (ASK, IT_IS):
            for m in pat.finditer(text, lo, hi):
                a = _sentence_start(d, m.start(), lo)
                if pat is ASK and not BODY_WORD.search(text[a:m.start()]):
                    continue
                if pat is IT_IS and not BODY_WORD.search(text[m.end():m.end() + 120]):
                    continue
                c.sentence_or_list(m.start(), lo, hi, "report", "recommendation")
    records = _drop_debate_notes(d, _dedupe(sorted(c.out, key=lambda r: r.char_start)))
    _credit_proposers(records, folded, d)
    return records


def _nested_leads(c: _Collector, after: int, hi: int) -> None:
    """"RESOLVED that:" followed by its own lead-ins: "This Council believes that: a) ... b) ...",
    "This Council agrees to call on ... to: a) ... b) ...". A statement of belief is one record;
    a lead-in to actions gives one record per item."""
    d = c.d
    i = d.line_index(after) + 1
    while i < len(d.lines) and d.lines[i].start < hi:
        s = d.lines[i].text.strip()
        if not s or re.fullmatch(r"And\s*[;:,]?|Or\s*[;:,]?", s, re.I):
            i += 1
            continue
        if (_is_stop(s) and not s.endswith(":")) or PARA_LINE.match(s) or ITEM_MARK.match(s):
            return
        start = d.lines[i].start
        end = _sentence_end(d, start, hi)
        if not d.text[start:end].rstrip().endswith(":"):
            return
        if re.search(r"\bbelieves?\b", d.text[start:end]):
            items = _list_items(d, end, hi)
            stop = items[-1].end if items else end
            c.add(start, stop, "decision", "minutes")
        else:
            c.sentence_or_list(start, start, hi, "minutes", None)
            items = _list_items(d, end, hi)
            stop = items[-1].end if items else end
        i = d.line_index(stop) + 1


def _with_heading(d: _Doc, a: int) -> int:
    """Start of the short heading lines right above ``a`` (an item deferred names only "This item")."""
    i = d.line_index(a)
    start = a
    for j in range(i - 1, max(-1, i - 4), -1):
        s = d.lines[j].text.strip()
        if not s and j == i - 1:
            continue
        if not s or len(s) > 80 or (ends_sentence(s) and not ITEM_TAG.match(s)):
            break
        start = d.lines[j].start
        if not ITEM_TAG.match(s):
            break
    return start


def _motions(c: _Collector, lo: int, hi: int) -> list[Motion]:
    """Record motions and amendments of each minute; return the proposals folded into a RESOLVED."""
    d = c.d
    cuts = sorted({off for off, _ in d.headings if lo <= off < hi} | {lo, hi})
    folded: list[Motion] = []
    for a, b in zip(cuts, cuts[1:]):
        emit, fold = find_motions(d.text, a, b, d.doc.meta.file)
        for m in emit:
            c.add(m.start, m.end, "decision", "minutes", motion=m)
        # what a folded proposal quotes is repeated by its RESOLVED: no records from the quote
        c.spans += [(m.start, m.end) for m in fold]
        folded += [m for m in fold if m.form != "put"]
    return folded


DEBATE_NOTE = re.compile(r"^(?:Members|Cabinet Members|Councillors|It was)\s+(?:also\s+)?noted\b")


def _drop_debate_notes(d: _Doc, records: list[Decision]) -> list[Decision]:
    """Where an item ends in a RESOLVED, "Members noted that ..." reports the debate, not a decision."""
    resolved_items = set()
    for lo, hi, _ in d.minutes:
        for i in range(d.line_index(lo), len(d.lines)):
            if d.lines[i].start >= hi:
                break
            if RESOLVED_LINE.match(d.lines[i].text.strip()) and d.lines[i].text.strip()[:1] != "(":
                resolved_items.add(d.item_at(d.lines[i].start, True))
    return [r for r in records if not (r.source == "minutes" and r.item and r.item in resolved_items
                                       and DEBATE_NOTE.match(r.text))]


def _credit_proposers(records: list[Decision], folded: list[Motion], d: _Doc) -> None:
    """A resolution names the proposer and seconder of the motion it came from."""
    for r in records:
        if r.proposer or r.source != "minutes":
            continue
        before = [m for m in folded if m.start < r.char_start and d.item_at(m.start, True) == r.item]
        if before:
            r.proposer, r.seconder = before[-1].proposer, before[-1].seconder


def _passive_ok(text: str, m: re.Match[str]) -> bool:
    """Passive decisions in minutes ("It was agreed that", "The minutes ... were agreed as a
    correct record", "The policy was reviewed and adopted by the Board"), but not narrative
    ("had been approved", "to be approved", "was approved by NHS England")."""
    if _NOT_PASSIVE_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
        return False
    if m.group(0).startswith("be") and m.group(0).endswith("accepted"):
        return False  # "Should the Council be accepted into ..." is no decision
    after = text[m.end():m.end() + 60]
    return not re.match(r"\s+by\b", after) or bool(_BY_BODY.match(after))


def _after_rec_heading(c: _Collector, line_i: int, hi: int) -> None:
    """Under a "Recommendations" heading: "That the Board ..." sentences and bare item lists."""
    d = c.d
    j = line_i + 1
    while j < len(d.lines) and not d.lines[j].text.strip():
        j += 1
    if j >= len(d.lines) or d.lines[j].start >= hi:
        return
    first = d.lines[j].text.strip()
    start = d.lines[j].start
    if re.match(r"^That\b", first):
        c.sentence_or_list(start, start, hi, "report", "recommendation")
    elif ITEM_MARK.match(first) and not ASK.search(first):
        for it in _list_items(d, d.lines[line_i].end, hi):
            c.add(it.start, it.end, "recommendation", "report", lead_in=d.lines[line_i].text.strip())


def _dedupe(records: list[Decision]) -> list[Decision]:
    """A cover sheet often repeats the report's recommendations word for word: keep the first."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for r in records:
        key = (r.kind, r.meeting_date, re.sub(r"\W+", " ", r.text.lower()).strip())
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
