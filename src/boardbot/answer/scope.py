"""What a question is scoped to: the years, days, months, deadlines, bodies and places it names
(``qualifiers``), read from the question alone. Whether a passage meets them is ``meets.py``'s:
"Medway" in a question about Kent's figures, "2022-23" against a 2023-24 figure, "East Sussex"
against a West Sussex paper are near misses, not answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.dates import DATE_RE, MONTH_PATTERN, MONTH_YEAR_RE, MONTHS, YEAR_RANGE_RE, YEAR_RE, YEAR_SPAN_RE, find_dates
from ..text.terms import STOPWORDS, query_terms

# Capitalised question words that name what the question is about, not where or who it is scoped to.
GENERIC = frozenset(
    """what who whom whose when where which why how is are was were did does do the a an in on of for to
    council county cabinet committee board meeting minutes report appendix item paper papers annual plan
    q1 q2 q3 q4 quarter strategy programme policy budget i""".split()
)
# ... and a role or a team, named whose words or which team ("the Cabinet Member's answer", "the
# Participation Team's days"): the papers name the person or the work, not always the role
_ROLE_WORDS = frozenset("member members leader chair chairman officer director manager team service services".split())


QUARTER = re.compile(r"\b(?:Q|Quarter\s*)([1-4])\b", re.I)


_BODY_NEXT = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,3}?(?:Council|County|Borough|City|Board|Committee|ICB|ICS|Trust"
                        r"|Cabinet|[Pp]artnership|Authority)\b")


# "in Blackpool", "for the Council", and the subject of "does Medway have", "did Suffolk spend"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|for|across|within|from|(?:does|did|do|has|have|had|will|would|is|was))\s+(?:the\s+)?$")


BY_DATE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?P<month>" + "|".join(m.title() for m in MONTHS if len(m) > 3)
                      + r")\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


_DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:[A-Za-z]+\s+)?$", re.I)


_REPORTED_TO = re.compile(r"\b(?:reported|presented|taken|submitted|brought|considered)\s+to\s+(?:the\s+)?"
                          r"(?:[A-Z][\w&-]*\s+){1,4}(?:at\s+the\s+(?:end|start|beginning)\s+of\s+|in\s+|on\s+)?$"
                          # "according to the Director of Public Health at Cabinet in January 2025"
                          r"|\bat\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,4}(?:meeting\s+)?in\s+$")
_CAP_WORD = re.compile(r"\b[A-Z][a-zA-Z'’&-]+\b")


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
    meetings: tuple[str, ...] = ()  # "as reported to Cabinet in January 2025": the month of the paper's meeting

    def __bool__(self) -> bool:
        return bool(self.years or self.dates or self.names or self.quarters or self.months or self.places
                    or self.deadlines or self.directions or self.meetings or self.subjects)


def _names_period(question: str, m: re.Match[str]) -> bool:
    """Whether the years at ``m`` are a plan's period written against its name ("the Minerals and Waste
    Local Plan 2024-2039", "its 2019-2024 strategy"): they name the plan and do not scope the question,
    as a period asked about does ("life expectancy for 2020-2022", "the Strategy for 2024-2029")."""
    return len(m.group(2)) == 4 and int(m.group(2)) - int(m.group(1)) > 1 and not re.search(r"\b(?:for|in|during|over|between|from|of|to)\s*$", question[:m.start()], re.I)


# "the Armed Forces Act 2021", "the Care Act 2014", "the Procurement Regulations 2015": the year is the law's name
_LAW_YEAR = re.compile(r"\b[A-Z][\w'’-]*\s+(?:Act|Regulations|Order|Bill)\s+((?:19|20)\d\d)\b")


# "in the March 2019 Haringey and Islington pack", "the July 2024 update": a month naming the paper itself
_PAPER_AFTER = re.compile(r"\s+(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}(?:[a-z]+\s+)?"
                          r"(?:pack|papers?|agenda|[Rr]eport|[Mm]inutes|[Uu]pdate|[Bb]riefing|[Nn]ewsletter)\b")


def qualifiers(question: str) -> Qualifiers:
    years: list[str] = []
    for m in YEAR_RANGE_RE.finditer(question):
        years.append(f"{m.group(1)}-{m.group(2)}")
    # a full date's year is not asked on its own: "on 9 January 2024" is checked as that date
    spans = [m.span() for r in (YEAR_RANGE_RE, DATE_RE) for m in r.finditer(question)]
    spans += [m.span() for m in YEAR_SPAN_RE.finditer(question) if _names_period(question, m)]
    spans += [m.span(1) for m in _LAW_YEAR.finditer(question)]
    dates = [iso for _, iso in find_dates(question) if len(iso) == 10]
    # "as reported to Cabinet at the end of January 2025": the month names the meeting the paper went to,
    # checked as a month against the paper's date; its year does not scope what the sentence is about
    reported = [m for m in MONTH_YEAR_RE.finditer(question) if _REPORTED_TO.search(question[:m.start()])]
    spans += [m.span() for m in reported]
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
        # "the NHS Long Term Plan's settlement": a possessive is read as its word ("Plan", no place or body);
        # a body's stays a name's end ("Medway Council's")
        lw = re.sub(r"['’]s$", "", w.lower().strip("'’"))
        generic = lw in GENERIC and not (lw != w.lower().strip("'’") and _BODY_NEXT.match(w))
        if m.start() == 0 or generic or lw in STOPWORDS or lw in MONTHS or lw in _ROLE_WORDS:
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
    quarters = tuple(dict.fromkeys(m.group(1) for m in QUARTER.finditer(question)))
    in_names = {w for n in names for w in n.split()}
    # a month named without a day scopes the question to that month, unless it is a deadline
    day_months = {d[:7] for d in dates}
    months = [f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}" for m in MONTH_YEAR_RE.finditer(question)
              if not _DEADLINE.search(question[:m.start()]) and m.span() not in {r.span() for r in reported}]
    deadlines = [deadline_key(m) for m in BY_DATE.finditer(question)]
    # the year of a day the question names is checked as that day ("on 10 December 2024 about the Annual
    # Report 2024": the meeting is the scope; its year again adds nothing the day does not)
    day_years = {d[:4] for d in dates}
    # ... and so is the month of the paper asked about: "in the March 2019 pack" is checked as March 2019,
    # which the paper's date meets; a sentence in it speaking of November 2018 is no 2018 answer
    paper_years = {m.group(3) for m in MONTH_YEAR_RE.finditer(question) if _PAPER_AFTER.match(question, m.end())}
    years = [y for y in years if y not in day_years and y not in paper_years]
    return Qualifiers(tuple(dict.fromkeys(years)), tuple(dict.fromkeys(dates)), tuple(dict.fromkeys(names)), quarters,
                      tuple(dict.fromkeys(w for w in subjects if w not in in_names and w not in compass_words)),
                      tuple(dict.fromkeys(m for m in months if m not in day_months)), tuple(dict.fromkeys(places)),
                      tuple(dict.fromkeys(deadlines)), directions(question), bool(_NATIONAL.search(question)),
                      tuple(e for e in editions(question) if e[0] not in day_years),
                      tuple(f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}" for m in reported))


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


def _rest_of_name(question: str, end: int) -> str:
    """What follows a capitalised word, past the rest of its name ("Brighton| and Hove combating")."""
    m = re.match(r"(?:\s+(?:and|of|&)?\s*[A-Z][a-z]+)*", question[end:])
    return question[end + (m.end() if m else 0):]


def deadline_key(m: re.Match[str]) -> str:
    """"by the end of March 2026" -> "2026-03"; "by 2030" -> "2030"."""
    month = m.group("month")
    return f"{m.group('year')}-{MONTHS[month.lower()]:02d}" if month else m.group("year")


def own_words(name: str) -> list[str]:
    """The words that tell one body or place from another: "Medway" of "Medway Council"."""
    words = query_terms(name)
    return [w for w in words if w.lower() not in GENERIC] or words


def found_years(text: str) -> list[str]:
    """Financial years and years a sentence gives, for the near-miss line ("the 2023-24 figure")."""
    out = [f"{m.group(1)}-{m.group(2)}" for m in YEAR_RANGE_RE.finditer(text)]
    # "Pay Policy Statement 2025-2026" is the financial year 2025-26, not the years 2025 and 2026
    spans = [m for m in YEAR_SPAN_RE.finditer(text) if len(m.group(2)) == 4]
    out += [f"{m.group(1)}-{m.group(2)[2:]}" if int(m.group(2)) - int(m.group(1)) == 1 else f"{m.group(1)}-{m.group(2)}"
            for m in spans]
    inside = [sp.span() for sp in spans]
    out += [m.group(1) for m in YEAR_RE.finditer(text) if not any(a <= m.start() < b for a, b in inside)]
    # a table's "Planned Activity Volumes 23/24": the financial year 2023-24, its years written short
    out += [f"20{m.group(1)}-{m.group(2)}" for m in _SHORT_FY.finditer(text) if int(m.group(2)) == int(m.group(1)) + 1]
    return list(dict.fromkeys(out))


# ... not a pair of days ("12/13 May")
_SHORT_FY = re.compile(rf"(?<![\d/.-])([1-4]\d)/([1-4]\d)(?![\d/.-])(?!\s*(?:{MONTH_PATTERN})\b)", re.I)
