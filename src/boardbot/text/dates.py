"""Find and normalise the dates board papers are written with ("Friday 21st July 2023")."""

from __future__ import annotations

import re

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = re.compile(
    rf"\b(\d{{1,2}})\s*(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I
)
ISO_RE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
NUMERIC_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")


def find_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) for every full date in ``text``, in order."""
    out: list[tuple[int, str]] = []
    for m in DATE_RE.finditer(text):
        day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        if 1 <= day <= 31:
            out.append((m.start(), f"{year:04d}-{month:02d}-{day:02d}"))
    for m in ISO_RE.finditer(text):
        out.append((m.start(), m.group(0)))
    for m in NUMERIC_RE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            out.append((m.start(), f"{m.group(3)}-{month:02d}-{day:02d}"))
    return sorted(out)


def parse_date(text: str) -> str:
    """First date in ``text`` as ISO, or '' - used for CLI/filter arguments too."""
    text = text.strip()
    if re.fullmatch(r"(?:19|20)\d\d(-\d\d(-\d\d)?)?", text):
        return text
    found = find_dates(text)
    return found[0][1] if found else ""


def date_key(iso: str, end: bool = False) -> int:
    """ISO date (or YYYY / YYYY-MM) as an int YYYYMMDD for range filters in the stores."""
    if not iso:
        return 0
    parts = iso.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    d = int(parts[2]) if len(parts) > 2 else (31 if end else 1)
    return y * 10000 + m * 100 + d
