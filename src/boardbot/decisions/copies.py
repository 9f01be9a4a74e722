"""Every printing of a re-issued decision, kept so that removing the original loses nothing.

The register shows a re-issued decision once (``reissue``): the printing in the earliest
pack, with an "also in <file> p<page>" note for each other printing. The copies' own
records are not rows, so ``decision_copies`` keeps the full record of every printing
that has a ``dup_key`` - the row shown and the copies it stands for - written when its
paper is indexed. Whenever a paper's printings change (indexed, re-indexed with other
text, removed), each decision it touched is worked out again from that table alone: the
best-ranked remaining paper's printings are the rows, every other printing a note. So
removing the original promotes the next copy with its own file, page, item and notes,
and the register never depends on the order papers came and went.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ..store.sqlite import transaction
from .record import Decision, decision_id
from .reissue import decode, dup_key, pack_date, rank, where

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS decision_copies (id TEXT PRIMARY KEY, dup_key TEXT NOT NULL, file TEXT NOT NULL, "
    "seq INTEGER, page INTEGER, pack_date TEXT, visibility TEXT, record TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS decision_copies_key ON decision_copies(dup_key)",
    "CREATE INDEX IF NOT EXISTS decision_copies_file ON decision_copies(file)",
)
_FIELDS = {f.name for f in fields(Decision)}
_DERIVED = ("score", "scores", "also_in", "linked")  # worked out when shown, never part of a printing
_SYNTHETIC_SEQ = 1_000_000  # a copy known only by an older register's note sorts after its paper's own records


@dataclass
class Printing:
    """One printing of a decision: its record, where it sits in its paper, its pack's date."""

    key: str
    seq: int
    pack_date: str
    record: Decision

    @property
    def order(self) -> tuple[bool, str, str, int]:
        # a printing everyone may read is the row before an earlier one some readers may not:
        # otherwise a public reader would not find a decision a public copy prints
        return (self.record.visibility != "public", *rank(self.record.file, self.pack_date), self.seq)


@dataclass
class Plan:
    """What indexing or removing one paper does to the register."""

    own: list[Printing] = field(default_factory=list)  # the paper's printings, for ``decision_copies``
    insert: list[Printing] = field(default_factory=list)  # rows to write: the paper's and promoted copies'
    delete: list[str] = field(default_factory=list)  # row ids of other papers that stop being the record
    notes: list[tuple[str, str]] = field(default_factory=list)  # (also_in JSON, row id) for rows that stay


def ensure(db: sqlite3.Connection) -> None:
    """Make ``decision_copies``; in an older index, fill it from the register it has.

    An older register kept only the shown row and its notes: each note becomes a copy
    with the row's record at the note's file and page (re-indexing that paper replaces it
    with the paper's own records).
    """
    def exists() -> bool:
        q = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='decision_copies'"
        return db.execute(q).fetchone() is not None

    if exists():
        return
    with transaction(db):
        if exists():  # another process made it first
            return
        for sql in SCHEMA:
            db.execute(sql)
        rows = db.execute("SELECT * FROM decisions WHERE dup_key IS NOT NULL AND dup_key != ''").fetchall()
        for row in rows:
            rec = Decision(**{k: decode(k, row[k]) for k in row.keys() if k in _FIELDS and row[k] is not None})
            seq = int(row["seq"] or 0)
            _store(db, [Printing(row["dup_key"], seq, row["pack_date"] or "", rec)])
            for note in rec.also_in:
                file, _, page = note.rpartition(" p")
                if file and page.isdigit():
                    copy = replace(rec, file=file, page=int(page), also_in=[],
                                   id=decision_id(file, rec.char_start, rec.text))
                    _store(db, [Printing(row["dup_key"], _SYNTHETIC_SEQ + seq, pack_date(file, ""), copy)])


