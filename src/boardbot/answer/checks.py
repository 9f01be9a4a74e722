"""What makes a quotable unit, and whether the best unit really answers the question asked.

Two checks, on the text the answer would quote (whether it is about the year, body or place the
question names is ``scope.py``'s):

- ``quotable``: a whole sentence or a labelled table row - never a heading, a running
  head, a cover-sheet form ("DATE: ... VERSION: 0.1 CONTACT OFFICER: ...") or a table
  fragment ("Exec Lead – TBC Programme Lead –"), and never a sentence cut at a chunk edge;
- ``has_type``: "how much" needs an amount, "who" a person, role or organisation, "when" a
  date, "where" a place; with the figure or name beside the words asked about (``nearby``).
"""

from __future__ import annotations

import re

from ..records import Hit
from ..text.dates import (
    CLOCK_RE,
    DATE_MENTION_RE,
    MONTHS,
    YEAR_RANGE_RE,
)
from ..text.sentences import ROW_MARK, ends_sentence
from ..text.terms import STOPWORDS
from .nearby import counts_asked, counts_counted, counts_head, figure_about

# Upper-case labels of a cover sheet or form: "DATE:", "CONTACT OFFICER:", "REPORT OF:".
_FORM_LABEL = re.compile(r"\b[A-Z][A-Z/&]{1,}(?: [A-Z/&]{2,}){0,3}:")
_TRAILING_DASH = re.compile(r"[–—-]\s*$")
_LEADER_DOTS = re.compile(r"\.{6,}|…{3,}|(?:\. ){5,}")
_FIGURE = re.compile(r"£\s?\d|\d,\d{3}|\d\s?%")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_LABELLED = re.compile(r"^[A-Z][\w ()/&'’-]{0,40}:\s+\S")
# a minutes cover's field rows, the colon often lost in the text layer: "Place Bury Library"
FIELD_ROW = re.compile(r"^(?:Date|Time|Place|Venue|Location|Chair(?:man|person)?|Present|Attendees|Attendance"
                       r"|Apologies|Title of [Mm]eeting)\b:?[ \t]+\S[^\n]{0,100}$|^(?:Present|Attendees|Attendance)\s*:\s*$")

# "Susan van de Ven", "Ursula von der Leyen": lower-case particles inside a surname
_PARTICLES = r"(?:(?: (?:van|von|de|der|den|da|di|du|le|la))+ [A-Z][a-z'’-]+)?"
# a capitalised verb after a name is no part of it: "Mr Gough Seconded the following motion"
_VERB_AFTER = r"(?!Seconded\b|Proposed\b|Moved\b|Said\b|Asked\b|Agreed\b|Noted\b|Explained\b|Reported\b)"
NAME_RE = re.compile(
    rf"\b(?:Cllr|Councillor|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.?(?: [A-Z]\.?)*(?: {_VERB_AFTER}[A-Z][a-z'’-]+){{1,2}}"
    rf"{_PARTICLES}"
    r"|\b[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-z'’-]+(?=,| –| -| \(|\s*$)"
    # a form's labelled field: "Name: Val Thomas Post: Deputy Director ..."
    r"|(?<=Name: )[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-z'’-]+"
    # a note's action owner by initials, opening the line or after its label: "1 JG will communicate ...",
    # "Action: LB to circulate ..."
    r"|(?:^|(?<=\d )|(?<=\d\. )|(?<=: ))[A-Z]{2,3}(?= (?:will|to|has|had|agreed|confirmed|said|noted|asked"
    r"|explained|reported|presented|advised)\b)"
)
ROLE_RE = re.compile(
    r"\b(?:(?:Corporate |Executive |Strategic |Deputy |Assistant )?Director(?: of| for)?(?: [A-Z][a-z]+| and| &){0,5}"
    r"|Chief Executive|Chief [A-Z][a-z]+ Officer|Chair(?:man)?|Vice[- ]Chair(?:man)?|Leader of the Council"
    r"|Cabinet Member(?: for)?(?: [A-Z][a-z]+| and| &){0,5}|Head of(?: [A-Z][a-z]+| and| &){1,4}"
    r"|[A-Z][a-z]+ (?:Manager|Officer|Lead|Champion))"
)
# a measured quantity answers "how much waste / land / energy" as a sum of money answers "how much funding"
_MEASURE_UNIT = r"(?:kg|kilograms?|tonnes?|tons|litres?|km|kilometres?|miles?|hectares?|ha|acres?|MW|GW|kWh|MWh|GWh)"
AMOUNT_RE = re.compile(
    r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:million|billion|bn|m|k|M|K)?\b"
    rf"|\b\d[\d,]*(?:\.\d+)?\s?{_MEASURE_UNIT}\b"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:%|per cent|percent)"
    r"|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\s?(?:million|billion|bn)\b"
    r"|\b\d+(?:\.\d+)?\b"
)
PLACE_RE = re.compile(
    r"\b(?:[A-Z][a-z]+ )*(?:Room|Hall|House|Centre|Center|Chamber|Library|Offices|Building|Hub|Suite)\b"
    r"(?:,? [A-Z][a-z]+)*|\b(?:Street|Road|Lane)\b|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b"
)
_HOW_MUCH = re.compile(r"\bhow much\b|\bcost\b|\bvalue\b|\bspend\b|\bbudget\b|£", re.I)
# a price, a sum raised or spent: asked in money, so a percentage or a bare count is no answer
_PRICE_ASK = re.compile(r"\bworth\b|\bcost(?:s|ing)?\b|\bprice\b|\bpaid\b|\bspen(?:d|ds|ding|t)\b|\braised?\b|\bvalue of\b|£",
                        re.I)
