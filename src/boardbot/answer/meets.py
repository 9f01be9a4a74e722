"""Whether a passage meets what a question is scoped to: its years, days, months, deadlines, bodies and places.

``scope.qualifiers`` reads them from the question; these look for each in the sentence that would be
quoted, its section and its paper (``scope_text``), and say which are missed (``missing_qualifiers``),
whether every strong unit misses one (``unmet``: then the answer is a near miss), and which names no
retrieved passage uses at all (``absent_subjects``).
"""

from __future__ import annotations

import re

from ..records import Hit
from ..text.dates import MONTH_NAMES, YEAR_RANGE_RE, YEAR_RE, YEAR_SPAN_RE, find_dates, months_named
from ..text.stemming import stem, stems_of
from ..text.terms import query_terms
from .scope import BY_DATE, GENERIC, QUARTER, Qualifiers, deadline_key, directions, found_years, own_words

_SPELLED_OUT = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][a-z]+){1,6}")
# a figure for the whole country: "8 million disposable vapes are thrown away each week in the UK"
_WIDER = re.compile(r"\b(?:in|across|throughout) (?:the UK|the United Kingdom|England|Great Britain|Britain)\b"
                    r"|\bnationally\b|\bUK-wide\b", re.I)
# the words of a joint paper's places ("Haringey and Islington"), and those that are no place
_NOT_A_PLACE = re.compile(r"North|South|East|West|Mid|Central|Health|Care|Social|Wellbeing|Partnership|Partners|Trust"
                          r"|Group|Team|Services?|Adults?|Children|Families|Young|People|Public|Education|Skills|Housing"
                          r"|Planning|Transport|Environment|Finance|Resources|Community|Communities|Safety|Integrated")
_HONORIFIC = re.compile(r"(?:Cllr|Councillor|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.?\s")
_JOINT = re.compile(r"\b[A-Z][a-z]+(?:(?:,\s+|\s+(?:and|&)\s+)[A-Z][a-z]+)+\b")


def wider_area(q: Qualifiers, sentence: str) -> list[str]:
    """The places a question is scoped to that a sentence giving the whole country's figure does not
    name ("8 million ... each week in the UK" for "in Kent"): its paper being Kent's does not make it Kent's."""
    if not q.names or not _WIDER.search(sentence) or q.national:
        return []  # ... unless the question asks about the country too ("the most deprived fifth in the country")
    low = sentence.lower()
    return [n for n in q.names if not any(w.lower() in low for w in own_words(n))]


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
    words = [*q.subjects, *(w for n in q.names for w in n.split() if w.lower() in own_words(n) and w not in compass)]
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
    # a speaker is named once, before what he said: "Mr Oakford introduced the report ... bringing in £47.3 million"
    said = stems_of(_before(hit, sentence)[-600:].lower())
    missing += [n for n in q.names if not any(stem(w) in have for w in own_words(n))
                and not (n.isupper() and n in _initials(scope))  # "KCC's" met by "Kent County Council"
                and not (_HONORIFIC.match(n) and any(stem(w) in said for w in own_words(n)
                                                       if not _HONORIFIC.match(f"{w.title()} ")))]
    # a joint paper's other place: in the "Haringey and Islington" pack, a sentence on Haringey alone is
    # not about Islington, though its paper names both
    # (a subject too: "the most deprived parts of Islington" names the place, though not as a scope)
    missing += [n for n in (*q.names, *q.subjects) if n not in missing and _sibling_named(n, sentence, scope)]
    # a sentence naming its own council's place and not the place asked about is about its own: "In Quarter 3,
    # Kent saw 5,822 concerns" in Kent's report is no figure for East Sussex
    # (a place: a compass place, or a name of one word that is no body's or scheme's: "Medway", "Surrey")
    places = [*q.places, *(n for n in q.names if " " not in n and not _NOT_A_PLACE.fullmatch(n) and not n.isupper())]
    missing += [n for n in dict.fromkeys(places) if n not in missing and _own_place_instead(n, sentence, hit)]
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
    # the paper went to another month's meeting: its own date says so, whatever months its text names
    held = str(hit.metadata.get("meeting_date", ""))[:7]
    missing += [m for m in q.meetings if (held or m) != m and m not in months_named(f"{title} {hit.file}")]
    # a deadline asked about ("by March 2026") is missed by a sentence setting another ("by the end of
    # March 2024"); a sentence setting none is not held to it
    given = {deadline_key(m) for m in BY_DATE.finditer(sentence)}
    missing += [f"by {d}" for d in q.deadlines if given and d not in given
                and not any(g.startswith(d) or d.startswith(g) for g in given)]
    # a part of the area asked about is missed by a sentence about another part only
    parts = directions(sentence)
    missing += [f"the {d}" for d in q.directions if parts and d not in parts]
    missing += wider_area(q, sentence)
    quarters = {m.group(1) for m in QUARTER.finditer(wide)}
    missing += [f"Q{n}" for n in q.quarters if n not in quarters]
    return missing


