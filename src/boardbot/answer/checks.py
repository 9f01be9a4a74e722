"""What makes a quotable unit, and whether the best unit really answers the question asked.

Three checks, all on the text the answer would quote:

- ``quotable``: a whole sentence or a labelled table row - never a heading, a running
  head, a cover-sheet form ("DATE: ... VERSION: 0.1 CONTACT OFFICER: ...") or a table
  fragment ("Exec Lead – TBC Programme Lead –"), and never a sentence cut at a chunk edge;
- ``has_type``: "how much" needs an amount, "who" a person or role, "when" a date,
  "where" a place;
- ``missing_qualifiers``: the years, dates and named bodies or places in the question must
  appear in the sentence, its section or its paper's metadata ("Medway" in a question about
  Kent's figures, "2022-23" against a 2023-24 figure are near misses, not answers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Hit
from ..search.rerank import ALTERNATIVES
from ..text.dates import (
    DATE_MENTION_RE,
    DATE_RE,
    MONTH_YEAR_RE,
    MONTHS,
    YEAR_RANGE_RE,
    YEAR_RE,
    find_dates,
    months_named,
)
from ..text.sentences import ROW_MARK, ends_sentence
from ..text.stemming import stem, stems_of
from ..text.terms import STOPWORDS, query_terms

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
NAME_RE = re.compile(
    r"\b(?:Cllr|Councillor|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.?(?: [A-Z]\.?)*(?: [A-Z][a-z'’-]+){1,2}"
    rf"{_PARTICLES}"
    r"|\b[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-z'’-]+(?=,| –| -| \(|\s*$)"
)
ROLE_RE = re.compile(
    r"\b(?:(?:Corporate |Executive |Strategic |Deputy |Assistant )?Director(?: of| for)?(?: [A-Z][a-z]+| and| &){0,5}"
    r"|Chief Executive|Chief [A-Z][a-z]+ Officer|Chair(?:man)?|Vice[- ]Chair(?:man)?|Leader of the Council"
    r"|Cabinet Member(?: for)?(?: [A-Z][a-z]+| and| &){0,5}|Head of(?: [A-Z][a-z]+| and| &){1,4}"
    r"|[A-Z][a-z]+ (?:Manager|Officer|Lead|Champion))"
)
AMOUNT_RE = re.compile(
    r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:million|billion|bn|m|k)?\b"
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
_PRICE_ASK = re.compile(r"\bworth\b|\bcosts?\b|\bprice\b|\bpaid\b|\bspen[dt]\b|\braised?\b|\bvalue of\b|£", re.I)
_CURRENCY = re.compile(r"£|\$|€|\bmillion\b|\bbillion\b|\bbn\b|\dm\b|\d\s?k\b|\bpounds\b", re.I)
_MONEY = re.compile(r"£|%|per cent|percent|million|billion|bn|\bm\b|\dk\b|\d,\d{3}")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z(]")
_LIST_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?\s")
# "... priorities. 2. Reducing drug deaths": a list number inside a flattened list
_ENUMERATOR = re.compile(r"[.)]\s+[A-Z(]")
_AFTER_BREAK = re.compile(r"(?:^|[.;:!?)])\s*\(?$")
_REFERENCE_BEFORE = re.compile(r"\b(?:items?|paragraphs?|paras?|appendix|appendices|annex|sections?|tables?|pages?"
                               r"|minutes?|schedule|chapter|question|no\.?|debate|motion|option|phase|stage|part|step"
                               r"|category|cat|tier|level|priority|version|recommendation)\s*$", re.I)
_NAME_BEFORE = re.compile(r"(?<=[a-z,]\s)([A-Z][a-z]+)\s$")
_SHORT_YEARS = re.compile(r"\b(\d\d)/(\d\d)\b")  # "20/21 onwards": a financial year, not a figure
_PER_BEFORE = re.compile(r"\bper\s+$", re.I)
_UNIT_AFTER = re.compile(r"-(?:[a-z]+)\b")
_SHARE = re.compile(r"\bpercentage\b|\bproportion\b|\bshare of\b|\bwhat share\b|\bper cent\b", re.I)
_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b", re.I)
_COUNT_STOP = frozenset({"mani", "many", "how", "number", "total", "much"})
_WORD_NUMBER = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                          r"|forty|fifty|hundred)\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b|\bnoon\b", re.I)

# Capitalised question words that name what the question is about, not where or who it is scoped to.
_GENERIC = frozenset(
    """what who whom whose when where which why how is are was were did does do the a an in on of for to
    council county cabinet committee board meeting minutes report appendix item paper papers annual plan
    q1 q2 q3 q4 quarter strategy programme policy budget i""".split()
)
_QUARTER = re.compile(r"\b(?:Q|Quarter\s*)([1-4])\b", re.I)
_BODY_NEXT = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,3}?(?:Council|County|Borough|City|Board|Committee|ICB|ICS|Trust"
                        r"|Cabinet|[Pp]artnership|Authority)\b")
# "in Blackpool", "for the Council", and the subject of "does Medway have", "did Suffolk spend"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|for|across|within|from|(?:does|did|do|has|have|had|will|would|is|was))\s+(?:the\s+)?$")
_BY_DATE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?P<month>" + "|".join(m.title() for m in MONTHS if len(m) > 3)
                      + r")\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)
_ON_WHAT_DATE = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.I)
_DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:[A-Za-z]+\s+)?$", re.I)
_CAP_WORD = re.compile(r"\b[A-Z][a-zA-Z'’&-]+\b")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_SPELLED_OUT = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][a-z]+){1,6}")
_COMPASS = re.compile(r"(?:North|South|East|West|Mid|Central)[- ]")
_COMPASS_PLACE = re.compile(r"\b(?:North|South|East|West|Mid|Central)[- ][A-Z][a-z]+(?:['’]s)?\b")


def quotable(text: str) -> bool:
    """Whether ``text`` reads as something to quote: a sentence or a labelled row, not a heading or form."""
    t = text.strip()
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
    if ends_sentence(t):
        return len(_LOWER_WORD.findall(t)) >= 2 or bool(re.search(r"\d", t))
    if _LABELLED.match(t) or FIELD_ROW.match(t.split("\n", 1)[0]):
        return True  # "From: Jyoti Atri, Director of Public Health", "Venue: Bury Library", "Place Bury Library"
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
        if money and not _MONEY.search(m.group(0)):
            continue
        if currency and not _CURRENCY.search(m.group(0)):
            continue  # "how much is the contract worth": "100% of textile waste" is no price
        if _PER_BEFORE.search(text[max(0, a - 6):a]) and "£" not in m.group(0):
            continue  # "rate per 100,000 population": what a rate is counted in, not the rate
        if _REFERENCE_BEFORE.search(text[max(0, a - 12):a]):
            continue  # "item 12", "paragraph 3.2", "Appendix 1", "Table 6.1": where something is, not a figure
        if re.fullmatch(r"\d+", m.group(0)) and (w := _NAME_BEFORE.search(text[max(0, a - 24):a])) \
                and w.group(1).lower() not in MONTHS:
            continue  # "The Tommy 105 birthday event", "Route 66": part of a name, not a figure
        if _UNIT_AFTER.match(text, b) and not _MONEY.search(m.group(0)):
            continue  # "a 10-year plan", "a 24-hour service": a kind of thing, not how many
        digits = re.search(r"\d[\d,.]*", m.group(0))
        if digits and digits.group(0).rstrip(".,") in given:
            continue
        out.append((a, b))
    return out


def counts_asked(text: str, a: int, b: int, question: str) -> bool:
    """Whether a question word is within four words of the figure at ``text[a:b]``."""
    asked = {stem(w) for w in query_terms(question)} - _COUNT_STOP
    asked |= {alt for a in asked for alt in ALTERNATIVES.get(a, ())}  # "wrote" is met by "Author:"
    near = " ".join(text[:a].split()[-4:] + text[b:].split()[:4])
    return bool(asked & stems_of(near))


_COUNTED = re.compile(r"\bhow\s+many\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I)
_COUNT_BREAK = frozenset("were was did does do are is have has had will would can could in of at on for from with by to the "
                         "a an that who which".split())
_PLURAL_ODD = frozenset({"people", "children", "staff", "men", "women", "personnel", "police"})


def counted_noun(question: str) -> str:
    """The stem of what a "how many" question counts ("how many long-term empty homes did ..." -> "home")."""
    m = _COUNTED.search(question)
    if not m:
        return ""
    words: list[str] = []
    for w in m.group(1).split():
        if w.lower() in _COUNT_BREAK:
            break
        words.append(w)
    head = next((w for w in words if w.lower() in _PLURAL_ODD or (len(w) > 3 and w.lower().endswith("s"))),
                words[-1] if words else "")
    return stem(head.lower().strip("'’")) if head else ""


def counts_head(text: str, a: int, b: int, question: str) -> bool:
    """Whether what a "how many" question counts stands within four words of the figure at ``text[a:b]``."""
    head = counted_noun(question)
    near = " ".join(text[:a].split()[-4:] + text[b:].split()[:4])
    return bool(head) and head in stems_of(near)


def nearness(text: str, a: int, b: int, question: str, window: int = 6) -> float:
    """How closely the question's words stand around ``text[a:b]``: each within ``window`` words
    counts 1 / (1 + its distance in words), a word the question capitalises ("Fenland", "Red")
    twice. Of two figures or names in one passage, the one beside the words that set the question
    apart ("Vice-Chairman Cllr Vince Maple", not the Chairman named before him) is the answer."""
    caps = {stem(w.lower()) for w in re.findall(r"(?<=\s)[A-Z][A-Za-z-]+", question)}
    asked = {stem(w) for w in query_terms(question)} - _COUNT_STOP
    before, after = text[:a].split()[-window:][::-1], text[b:].split()[:window]
    best: dict[str, float] = {}
    for side in (before, after):
        for d, w in enumerate(side):
            for t in stems_of(w):
                hit = t if t in asked else next((q for q in asked if t in ALTERNATIVES.get(q, ())), None)
                if hit:
                    best[hit] = max(best.get(hit, 0.0), (2.0 if hit in caps else 1.0) / (1 + d))
    return sum(best.values())


def has_type(qtype: str, text: str, question: str = "") -> bool:
    """Whether ``text`` holds the kind of thing the question asks for."""
    if qtype == "amount":
        found = amounts(text, question)
        if _SHARE.search(question):
            # a share of the thing asked about: "76% of patients seen within 4 hours" is no answer on smoking
            return any(("%" in text[a:b] or "per cent" in text[a:b]) and counts_asked(text, a, b, question)
                       for a, b in found)
        if _HOW_MANY.search(question):
            # a count of the thing asked about: "119 long-term empty homes", "Against (37)", not "50+ organisations"
            return any(counts_asked(text, a, b, question) and "£" not in text[a:b]
                       for a, b in found) or any(counts_asked(text, *m.span(), question)
                                                 for m in _WORD_NUMBER.finditer(text) if not _UNIT_AFTER.match(text, m.end()))
        return bool(found)
    if qtype == "who":
        if re.match(r"\s*which\b", question, re.I):
            return True  # "which organisation / body": any name will do, and bodies have no pattern
        # a role the question names itself ("Who is the newly appointed Director of Population Health?")
        # is not who holds it
        asked = question.lower()
        return bool(NAME_RE.search(text) or any(m.group(0).lower() not in asked for m in ROLE_RE.finditer(text))
                    or _new_names(text, question) or _new_capitals(text, question))
    if qtype == "when":
        if _ON_WHAT_DATE.search(question):
            return bool(find_dates(text) or MONTH_YEAR_RE.search(text))  # a day asked for: a year is no answer
        return bool(DATE_MENTION_RE.search(text))
    if qtype == "time":
        return bool(_CLOCK.search(text))
    if qtype == "where":
        return bool(PLACE_RE.search(text))
    return True


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


@dataclass(frozen=True)
class Qualifiers:
    """What a question is scoped to: years ("2022-23", "2024"), full dates, and named bodies or places."""

    years: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    quarters: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()  # other names the question is about ("Oracle Cloud", "Surrey"): not scoping
    months: tuple[str, ...] = ()  # "in July 2019", "at the end of November 2024": YYYY-MM
    places: tuple[str, ...] = ()  # a compass word and a place: "East Sussex"
    deadlines: tuple[str, ...] = ()  # "by March 2026": YYYY-MM or YYYY

    def __bool__(self) -> bool:
        return bool(self.years or self.dates or self.names or self.quarters or self.months or self.places
                    or self.deadlines)


def qualifiers(question: str) -> Qualifiers:
    years: list[str] = []
    for m in YEAR_RANGE_RE.finditer(question):
        years.append(f"{m.group(1)}-{m.group(2)}")
    # a full date's year is not asked on its own: "on 9 January 2024" is checked as that date
    spans = [m.span() for r in (YEAR_RANGE_RE, DATE_RE) for m in r.finditer(question)]
    dates = [iso for _, iso in find_dates(question) if len(iso) == 10]
    for m in YEAR_RE.finditer(question):
        # "by the end of March 2024" is a deadline, not the period the question is scoped to
        if not any(a <= m.start() < b for a, b in spans) and not _DEADLINE.search(question[:m.start()]):
            years.append(m.group(1))
    names: list[str] = []
    subjects: list[str] = []
    last_end = -2
    ended = False
    # a compass word and the place after it are one place: "East Sussex" is not "West Sussex",
    # whatever follows it ("East Sussex Health and Wellbeing Board")
    places = [re.sub(r"['’]s$", "", m.group(0)) for m in _COMPASS_PLACE.finditer(question) if m.start() > 0]
    compass_words = {p.split()[0].split("-")[0] for p in places}  # looked for with their place, not alone
    for m in _CAP_WORD.finditer(question):
        w = m.group(0)
        lw = w.lower().strip("'’")
        if m.start() == 0 or lw in _GENERIC or lw in STOPWORDS or lw in MONTHS:
            continue
        if w.isupper():
            # an acronym is what the question is about ("the MRSA infection rate"), never a place
            if len(w) >= 3:
                subjects.append(w)
            continue
        possessive = w.endswith(("'s", "’s"))
        w = w[:-2] if possessive else w
        before = question[max(0, m.start() - 8):m.start()].lower()
        after = question[m.end():m.end() + 12]
        # only a place or body scopes a question ("Medway Council", "in Blackpool", "Suffolk's");
        # other capitalised words ("Long Term Plan", "Oracle Cloud") are its subject
        scoping = possessive or bool(_BODY_NEXT.match(after)) or bool(_PLACE_BEFORE.search(before))
        subjects.append(w)
        if names and not ended and re.fullmatch(r"\s+(?:and\s+|of\s+|&\s+)?", question[last_end:m.start()]):
            # "Brighton and Hove", "Disabled Facilities Grant": one name
            names[-1] = f"{names[-1]}{question[last_end:m.start()]}{w}"
        elif scoping or _BODY_NEXT.match(_rest_of_name(question, m.end())):
            names.append(w)
        else:
            continue
        last_end = m.end()
        ended = possessive  # "Medway Council's Band D": the possessive ends the name; "Band D" is the subject
    quarters = tuple(dict.fromkeys(m.group(1) for m in _QUARTER.finditer(question)))
    in_names = {w for n in names for w in n.split()}
    # a month named without a day scopes the question to that month, unless it is a deadline
    day_months = {d[:7] for d in dates}
    months = [f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}" for m in MONTH_YEAR_RE.finditer(question)
              if not _DEADLINE.search(question[:m.start()])]
    deadlines = [_deadline_key(m) for m in _BY_DATE.finditer(question)]
    return Qualifiers(tuple(dict.fromkeys(years)), tuple(dict.fromkeys(dates)), tuple(dict.fromkeys(names)), quarters,
                      tuple(dict.fromkeys(w for w in subjects if w not in in_names and w not in compass_words)),
                      tuple(dict.fromkeys(m for m in months if m not in day_months)), tuple(dict.fromkeys(places)),
                      tuple(dict.fromkeys(deadlines)))


def absent_subjects(q: Qualifiers, hits: list[Hit]) -> list[str]:
    """The proper names in a question that none of ``hits`` (the passages retrieved for it) uses.

    "Which award did the Surrey Safer Road Users Team win?" retrieved only passages on Kent's team:
    a name no retrieved passage, section or paper uses names something the papers do not discuss,
    so what they give is a near miss. Every passage counts, not only the strongest units, because
    a question naming two boards or its source paper is often met by a passage further down.
    """
    have: set[str] = set()
    for h in hits:
        have |= stems_of(scope_text(h, h.text).lower())
    compass = {p.split()[0].split("-")[0] for p in q.places}  # looked for with their place, below
    words = [*q.subjects, *(w for n in q.names for w in n.split() if w.lower() in _own_words(n) and w not in compass)]
    spelled = {"".join(w[0] for w in m.group(0).split() if w[0].isupper())
               for h in hits for m in _SPELLED_OUT.finditer(h.text)}  # "Kent County Council" for "KCC"
    absent = [w for w in dict.fromkeys(words) if not all(stem(t) in have for t in query_terms(w.lower()))
              and not (w.isupper() and w in spelled)]
    # "North Cumbria" is not met by passages on South Cumbria: a compass place is looked for whole
    joined = re.sub(r"[\s_-]", "", " ".join(scope_text(h, h.text) for h in hits).lower())
    return absent + [p for p in q.places if re.sub(r"[\s_-]", "", p.lower()) not in joined]


def _rest_of_name(question: str, end: int) -> str:
    """What follows a capitalised word, past the rest of its name ("Brighton| and Hove combating")."""
    m = re.match(r"(?:\s+(?:and|of|&)?\s*[A-Z][a-z]+)*", question[end:])
    return question[end + (m.end() if m else 0):]


def _year_forms(year: str) -> list[str]:
    """A financial year's spellings ("2023-24", "2023/24", "2023 to 2024") or a year as is."""
    if "-" not in year:
        return [year]
    a, b = year.split("-")
    full = str(int(a[:2] + b) if len(b) == 2 else b)
    return [f"{a}-{b}", f"{a}/{b}", f"{a}–{b}", f"{a}-{full}", f"{a}/{full}", f"{a} to {full}"]