_CURRENCY = re.compile(r"£|\$|€|\bmillion\b|\bbillion\b|\bbn\b|\dm\b|\d\s?k\b|\bpounds\b", re.I)
_MONEY = re.compile(rf"£|%|per cent|percent|million|billion|bn|\bm\b|\d[kK]\b|\d,\d{{3}}|\d\s?{_MEASURE_UNIT}\b")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z(]")
_LIST_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?\s")
# "... priorities. 2. Reducing drug deaths": a list number inside a flattened list
_ENUMERATOR = re.compile(r"[.)]\s+[A-Z(]")
_BRACKETED_ITEM = re.compile(r"\)\s+[A-Z]")
_VOTE_BEFORE = re.compile(r"\b(?:For|Against|Abstain|Abstained|Abstentions?|Absent|Ayes|Noes|Carried|Lost)\s*\($", re.I)
_AFTER_BREAK = re.compile(r"(?:^|[.;:!?)])\s*\(?$")
_REFERENCE_BEFORE = re.compile(r"\b(?:items?|paragraphs?|paras?|appendix|appendices|annex|sections?|tables?|pages?"
                               r"|minutes?|schedule|chapter|question|no\.?|debate|motion|option|phase|stage|part|step"
                               r"|category|cat|tier|level|priority|version|recommendation)\s*$", re.I)
_NAME_BEFORE = re.compile(r"(?<=[a-z,]\s)([A-Z][a-z]+)\s$")
_PLACE_LED = re.compile(r"\b(?i:for|in|across|within)\s$")
_SHORT_YEARS = re.compile(r"\b(\d\d)/(\d\d)\b")  # "20/21 onwards": a financial year, not a figure
_PER_BEFORE = re.compile(r"\bper\s+$", re.I)
_UNIT_AFTER = re.compile(r"-(?:[a-z]+)\b")
_SHARE = re.compile(r"\bpercentage\b|\bproportion\b|\bshare of\b|\bwhat share\b|\bper cent\b", re.I)
_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b", re.I)
_NOT_COUNT = re.compile(r"£|%|per ?cent", re.I)
_HOW_MUCH = re.compile(r"\bhow much\b", re.I)
_RATE_WORDS = re.compile(r"\b(?:rate|per ?cent|percentage|proportion|share|rise|rises|rose|increase|increased|fall|fell"
                         r"|decrease|decreased|reduce|reduced|reduction|change|changed|growth|grow|grew|grown|up|down|uplift)\b"
                         r"|%", re.I)
# a figure told as a change ("has increased by £22.8m", "a rise of 7%") is no level
_CHANGE_BEFORE = re.compile(r"\b(?:increased|decreased|rose|risen|fell|fallen|reduced|grown|up|down|higher|lower|more|less)"
                            r"\s+by\s*$|\b(?:increase|rise|reduction|decrease|fall|uplift|growth)\s+of\s*$", re.I)


def sum_asked(question: str) -> bool:
    """ "How much did KCC have invested": a sum is asked, not a rate or a change (those may be percentages)."""
    return (bool(_HOW_MUCH.search(question)) and not _RATE_WORDS.search(question)
            and not re.search(r"\bby how much\b", question, re.I))