def plan(db: sqlite3.Connection, file: str, records: list[Decision], pdate: str) -> Plan:
    """The register's changes when ``file`` holds ``records`` from now on (none: it is removed)."""
    own = [Printing(dup_key(r), seq, pdate, r) for seq, r in enumerate(records)]
    out = Plan(own=[p for p in own if p.key], insert=[p for p in own if not p.key])
    keys = {p.key for p in out.own}
    keys |= {r[0] for r in db.execute("SELECT DISTINCT dup_key FROM decision_copies WHERE file=?", (file,))}
    keys |= {r[0] for r in db.execute("SELECT DISTINCT dup_key FROM decisions WHERE file=? AND dup_key != ''",
                                      (file,)) if r[0]}
    for key in sorted(keys):
        printings = _load(db, "dup_key=? AND file != ?", (key, file)) + [p for p in out.own if p.key == key]
        current = {r[0] for r in db.execute("SELECT id FROM decisions WHERE dup_key=? AND file != ?", (key, file))}
        if not printings:
            out.delete += sorted(current)  # only an inconsistent older register can get here
            continue
        printings.sort(key=lambda p: p.order)
        winner = printings[0].record.file
        shown = [p for p in printings if p.record.file == winner]
        notes = list(dict.fromkeys(where(p.record) for p in printings if p.record.file != winner))
        if winner != file and current == {p.record.id for p in shown}:
            out.notes += [(json.dumps(notes), p.record.id) for p in shown]
            continue
        out.delete += sorted(current)  # the record moves to another paper (this one, or the next copy)
        for p in shown:
            p.record.also_in = list(notes)
            out.insert.append(p)
    return out


def write(db: sqlite3.Connection, file: str, p: Plan) -> None:
    """Replace ``file``'s printings in ``decision_copies`` (inside the register's transaction)."""
    db.execute("DELETE FROM decision_copies WHERE file=?", (file,))
    _store(db, p.own)


def relabel(db: sqlite3.Connection, file: str, group: str) -> None:
    """``file``'s printings move to ``group`` with its rows, so a promoted copy keeps the paper's label."""
    db.execute("UPDATE decision_copies SET visibility=? WHERE file=?", (group, file))


def records_of(db: sqlite3.Connection, file: str) -> tuple[list[Decision], str] | None:
    """``file``'s records as indexed, to work its rows out again after its label changed; None when
    no other paper prints any of them (nothing can move)."""
    if not db.execute("SELECT 1 FROM decision_copies a JOIN decision_copies b ON a.dup_key = b.dup_key "
                      "AND a.file != b.file WHERE a.file=? LIMIT 1", (file,)).fetchone():
        return None
    own = [(p.seq, p.record) for p in _load(db, "file=?", (file,))]
    rest = [(int(r["seq"] or 0), Decision(**{k: decode(k, r[k]) for k in r.keys() if k in _FIELDS and r[k] is not None}))
            for r in db.execute("SELECT * FROM decisions WHERE file=? AND COALESCE(dup_key, '')=''", (file,))]
    pdate = db.execute("SELECT pack_date FROM decision_copies WHERE file=? LIMIT 1", (file,)).fetchone()[0] or ""
    return [rec for _, rec in sorted(own + rest, key=lambda x: x[0])], pdate


def _store(db: sqlite3.Connection, printings: list[Printing]) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO decision_copies (id, dup_key, file, seq, page, pack_date, visibility, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(p.record.id, p.key, p.record.file, p.seq, p.record.page, p.pack_date, p.record.visibility,
          json.dumps({k: v for k, v in p.record.to_dict().items() if k not in _DERIVED})) for p in printings])


def _load(db: sqlite3.Connection, where_sql: str, args: tuple[Any, ...]) -> list[Printing]:
    out = []
    for row in db.execute(f"SELECT * FROM decision_copies WHERE {where_sql}", args).fetchall():
        values = {k: v for k, v in json.loads(row["record"]).items() if k in _FIELDS}
        rec = Decision(**{**values, "visibility": row["visibility"] or values.get("visibility", "public")})
        out.append(Printing(row["dup_key"], int(row["seq"] or 0), row["pack_date"] or "", rec))
    return out
