"""Find and normalise the dates board papers and questions are written with ("Friday 21st July 2023").

The one place that knows month names and date patterns. Every date it returns is a real
calendar date: "31 February 2023" or "2023-13-01" is not a date and is not found.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MONTHS = {
    m: i
    for i, full in enumerate(MONTH_NAMES, start=1)
    for m in (full.lower(), full[:3].lower(), *(("sept",) if i == 9 else ()))
}
# Every spelling of a month (lower case, longest first so "sept" wins over "sep"); use with re.I.
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
# Full names as written in papers ("July"): case-sensitive patterns (deadlines) use this.
FULL_MONTH_PATTERN = "|".join(MONTH_NAMES)
_YEAR = r"(?:19|20)\d\d"
_ORDINAL = r"(?:st|nd|rd|th)"

DATE_RE = re.compile(rf"\b(\d{{1,2}})\s*{_ORDINAL}?\s+({MONTH_PATTERN})\.?,?\s+({_YEAR})\b", re.I)
ISO_RE = re.compile(rf"\b({_YEAR})-(\d\d)-(\d\d)\b")
# In a file name "_" is a word character, so no word boundaries here ("hwb_2023-07-21.pdf").
_ISO_ANYWHERE = re.compile(rf"({_YEAR})-(\d\d)-(\d\d)")
NUMERIC_RE = re.compile(rf"\b(\d{{1,2}})([/.])(\d{{1,2}})\2({_YEAR})\b")  # 14/11/2024, 14.11.2024
# A year on its own: not the start of a financial year ("2023-24", "2023/24") or an ISO date.
YEAR_RE = re.compile(rf"\b({_YEAR})\b(?![-/]\d)")
# "July 2023", "Sept. 2023", "21st July 2023": a month of a year, the day optional.
MONTH_YEAR_RE = re.compile(
    rf"\b(?:(\d{{1,2}}){_ORDINAL}?\s+)?({MONTH_PATTERN})\.?,?\s+({_YEAR})\b(?![-/]\d)", re.I
)
_SINCE_RE = re.compile(
    rf"\b(?:since|after|from)\s+(?:(?:\d{{1,2}}{_ORDINAL}?\s+)?(?:{MONTH_PATTERN})\.?\s+)?({_YEAR})\b(?![-/]\d)", re.I
)
_UNTIL_RE = re.compile(
    rf"\b(?:before|until|up to|by)\s+(?:(?:\d{{1,2}}{_ORDINAL}?\s+)?(?:{MONTH_PATTERN})\.?\s+)?({_YEAR})\b(?![-/]\d)",
    re.I,
)
_IN_YEAR_RE = re.compile(rf"\bin\s+({_YEAR})\b(?![-/]\d)")

# A reporting period as a table column heading: a financial year, a quarter or a year.
PERIOD_RE = re.compile(rf"^(?:\d{{4}}[/-]\d{{2,4}}|\(?Q[1-4]\)?|{_YEAR})$")

# Looser forms for comparing the figures of a generated sentence with its source
# (grounding): two-digit years, dotted dates, year-month, financial years, bare month words.
DMY_LOOSE_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)\b")
ISO_LOOSE_RE = re.compile(rf"\b({_YEAR})-(\d\d)(?:-(\d\d))?\b")
YEAR_RANGE_RE = re.compile(rf"\b({_YEAR})\s*[-/–]\s*(\d\d)\b(?![-/]\d)")
# A span of years with a two- or four-digit end ("2023-24", "2023/2024"): one fact, not two years.
YEAR_SPAN_RE = re.compile(rf"\b({_YEAR})\s*[-/–]\s*((?:19|20)?\d\d)\b(?![-/]\d)")
MONTH_WORD_RE = re.compile(rf"\b({MONTH_PATTERN})\b\.?", re.I)
# A clock time: "10.00 am", "2pm", "14:30", "at 10.00", "noon". Minutes run to 59 and the figure may not
# follow a dot or digit, so a section or paragraph number ("s.17.73", "14.60") is no time; a bare
# "10.00" needs a colon or "at" before it, as paragraph numbers ("1.34") are written the same way.
CLOCK_RE = re.compile(
    r"(?<![\d.])\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])"
    r"|(?<![\d.])\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?![.:]\d)"
    r"|(?<=\bat )(?:[01]?\d|2[0-3])\.[0-5]\d\b(?![.:]\d)"
    r"|\b(?:noon|midday)\b",
    re.I,
)
# Anything that reads as a when: a (day) month, a year, a numeric date or a quarter.
DATE_MENTION_RE = re.compile(
    rf"\b(?:\d{{1,2}}{_ORDINAL}? )?(?:{FULL_MONTH_PATTERN})\b|\b{_YEAR}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\bQ[1-4]\b"
)


def iso(year: int, month: int, day: int) -> str:
    """``YYYY-MM-DD``, or '' when there is no such day (31 February, month 13, day 0)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def month_start(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-01"


def month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def iso_in_name(name: str) -> str:
    """The first valid YYYY-MM-DD written anywhere in a file name ("hwb_2023-07-21.pdf"), or ''."""
    for m in _ISO_ANYWHERE.finditer(name):
        found = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if found:
            return found
    return ""


def find_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) for every full, valid date in ``text``, in order."""
    out: list[tuple[int, str]] = []
    for m in DATE_RE.finditer(text):
        found = iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if found:
            out.append((m.start(), found))
    for m in ISO_RE.finditer(text):
        found = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if found:
            out.append((m.start(), found))
    for m in NUMERIC_RE.finditer(text):
        found = iso(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if found:
            out.append((m.start(), found))
    return sorted(out)


def parse_date(text: str) -> str:
    """``text`` as an ISO date (YYYY, YYYY-MM or the first full date in it), or '' - for CLI/filter arguments."""
    text = text.strip()
    m = re.fullmatch(rf"({_YEAR})(?:-(\d\d)(?:-(\d\d))?)?", text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        return text if iso(year, month, day) else ""
    found = find_dates(text)
    return found[0][1] if found else ""


def months_named(text: str) -> set[str]:
    """Every month (YYYY-MM) ``text`` names: full dates and "July 2023" alike."""
    out = {d[:7] for _, d in find_dates(text)}
    out |= {f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}" for m in MONTH_YEAR_RE.finditer(text)}
    return out


def day_named(text: str) -> str:
    """The one day ``text`` names ("on 4 March 2025" -> "2025-03-04"); '' when it names none or several."""
    days = {d for _, d in find_dates(text)}
    return next(iter(days)) if len(days) == 1 else ""


def date_phrases(text: str) -> list[str]:
    """The words of ``text`` that write a date or a month ("21 July 2023", "March 2024")."""
    return [m.group(0) for pat in (DATE_RE, MONTH_YEAR_RE) for m in pat.finditer(text)]


def date_range(text: str) -> tuple[str, str]:
    """(since, until) that ``text`` restricts a meeting to, as ISO dates ('' when open).

    "since March 2023" -> ("2023-03-01", ""); "before 2020" -> ("", "2020-12-31"), the named
    year included; "in July 2023" -> the whole month; "in 2019" -> the whole year.
    """
    since = until = ""
    m = _SINCE_RE.search(text)
    if m:
        mm = MONTH_YEAR_RE.search(text, m.start())
        since = _month_bound(mm, end=False) if mm and mm.start() < m.end() else f"{m.group(1)}-01-01"
    m = _UNTIL_RE.search(text)
    if m:
        mm = MONTH_YEAR_RE.search(text, m.start())
        until = _month_bound(mm, end=True) if mm and mm.start() < m.end() else f"{m.group(1)}-12-31"
    if since or until:
        return since, until
    mm = MONTH_YEAR_RE.search(text)
    if mm:
        return _month_bound(mm, end=False), _month_bound(mm, end=True)
    y = _IN_YEAR_RE.search(text)
    if y:
        return f"{y.group(1)}-01-01", f"{y.group(1)}-12-31"
    return "", ""


def _month_bound(m: re.Match[str], end: bool) -> str:
    year, month = int(m.group(3)), MONTHS[m.group(2).lower()]
    return month_end(year, month) if end else month_start(year, month)


def human_date(iso_date: str) -> str:
    """"2023-07-21" -> "21 July 2023", "2023-07" -> "July 2023"; anything else unchanged."""
    try:
        if len(iso_date) == 7:
            return date.fromisoformat(iso_date + "-01").strftime("%B %Y")
        d = date.fromisoformat(iso_date[:10])
        return f"{d.day} {d:%B %Y}"
    except ValueError:
        return iso_date


def date_key(iso_date: str, end: bool = False) -> int:
    """ISO date (or YYYY / YYYY-MM) as an int YYYYMMDD for range filters in the stores."""
    if not iso_date:
        return 0
    parts = iso_date.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    d = int(parts[2]) if len(parts) > 2 else (31 if end else 1)
    return y * 10000 + m * 100 + d