def level_figures(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The figures of ``spans`` that give a level: not a percentage, not a change ("increased by £22.8m")."""
    return [(a, b) for a, b in spans if "%" not in text[a:b] and "per cent" not in text[a:b]
            and not _CHANGE_BEFORE.search(text[max(0, a - 30):a])]
_WORD_NUMBER = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                          r"|forty|fifty|hundred)\b", re.I)

_ON_WHAT_DATE = re.compile(r"\b(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?(?:date|day)\b", re.I)


def quotable(text: str) -> bool:
    """Whether ``text`` reads as something to quote: a sentence or a labelled row, not a heading or form."""
    # a bullet is layout: "• Partnership Lead: Dan Barritt, ..." is a labelled row like any other
    t = re.sub(r"^[•·▪◦●*–-]\s+", "", text.strip())
    if not t:
        return False
    if len(_FORM_LABEL.findall(t)) >= 2:
        return False  # "DATE: ... VERSION: 0.1 CONTACT OFFICER: ..."
    if _TRAILING_DASH.search(t):
        return False  # "Exec Lead – TBC Programme Lead –"
    if _LEADER_DOTS.search(t):
        return False  # a contents line: "Kent Events ........ 11"
    if ROW_MARK in t:
        cells = [c for c in t.split(ROW_MARK) if c.strip()]
        return len(cells) >= 2 and any(c.strip() for c in cells[1:])
    if re.match(r"[A-Z][a-z]+ed by [A-Z]", t) or re.match(r"[A-Z][a-z]+ed by the [A-Z]", t):
        return True  # "Chaired by the Chair of Blackpool Teaching Hospital", "Presented by Professor Craig Harris"
    if ends_sentence(t) and (len(_LOWER_WORD.findall(t)) >= 2 or re.search(r"\d", t)):
        return True
    if _LABELLED.match(t) or FIELD_ROW.match(t.split("\n", 1)[0]):
        return True  # "From: Jyoti Atri, Director of Public Health", "Venue: Bury Library", "Place Bury Library"
    if NAME_RE.search(t) and ROLE_RE.search(t) and ("," in t or " and " in t):
        return True  # people and their posts: "Natalia Merritt, Co-Chair ... and Brian Horton, Chair Kent Housing Group"
    if _FIGURE.search(t) and len(_LOWER_WORD.findall(t)) + len(re.findall(r"\b[A-Z][a-z]+\b", t)) >= 3:
        return True  # a flattened table row: "Total BCF Pooled Fund £69,194,189"
    # no terminal punctuation and no label: a heading or running head unless it reads as prose
    # ("The meeting ended at 2.40 pm" - headings carry few lower-case words)
    lower = len(_LOWER_WORD.findall(t))
    return lower >= 5 or (lower >= 2 and bool(re.search(r"\d", t)))


def cut_at_edge(hit: Hit, start: int, end: int) -> bool:
    """A sentence cut by the chunk boundary: it continues from the previous chunk or into the next."""
    text = hit.text
    head = text[:start].strip()
    body = text[start:end].strip()
    if not body:
        return True
    if not head and hit.metadata.get("char_start", 0) > 0 and body[0].islower():
        return True
    tail = text[end:].strip()
    return not tail and not ends_sentence(body) and ROW_MARK not in body and not _LABELLED.match(body) \
        and len(body.split()) > 12


def amounts(text: str, exclude: str = "") -> list[tuple[int, int]]:
    """Spans of figures in ``text``: not the digits of a date, a year or a figure the question gave."""
    taken = [m.span() for r in (DATE_MENTION_RE, YEAR_RANGE_RE) for m in r.finditer(text)]
    taken += [m.span() for m in _SHORT_YEARS.finditer(text) if int(m.group(2)) == int(m.group(1)) + 1]
    given = set(re.findall(r"\d[\d,.]*", exclude))
    # "how much" asks for money or a share, not a count: "5" of "5. Income and Expenditure" is no answer
    money = bool(_HOW_MUCH.search(exclude))
    currency = bool(_PRICE_ASK.search(exclude)) and not _SHARE.search(exclude) and "how much of" not in exclude.lower()
    out = []
    for m in AMOUNT_RE.finditer(text):
        a, b = m.span()
        if any(x <= a < y or x < b <= y for x, y in taken):
            continue
        if (_LIST_NUMBER.match(text[a:]) and not text[:a].strip(" (")) or _SECTION_NUMBER.match(text[a:]):
            continue  # "5. Income and Expenditure", "9) The Remembrance", "1.1 The Better Care Fund": paragraph numbers
        if _ENUMERATOR.match(text, b) and _AFTER_BREAK.search(text[max(0, a - 3):a]):
            continue  # "... early intervention. 2. Reducing deaths": a list's numbers, not counts
        if _BRACKETED_ITEM.match(text, b) and text[a - 1:a] == "(" and not _VOTE_BEFORE.search(text[max(0, a - 16):a]):
            continue  # "Devolution White Paper (2) Comment that ...": a flattened list's number; "For (14) Mr ..." counts
        if money and not _MONEY.search(m.group(0)):
            continue
        if currency and not _CURRENCY.search(m.group(0)):
            continue  # "how much is the contract worth": "100% of textile waste" is no price
        if _PER_BEFORE.search(text[max(0, a - 6):a]) and "£" not in m.group(0):
            continue  # "rate per 100,000 population": what a rate is counted in, not the rate
        if re.search(r"\d\.$", text[max(0, a - 2):a]):
            continue  # the "1" of "2.2.1 The Conference": the tail of a section's number, cut off by the pattern
        if _REFERENCE_BEFORE.search(text[max(0, a - 12):a]):
            continue  # "item 12", "paragraph 3.2", "Appendix 1", "Table 6.1": where something is, not a figure
        if re.fullmatch(r"\d+", m.group(0)) and (w := _NAME_BEFORE.search(text[max(0, a - 24):a])) \
                and w.group(1).lower() not in MONTHS and not _PLACE_LED.search(text[max(0, a - 40):a - len(w.group(0))]):
            continue  # "The Tommy 105 birthday event", "Route 66": part of a name, not a figure
            # ("For Peterborough 851 started": a place's figure)
        if re.match(r"\+\s*[A-Z]", text[b:b + 3]):
            continue  # "an 18+ Care Leaver Event", "the 50+ Forum": a name's age band, not a count
        if _UNIT_AFTER.match(text, b) and not _MONEY.search(m.group(0)):
            continue  # "a 10-year plan", "a 24-hour service": a kind of thing, not how many
        digits = re.search(r"\d[\d,.]*", m.group(0))
        if digits and re.match(r"0\d", digits.group(0)):
            continue  # "24/00093", "Ref 0042": a reference's zero-padded number, never a count or sum
        if digits and digits.group(0).rstrip(".,") in given:
            continue
        out.append((a, b))
    return out


# "Wellbeing Board (" reads as a name to the pattern; a body is not the person asked for
_ORG_WORD = re.compile(r"\b(?:Board|Council|Committee|Partnership|Plan|Fund|Care|Health|Trust|Group|Team|Service"
                       r"|Update|Year|Report|Review|Strategy|Programme|Subgroup|Forum|Panel|Unit|Alliance|Collaborative|Protocol"
                       r"|Scheme|Project|Grant|Option|Leaver"
                       # form and template labels ("Question Completion", "Version Control") are not people
                       r"|Question|Completion|Template|Checklist|Version|Control|Section|Appendix|Table|Page)s?\b")
HONORIFIC = re.compile(r"(?:Cllr|Councillor|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\b")
# two capitalised words that name a place or a thing, not a person ("County Hall", "Limited Debate")
_NOT_PERSON = re.compile(r"\b(?:Hall|House|Centre|Center|Chamber|Room|Road|Street|Lane|Way|Avenue|Close|Drive|Park|Campus|University|College"
                         r"|School|Library|Barracks|Cathedral|Church|Debate|Limited|Ltd|Motion|Item|Agenda|Minutes"
                         r"|Meeting|Amendment|Recommendation|Decision|Budget|Policy|Statement"
                         # ... or a role, a unit or a kind of thing ("Care Manager", "Output Area")
                         r"|Area|Manager|Development|Authority|Chief|Officer|Director|Lead|Member|Network|System"
                         r"|Unit|Office|Department|Directorate|Executive|Deputy|Head|Commissioner|Provider|Commander|Champion"
                         r"|Adviser|Advisor|Coordinator|Co-ordinator|Representative"
                         r"|Population|Workforce|Finance|Estate|Contract|Framework|Standard|Target|Outcome)s?\b")


def persons(text: str, question: str = "") -> list[re.Match[str]]:
    """The people ``text`` names that ``question`` does not: a titled name, or two capitalised words
    that are not a body, a place, a role or a thing ("Forward Plan (", "County Hall")."""
    asked = question.lower()
    return [m for m in NAME_RE.finditer(text)
            if m.group(0).strip().lower() not in asked and not _ORG_WORD.search(m.group(0))
            and (HONORIFIC.match(m.group(0)) or not _NOT_PERSON.search(m.group(0)))]


# "Who is the Chief Executive of ...", "Who is KCC's Chief Analyst?": who holds a post the question names
_HOLDER = re.compile(r"\s*who\s+(?:is|was|will\s+be)\s+(?:the\s+|[\w&-]+['’]s\s+)?(?:new\s+|current\s+|interim\s+"
                     r"|acting\s+|newly\s+appointed\s+)?(?:[A-Z][\w&-]*\s+){0,4}?(?:Chair|Chairman|Chairwoman|Vice-Chair"
                     r"|Chief|Director|Leader|Head|Manager|Officer|Lead|Secretary|Clerk|Treasurer|President|Mayor"
                     r"|Champion|Commissioner|Analyst|Monitoring)\b", re.I)


# "Who chairs the Board?", "Who will chair ...": a meeting is chaired by a person, never by a body or a plan
_CHAIRS = re.compile(r"\s*who\s+(?:will\s+|would\s+|now\s+|currently\s+)?(?:chairs?|chaired|presides?|presided)\b", re.I)


_CHAIRED_BY = re.compile(r"\b(?i:chaired by|chair(?:man|person)?:)\s+(?:the\s+)?[A-Z]")


def role_asked(question: str) -> str:
    """The post a "who is the ..." question names ("Who is the Partnership Lead for ...": Partnership Lead), or ''."""
    m = _HOLDER.match(question)
    if not m:
        return "Chair" if _CHAIRS.match(question) else ""
    words = re.sub(r"^\s*who\s+(?:is|was|will\s+be)\s+", "", m.group(0), flags=re.I).split()
    keep = [w for w in words if w.lower() not in {"the", "new", "current", "interim", "acting", "newly", "appointed"}
            and not w.endswith(("'s", "’s"))]
    rest = re.match(r"(?:\s+[A-Z][\w&-]*)*", question[m.end():])  # "Chief" + "Executive"
    return " ".join(keep) + (rest.group(0) if rest else "")


def titled(text: str, m: re.Match[str], role: str) -> bool:
    """Whether the person ``m`` in ``text`` is printed with the post: "Harry Rayner – MEM (Chair)", "Chair: Cllr X"."""
    post = re.escape(role)
    return bool(re.match(rf"\s*(?:[–-]\s*[A-Z]{{2,5}}\s*)?\(\s*{post}", text[m.end():], re.I)
                or re.search(rf"\b{post}(?:man|person|woman)?\s*[:–-]\s*$", text[max(0, m.start() - 30):m.start()], re.I))


# the body a post is of: "Chair of the Finance & Review Group"
_POST_OF = re.compile(r"(?:man|person|woman)?\s+of\s+(?:the\s+)?((?:[A-Z][\w&'’-]*\s*(?:(?:&|and|for|of)\s+)?){1,6})")


def holder_beside(text: str, role: str, question: str = "") -> bool:
    """Whether ``text`` names a person right beside the post asked about: "Partnership Lead: Dan Barritt",
    "Amanda Jupp, Chair of ...", "Chaired by Cllr ..."."""
    asked = question.lower()
    for m in re.finditer(re.escape(role), text, re.I):
        of = _POST_OF.match(text, m.end())
        if of and question and not any(w.lower() in asked for w in re.findall(r"[A-Za-z]{3,}", of.group(1))
                                       if w.lower() not in STOPWORDS):
            continue  # "Mr Spence served as Chair of the Finance & Review Group": another body's chair
        bracketed = text[m.start() - 1:m.start()] == "("
        lo = max(0, m.start() - (150 if bracketed else 45))
        near = text[lo:m.end() + 45]
        found = persons(near, question)
        before = [p for p in found if lo + p.end() <= m.start()]
        if bracketed and before:
            return True  # "Cllr Susan van de Ven Vice-Chair of ... – Cambridgeshire County Council (Chair)": a row's post
        for p in found:
            a, b = lo + p.start(), lo + p.end()
            # the holder stands in apposition with the post ("The Chairman, Mr Sweetland,", "Chair: Cllr X",
            # "X was appointed as Chair"), not as the object of what the post holder did ("The Chairman
            # advised that tributes to Mr Bullock ...")
            gap = text[b:m.start()] if b <= m.start() else text[_post_end(text, m.end()):a]
            if _APPOSED.fullmatch(gap):
                return True
    return False


# what may stand between a post and its holder
_APPOSED = re.compile(r"[\s,:;()–-]*(?:(?:is|was|as|has|have|been|had|be|will|appointed|elected|became|becomes|serves|"
                      r"served|named|the|new|interim|acting|current|our|their|its|(?-i:[A-Z]{2,5}))\b[\s,:;()–-]*)*", re.I)


def _post_end(text: str, end: int) -> int:
    """The end of a post's name: "Chairman" past "man", "Director of Public Health" past its words."""
    m = re.match(r"(?:man|person|woman)?(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s*(?:(?:&|and)\s+)?)+)?", text[end:])
    return end + (m.end() if m else 0)


def counts_thing(text: str, question: str) -> bool:
    """Whether some figure in ``text`` stands beside the very thing a "how many" question counts."""
    return any(counts_head(text, a, b, question) for a, b in amounts(text, question))


def has_type(qtype: str, text: str, question: str = "") -> bool:
    """Whether ``text`` holds the kind of thing the question asks for."""
    if qtype == "amount":
        # "(LEVI) [1]": a footnote mark is no figure
        found = [(a, b) for a, b in amounts(text, question) if not (text[a - 1:a] == "[" and text[b:b + 1] == "]")]
        if _SHARE.search(question):
            # a share of the thing asked about: "76% of patients seen within 4 hours" is no answer on smoking
            return any(("%" in text[a:b] or "per cent" in text[a:b]) and counts_asked(text, a, b, question)
                       for a, b in found)
        if _HOW_MANY.search(question):
            # a count of the thing asked about: "119 long-term empty homes", "Against (37)", not "50+ organisations"
            # ... a whole count: "10% of excess winter deaths" says what share, not how many
            return any(counts_counted(text, a, b, question) and not _NOT_COUNT.search(text[a:b])
                       for a, b in found) or any(counts_counted(text, *m.span(), question)
                                                 for m in _WORD_NUMBER.finditer(text) if not _UNIT_AFTER.match(text, m.end()))
        # a lone digit is a list number or a footnote mark ("1. Context", "(CDP)1."), not the sum asked for
        found = [(a, b) for a, b in found if not re.fullmatch(r"\d", text[a:b].strip())]
        # ... and a figure of what was asked about, not of the place or year alone
        found = [(a, b) for a, b in found if figure_about(text, a, b, question)]
        if sum_asked(question):
            return bool(level_figures(text, found))
        return bool(found)
    if qtype == "who":
        if re.match(r"\s*which\b", question, re.I):
            return True  # "which organisation / body": any name will do, and bodies have no pattern
        # a role the question names itself ("Who is the newly appointed Director of Population Health?")
        # is not who holds it
        asked = question.lower()
        if _CHAIRS.match(question):
            # "Who chairs the Delivery Group?": the one printed as its chair ("Chaired by Cllr X", "X (Chair)"),
            # not whoever presented the paper about it
            # ... or the post that chairs it: "Chaired by Executive Member for Adults and Health"
            return holder_beside(text, "chair", question) or bool(_CHAIRED_BY.search(text))
        if _HOLDER.match(question):
            # "Who is the Chair of the ICB?": the role is asked, so a person answers it; "the Joint
            # Forward Plan" is two capitalised words but names no one
            return bool(persons(text, question))
        return bool(NAME_RE.search(text) or any(m.group(0).lower() not in asked for m in ROLE_RE.finditer(text))
                    or _new_names(text, question) or _new_capitals(text, question))
    if qtype == "when":
        if not event_named(text, question):
            return False  # a date of another event: "established in July 2022" for "when did it approve"
        # a date the question gives is no answer to it: "the Plan 2024-2039" for "when were the hearings
        # on the Plan 2024-2039 held?"
        given = question.lower()
        mentions = [m.group(0) for m in DATE_MENTION_RE.finditer(text) if m.group(0).lower() not in given]
        if _ON_WHAT_DATE.search(question):
            # a day asked for: "3rd December" or "March 2024" answers it, a bare year does not
            return any(re.search(r"[A-Za-z/]", m) for m in mentions)
        # "by when": a deadline may be a time ("by 10am two days before the meeting")
        return bool(mentions) or bool(CLOCK_RE.search(text))
    if qtype == "time":
        return bool(CLOCK_RE.search(text))
    if qtype == "where":
        return bool(PLACE_RE.search(text)) or _named_place(text, question)
    return True


# "held at the Kent Showground", "within Doddington", "HELD AT ISLINGTON TOWN HALL": a name after a word of place
_AT_NAME = re.compile(r"\b(?i:at|in|within|to|hosted by|venue|location)\s+(?:the\s+)?((?:[A-Z][A-Za-z'’-]+\s*){1,4})")


def _named_place(text: str, question: str) -> bool:
    """Whether ``text`` names a place the question does not: a capitalised name after "at", "in", "within"."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z'’-]+", question)}
    for m in _AT_NAME.finditer(text):
        words = [re.sub(r"['’]s?$", "", w) for w in m.group(1).split()]
        if not words[0][:1].isupper() or any(p.start() == 0 for p in persons(text[m.start(1):m.start(1) + 60])):
            # "send your comments to Alison Thomson, Public Health Lead": a person, not a place ("in
            # Portsmouth, Kent based EC Safety Solutions ...": a place, whoever follows it)
            continue
        if re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, m.start() - 20):m.start()]) and _ORG_WORD.search(m.group(1)):
            continue  # "the Children in Care Council": inside a body's name, no place ("HMS Warrior in Portsmouth" is)
        if any(w.lower() not in asked and w.lower() not in MONTHS and w.lower() not in _NOT_PLACE_WORDS for w in words):
            return True
    return False


_NOT_PLACE_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                             "june july august september october november december quarter q1 q2 q3 q4 the a an this that "
                             "appendix section item table annex part phase stage".split())


# What a "when" question asks the date of: the act it names. A sentence dating another act does not
# answer it, whatever date it gives. Matched by the word's start, so that a noun of the act counts
# ("repay" / "repayment", "formed" / "formation", "submitted" / "submission").
_EVENTS = re.compile(r"\b(?:(approv|adopt|agree|publish|submi|sign|form|establish|creat|appoint|elect|launch|repa"
                     r"|introduc|implement|award|announc|open|clos|conclud|expir|commenc|complet)\w*"
                     r"|(?:go|goes|going|gone|went) (live)|(?:set|sets|setting) (up)|(found)ed"
                     r"|\b(start|began|begin|begins|beginning)\b|\b(held|hold|holds|holding)\b"
                     r"|\b(end|ends|ended|ending|until)\b)", re.I)
# one act, told in other words: a body "set up" in the question is "established" or "formed" in the papers
_SAME_EVENT = {"form": "establish", "creat": "establish", "up": "establish", "found": "establish",
               "conclud": "clos", "expir": "clos", "commenc": "start", "began": "start", "begin": "start",
               "begins": "start", "beginning": "start", "hold": "held", "holds": "held", "holding": "held",
               # what closes runs until a day: "due to run for eight weeks until 12th March"
               "end": "clos", "ends": "clos", "ended": "clos", "ending": "clos", "until": "clos"}


def _events(text: str) -> set[str]:
    return {_SAME_EVENT.get(e, e) for m in _EVENTS.finditer(text) for e in [next(g for g in m.groups() if g).lower()]}


def event_named(text: str, question: str) -> bool:
    """Whether ``text`` names the act a "when" question asks the date of (true when it names none)."""
    asked = _events(question)
    return not asked or bool(asked & _events(text))


def _new_names(text: str, question: str) -> bool:
    """Two capitalised words in a row, not the question's own words ("Oliver Hayward oliver.hayward@...")."""
    asked = question.lower()
    return any(m.group(1).lower() not in asked and m.group(2).lower() not in asked
               for m in re.finditer(r"(?<=[a-z,;:)] )([A-Z][a-z]+) ([A-Z][a-z]+)\b", text))


def _new_capitals(text: str, question: str) -> bool:
    """A capitalised word the question does not use, inside a sentence: an organisation ("King and
    Shaxson acts as the Council's broker") answers a "who" as well as a person does."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    return any(m.group(0).lower() not in asked and m.group(0).lower() not in MONTHS
               for m in re.finditer(r"(?<=[a-z,;:)] )[A-Z][a-z]{2,}\b", text))


