"""Re-issued minutes are the same decisions: one register row, with "also in <file> p<page>".

Minutes travel: the printed minutes of 13 February come back in the 13 March pack as
"Minutes of Previous Meeting", and a byte-identical copy may sit in another folder. A
decision is the same when it comes from minutes and its meeting date, kind and normalised
text are the same (the
body is left out of the key: a pack's detected board is often the body of the pack, not
of the minutes inside it, while the verbatim text of a whole decision is specific).

Which copy is the record does not depend on ingest order: the original is the printing
in the earliest pack (the ISO date in the file name, else the paper's date), then the
file name. When the original arrives after a copy, it takes the row over and the copy
becomes an "also in"; when the original is removed, the next copy takes it over. Every
printing's record is kept (``copies``) and the rows are worked out from them.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from typing import Any

from .record import Decision

_ISO = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
MIN_WORDS = 4  # shorter texts ("Agreed.") are too common to be the same decision


def dup_key(r: Decision) -> str:
    words = re.findall(r"\w+", r.text.lower())
    if len(words) < MIN_WORDS or not r.meeting_date or r.source != "minutes":
        return ""  # only minutes are re-issued: a report's recommendation is not the resolution it became
    return hashlib.sha1(f"{r.meeting_date}\x00{r.kind}\x00{' '.join(words)}".encode()).hexdigest()[:20]


def pack_date(file: str, paper_date: str) -> str:
    m = _ISO.search(file)
    return m.group(1) if m else (paper_date or "9999-99-99")


def rank(file: str, pdate: str) -> tuple[str, str]:
    """Lower is the original: earliest pack, then file name."""
    return (pdate or "9999-99-99", file)


def where(r: Decision) -> str:
    return f"{r.file} p{r.page}"


def forget_file(db: sqlite3.Connection, file: str) -> None:
    """A removed paper is no longer an "also in" of anything."""
    prefix = f"{file} p"
    for row in db.execute("SELECT id, also_in FROM decisions WHERE also_in LIKE ?", (f"%{file}%",)).fetchall():
        notes = [n for n in json.loads(row["also_in"] or "[]") if not n.startswith(prefix)]
        db.execute("UPDATE decisions SET also_in=? WHERE id=?", (json.dumps(notes), row["id"]))


def decode(column: str, value: Any) -> Any:
    """JSON columns back to Python (``votes`` may be NULL: no counts were printed)."""
    if column in ("votes",):
        return json.loads(value) if value else None
    if column in ("voters",):
        return json.loads(value) if value else {}
    if column in ("also_in", "linked"):
        return json.loads(value) if value else []
    if column == "proposed":
        return bool(value)
    return value