def scope_text(hit: Hit, sentence: str) -> str:
    """The sentence with its section and its paper's metadata: where a qualifier may be met."""
    m = hit.metadata
    return " ".join(str(x) for x in (sentence, m.get("section", ""), m.get("title", ""), m.get("board", ""),
                                     m.get("meeting_date", ""), m.get("organisation", ""), hit.file))


def missing_qualifiers(q: Qualifiers, hit: Hit, sentence: str, own_dates_count: bool = True) -> list[str]:
    """The qualifiers of ``q`` that neither the sentence nor its section or paper carries. With
    ``own_dates_count`` off, a sentence naming another day of its own is not held to be about that day."""
    if not q:
        return []
    scope = scope_text(hit, sentence)
    wide = f"{scope} {hit.text}"
    own = f"{sentence} {hit.metadata.get('section', '')}"
    missing = [y for y in q.years if not _year_met(y, sentence, own, f"{_before(hit, sentence)} {scope}")]
    if q.dates:
        seen = {d for _, d in find_dates(wide)} | {str(hit.metadata.get("meeting_date", ""))}
        # as with years: a sentence giving another full date of its own ("next meeting: 15 December")
        # is about that day, whatever its paper's date
        own_dates = {d for _, d in find_dates(sentence) if len(d) == 10}
        missing += [d for d in q.dates if d not in seen or (own_dates_count and own_dates and d not in own_dates)]
    # a name counts as met when any of its words is ("the Joint Forward Plan" vs "the Forward Plan")
    # a body or place is looked for in the sentence, its section and its paper, not the whole chunk
    have = stems_of(scope.lower())
    # ... by a word of its own: "Council" of "Medway Council" is met by any council's paper; but a
    # compass word makes another place: "East Sussex" is not met by "West Sussex"
    flat = " ".join(wide.lower().split())
    joined = flat.replace(" ", "").replace("_", "").replace("-", "")  # "westsussex.gov.uk"
    missing += [n for n in q.names if not any(stem(w) in have for w in _own_words(n))]
    # ... but a compass word makes another place: "East Sussex" is missed by a passage on "West Sussex"
    # (one naming no Sussex at all is left to the checks above)
    for place in q.places:
        asked = re.sub(r"[\s_-]", "", place.lower())
        rest = re.sub(r"^(?:north|south|east|west|mid|central)", "", asked)
        if asked not in joined and re.search(rf"(?:north|south|east|west|mid|central){re.escape(rest)}", joined):
            missing.append(place)
    missing += [m for m in q.months if not _month_met(m, sentence, own, scope)]
    # a deadline asked about ("by March 2026") is missed by a sentence setting another ("by the end of
    # March 2024"); a sentence setting none is not held to it
    given = {_deadline_key(m) for m in _BY_DATE.finditer(sentence)}
    missing += [f"by {d}" for d in q.deadlines if given and d not in given
                and not any(g.startswith(d) or d.startswith(g) for g in given)]
    quarters = {m.group(1) for m in _QUARTER.finditer(wide)}
    missing += [f"Q{n}" for n in q.quarters if n not in quarters]
    return missing


