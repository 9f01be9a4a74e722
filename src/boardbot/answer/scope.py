"""What a question is scoped to, and whether a passage is about that: the years, days, months,
deadlines, bodies and places a question names (``qualifiers``), which of them a sentence, its section
or its paper misses (``missing_qualifiers``), and the names no retrieved passage uses
(``absent_subjects``). "Medway" in a question about Kent's figures, "2022-23" against a 2023-24
figure, "East Sussex" against a West Sussex paper: near misses, not answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Hit
from ..text.dates import DATE_RE, MONTH_YEAR_RE, MONTHS, YEAR_RANGE_RE, YEAR_RE, YEAR_SPAN_RE, find_dates, months_named
from ..text.stemming import stem, stems_of
from ..text.terms import STOPWORDS, query_terms

# Capitalised question words that name what the question is about, not where or who it is scoped to.
_GENERIC = frozenset(
    """what who whom whose when where which why how is are was were did does do the a an in on of for to
    council county cabinet committee board meeting minutes report appendix item paper papers annual plan
    q1 q2 q3 q4 quarter strategy programme policy budget i""".split()
)
# ... and a role or a team, named whose words or which team ("the Cabinet Member's answer", "the
# Participation Team's days"): the papers name the person or the work, not always the role
_ROLE_WORDS = frozenset("member members leader chair chairman officer director manager team service services".split())


_QUARTER = re.compile(r"\b(?:Q|Quarter\s*)([1-4])\b", re.I)


_BODY_NEXT = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,3}?(?:Council|County|Borough|City|Board|Committee|ICB|ICS|Trust"
                        r"|Cabinet|[Pp]artnership|Authority)\b")


# "in Blackpool", "for the Council", and the subject of "does Medway have", "did Suffolk spend"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|for|across|within|from|(?:does|did|do|has|have|had|will|would|is|was))\s+(?:the\s+)?$")


_BY_DATE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?P<month>" + "|".join(m.title() for m in MONTHS if len(m) > 3)
                      + r")\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


_DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:[A-Za-z]+\s+)?$", re.I)


_CAP_WORD = re.compile(r"\b[A-Z][a-zA-Z'’&-]+\b")


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


_SPELLED_OUT = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][a-z]+){1,6}")


_COMPASS = re.compile(r"(?:North|South|East|West|Mid|Central)[- ]")


_COMPASS_PLACE = re.compile(r"\b(?:North|South|East|West|Mid|Central)[- ][A-Z][a-z]+(?:['’]s)?\b")
# a part of an area: "in the north of Cambridgeshire" is not met by "recruited ... in the south"
_DIRECTION = re.compile(r"\b(?:in|of|across|for) the (north|south|east|west)\b|\b(north|south|east|west) of [A-Z]")
_NATIONAL = re.compile(r"\b(?:country|countries|national|nationally|UK|United Kingdom|England|Britain)\b", re.I)
_YEAR_TEXT = r"(?:19|20)\d\d(?:\s*[-/–]\s*\d\d(?!\d))?"
_TITLE_WORDS = r"(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,5}[A-Z][\w&'’-]*"
_PAPER_NOUN = re.compile(r"\b(?:Statement|Strategy|Plan|Report|Policy|Budget|Programme|Assessment|Framework|Review"
                         r"|Accounts|Survey|Scheme|Update|Outturn|Forecast|Prospectus)$")
_EDITION = re.compile(rf"\b({_YEAR_TEXT})\s+({_TITLE_WORDS})|({_TITLE_WORDS})\s+({_YEAR_TEXT})\b")
# a figure for the whole country: "8 million disposable vapes are thrown away each week in the UK"
_WIDER = re.compile(r"\b(?:in|across|throughout) (?:the UK|the United Kingdom|England|Great Britain|Britain)\b"
                    r"|\bnationally\b|\bUK-wide\b", re.I)


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
    directions: tuple[str, ...] = ()  # "in the north of Cambridgeshire": north
    national: bool = False  # the question names the whole country ("in England", "nationally")
    editions: tuple[tuple[str, str], ...] = ()  # ("2024-25", "Pay Policy Statement"): a year's edition of a paper

    def __bool__(self) -> bool:
        return bool(self.years or self.dates or self.names or self.quarters or self.months or self.places
                    or self.deadlines or self.directions)


def qualifiers(question: str) -> Qualifiers:
    years: list[str] = []
    for m in YEAR_RANGE_RE.finditer(question):
        years.append(f"{m.group(1)}-{m.group(2)}")
    # a full date's year is not asked on its own: "on 9 January 2024" is checked as that date
    spans = [m.span() for r in (YEAR_RANGE_RE, DATE_RE) for m in r.finditer(question)]
    # a plan's period written against its name names the plan ("the Minerals and Waste Local Plan
    # 2024-2039", "its 2019-2024 strategy"); it does not scope the question to those years, as a
    # period asked about does ("life expectancy for 2020-2022", "the Strategy for 2024-2029")
    spans += [m.span() for m in YEAR_SPAN_RE.finditer(question)
              if len(m.group(2)) == 4 and int(m.group(2)) - int(m.group(1)) > 1
              and not re.search(r"\b(?:for|in|during|over|between|from|of|to)\s*$", question[:m.start()], re.I)]
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
        if (m.start() == 0 or lw in _GENERIC or lw in STOPWORDS or lw in MONTHS
                or re.sub(r"['’]s$", "", lw) in _ROLE_WORDS):
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
    # the year of a day the question names is checked as that day ("on 10 December 2024 about the Annual
    # Report 2024": the meeting is the scope; its year again adds nothing the day does not)
    day_years = {d[:4] for d in dates}
    years = [y for y in years if y not in day_years]
    return Qualifiers(tuple(dict.fromkeys(years)), tuple(dict.fromkeys(dates)), tuple(dict.fromkeys(names)), quarters,
                      tuple(dict.fromkeys(w for w in subjects if w not in in_names and w not in compass_words)),
                      tuple(dict.fromkeys(m for m in months if m not in day_months)), tuple(dict.fromkeys(places)),
                      tuple(dict.fromkeys(deadlines)), directions(question), bool(_NATIONAL.search(question)),
                      tuple(e for e in editions(question) if e[0] not in day_years))


def editions(question: str) -> tuple[tuple[str, str], ...]:
    """A year written against a paper's name ("its 2024/25 Pay Policy Statement", "the Treasury Management
    Strategy 2026-27"): (the year as found_years writes it, the name)."""
    out = []
    for m in _EDITION.finditer(question):
        year, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if re.match(r"\s*[-/–]\s*(?:19|20)\d\d\b", question[m.end():]):
            continue  # "Local Plan 2024-2039": a plan's period names it, it is no edition of one year
        if _PAPER_NOUN.search(name):  # a paper's name, not a body's or a place's ("December 2018 Haringey")
            out.append(((found_years(year) or [year])[0], name))
    return tuple(dict.fromkeys(out))