def _sibling_named(name: str, sentence: str, scope: str) -> bool:
    """Whether ``sentence`` names, and ``name`` does not, another of the places its paper names
    jointly with ``name`` ("Haringey" of "Haringey and Islington Health and Wellbeing Boards")."""
    own = {w.lower() for w in own_words(name)}
    low = sentence.lower()
    if any(re.search(rf"\b{re.escape(w)}\b", low) for w in own):
        return False
    for m in _JOINT.finditer(scope[len(sentence):]):
        places = re.split(r",\s+|\s+(?:and|&)\s+", m.group(0))
        # only a list of places: "Partnership and Lancashire and South" or "Health and Wellbeing" is none
        if any(w.lower() in GENERIC or _NOT_A_PLACE.fullmatch(w) for w in places):
            continue
        if own & {w.lower() for w in places}:
            if any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in places if w.lower() not in own):
                return True
    return False


def _own_place_instead(name: str, sentence: str, hit: Hit) -> bool:
    """Whether ``sentence`` names the place of its own paper's council ("Kent" or "KCC" of Kent County
    Council) and not ``name``, which that council's name does not hold either."""
    org = str(hit.metadata.get("organisation") or "")
    sentence = " ".join(sentence.split())  # "West\nSussex" as printed across a line end
    # "East Sussex" is met by itself, not by the "South East region"
    own = {name.lower()} if re.match(r"(?:North|South|East|West|Mid|Central)[- ]", name) else \
        {w.lower() for w in own_words(name)}
    if not org or any(re.search(rf"\b{re.escape(w)}\b", sentence, re.I) for w in own) or own & set(org.lower().split()):
        return False
    if name.isupper() and name in _initials(org):
        return False  # "KCC" is the paper's own council
    places = [w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", org) if w.lower() not in GENERIC
              and not _NOT_A_PLACE.fullmatch(w) and w not in ("City", "Borough", "District", "Integrated", "Board")]
    return any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in places) or any(
        re.search(rf"\b{i}\b", sentence) for i in _initials(org) if len(i) >= 3)


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


def _month_met(month: str, sentence: str, own: str, scope: str) -> bool:
    """Whether a sentence can be about ``month`` (YYYY-MM): its paper, section or meeting is of that
    month, or it names that month ("held in November", its year checked as a year), or no other."""
    name = MONTH_NAMES[int(month[5:]) - 1]
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
    if year in given:
        return True  # written short: "23/24" is 2023-24
    if "-" in year:
        # a calendar year the text names on its own: "2026" of the "Pay Policy Statement 2025-2026" is the end
        # of another financial year, no part of 2026-27
        ranges = [m.span() for r in (YEAR_RANGE_RE, YEAR_SPAN_RE) for m in r.finditer(text)]
        lone = {m.group(1) for m in YEAR_RE.finditer(text) if not any(a <= m.start() < b for a, b in ranges)}
        start, end = _span(year)
        return str(start) in lone or str(end) in lone
    return any(str(int(year)) in map(str, _span(g)) for g in given if "-" in g)


def _span(fy: str) -> tuple[int, int]:
    a, b = fy.split("-")
    return int(a), int(a[:2] + b) if len(b) == 2 else int(b)


def _before(hit: Hit, sentence: str) -> str:
    """The passage up to ``sentence`` and the year of its paper's meeting (ISO dates carry no year for ``found_years``)."""
    at = hit.text.find(sentence)
    date = str(hit.metadata.get("meeting_date", "") or "")
    return f"{hit.text[:max(at, 0)]} {date[:4] if date[:4].isdigit() else ''}"