def unmet(q: Qualifiers, units: list[tuple[Hit, str]]) -> bool:
    """Whether every strong unit misses something the question is scoped to (then it is a near miss).

    A question naming two years asks about two papers ("reported to the ICB Board in 2023 and to
    the Board in 2024"): a unit meeting one of them is about one of those papers.
    """
    misses = [set(missing_qualifiers(q, hit, text)) for hit, text in units]
    if len(q.years) > 1:
        years = set(q.years)
        if all(years <= m for m in misses):
            return True
        misses = [m - years for m in misses]
    return all(misses)


def _year_met(year: str, sentence: str, own: str, context: str) -> bool:
    """Whether a sentence can be about ``year``.

    A sentence that gives a year of the same kind (a financial year, a calendar year) is about
    that year: the chunk around it does not count ("In September 2022, 87% ..." is no answer for
    2021, whatever the references below it say). A sentence with no year is read in what comes
    before it in its passage (a table's heading, the paragraph's lead) and its paper's date: it is
    a near miss only when that context gives other years and not this one ("12 questions were put"
    in the minutes of December 2024 is no answer for December 2023).
    """
    if any(_same_kind(o, year) for o in found_years(sentence)):
        return _covers(own, year)  # the sentence and its section heading, not its paper's date
    return _covers(context, year) or not found_years(context)