def directions(text: str) -> tuple[str, ...]:
    """The parts of an area ``text`` names ("in the north", "south of Kent"), lower-cased."""
    return tuple(dict.fromkeys((m.group(1) or m.group(2)).lower() for m in _DIRECTION.finditer(text)))


def wider_area(q: Qualifiers, sentence: str) -> list[str]:
    """The places a question is scoped to that a sentence giving the whole country's figure does not
    name ("8 million ... each week in the UK" for "in Kent"): its paper being Kent's does not make it Kent's."""
    if not q.names or not _WIDER.search(sentence) or q.national:
        return []  # ... unless the question asks about the country too ("the most deprived fifth in the country")
    low = sentence.lower()
    return [n for n in q.names if not any(w.lower() in low for w in _own_words(n))]


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
    spelled = {i for h in hits for i in _initials(scope_text(h, h.text))}  # "Kent County Council" for "KCC"
    absent = [w for w in dict.fromkeys(words) if not all(stem(t) in have for t in query_terms(w.lower()))
              and not (w.isupper() and w in spelled)]
    # "North Cumbria" is not met by passages on South Cumbria: a compass place is looked for whole
    joined = re.sub(r"[\s_-]", "", " ".join(scope_text(h, h.text) for h in hits).lower())
    return absent + [p for p in q.places if re.sub(r"[\s_-]", "", p.lower()) not in joined]


def _initials(text: str) -> set[str]:
    """The acronyms the names spelled out in ``text`` make: "Kent County Council" gives "KCC"."""
    # a cover prints its organisation in capitals ("KENT COUNTY COUNCIL"): read as the name it is
    text = re.sub(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b", lambda m: m.group(0).title(), text)
    return {"".join(w[0] for w in m.group(0).split() if w[0].isupper()) for m in _SPELLED_OUT.finditer(text)}


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
    missing += [n for n in q.names if not any(stem(w) in have for w in _own_words(n))
                and not (n.isupper() and n in _initials(scope))]  # "KCC's" met by "Kent County Council"
    # ... but a compass word makes another place: "East Sussex" is missed by a passage on "West Sussex"
    # (one naming no Sussex at all is left to the checks above)
    for place in q.places:
        asked = re.sub(r"[\s_-]", "", place.lower())
        rest = re.sub(r"^(?:north|south|east|west|mid|central)", "", asked)
        if asked not in joined and re.search(rf"(?:north|south|east|west|mid|central){re.escape(rest)}", joined):
            missing.append(place)
    # another edition of the paper asked about: "Pay Policy Statement 2025/26" for "its 2024/25 Pay Policy
    # Statement", whatever years its text mentions in passing
    # ... and a passage of another paper is about that edition only if it names it, with its year
    title = str(hit.metadata.get("title", ""))
    missing += [y for y, name in q.editions if y not in missing and not _edition_met(y, name, title, own)]
    missing += [m for m in q.months if not _month_met(m, sentence, own, scope)]
    # a deadline asked about ("by March 2026") is missed by a sentence setting another ("by the end of
    # March 2024"); a sentence setting none is not held to it
    given = {_deadline_key(m) for m in _BY_DATE.finditer(sentence)}
    missing += [f"by {d}" for d in q.deadlines if given and d not in given
                and not any(g.startswith(d) or d.startswith(g) for g in given)]
    # a part of the area asked about is missed by a sentence about another part only
    parts = directions(sentence)
    missing += [f"the {d}" for d in q.directions if parts and d not in parts]
    missing += wider_area(q, sentence)
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


def _edition_met(year: str, name: str, title: str, own: str) -> bool:
    """Whether a unit can be from ``year``'s edition of the paper ``name``: its paper's title names it with
    that year or none, or the sentence (with its section) names it with that year."""
    if name.lower() in title.lower():
        return not found_years(title) or _covers(title, year)
    return name.lower() in own.lower() and _covers(own, year)


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