def _deadline_key(m: re.Match[str]) -> str:
    """"by the end of March 2026" -> "2026-03"; "by 2030" -> "2030"."""
    month = m.group("month")
    return f"{m.group('year')}-{MONTHS[month.lower()]:02d}" if month else m.group("year")


def _month_met(month: str, sentence: str, own: str, scope: str) -> bool:
    """Whether a sentence can be about ``month`` (YYYY-MM): its paper, section or meeting is of that
    month, or it names that month ("held in November", its year checked as a year), or no other."""
    name = _MONTH_NAMES[int(month[5:]) - 1]
    if month in months_named(f"{own} {scope}") or re.search(rf"\b{name}\b", sentence, re.I):
        return True
    # a sentence naming no month is left to the year check: its paper and the passage around it name
    # many months in passing (a report of February quoting November's figure)
    return not months_named(sentence)


def _same_kind(a: str, b: str) -> bool:
    return ("-" in a) == ("-" in b)


def _covers(text: str, year: str) -> bool:
    """Whether ``text`` names ``year``; a financial year counts for the calendar years it spans."""
    if any(f in text for f in _year_forms(year)):
        return True
    given = found_years(text)
    if "-" in year:
        start, end = _span(year)
        return str(start) in given or str(end) in given
    return any(str(int(year)) in map(str, _span(g)) for g in given if "-" in g)


def _span(fy: str) -> tuple[int, int]:
    a, b = fy.split("-")
    return int(a), int(a[:2] + b) if len(b) == 2 else int(b)


def _before(hit: Hit, sentence: str) -> str:
    """The passage up to ``sentence`` and the year of its paper's meeting (ISO dates carry no year for ``found_years``)."""
    at = hit.text.find(sentence)
    date = str(hit.metadata.get("meeting_date", "") or "")
    return f"{hit.text[:max(at, 0)]} {date[:4] if date[:4].isdigit() else ''}"


def _own_words(name: str) -> list[str]:
    """The words that tell one body or place from another: "Medway" of "Medway Council"."""
    words = query_terms(name)
    return [w for w in words if w.lower() not in _GENERIC] or words


def found_years(text: str) -> list[str]:
    """Financial years and years a sentence gives, for the near-miss line ("the 2023-24 figure")."""
    out = [f"{m.group(1)}-{m.group(2)}" for m in YEAR_RANGE_RE.finditer(text)]
    out += [m.group(1) for m in YEAR_RE.finditer(text)]
    return list(dict.fromkeys(out))
