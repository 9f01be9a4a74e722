"""Full-text search tables, one per visibility group, for every kind of row (chunks, decisions).

FTS5's ``bm25()`` takes its statistics from the whole table it ranks, so each
visibility group has its own table and a reader's scores come only from the
papers they may read (docs/visibility.md).
"""

from __future__ import annotations

import heapq
import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from .sqlite import in_list, transaction

FTS_GROUPS_SCHEMA = "CREATE TABLE IF NOT EXISTS fts_groups (grp TEXT PRIMARY KEY, n INTEGER NOT NULL UNIQUE);"


class GroupFts:
    """One FTS5 table per visibility group for one kind of row (chunks, decisions).

    FTS5's ``bm25()`` takes its statistics from the whole table it ranks, so a
    single table would let private rows shift the scores public readers get.
    Group names are arbitrary strings and never reach SQL text: ``fts_groups``
    (shared by every kind, in the same database) gives each group a number and
    its table is ``<prefix>_<number>``, created the first time the group has a
    row. ``prefix`` and ``columns`` are constants of this code base.
    """

    def __init__(self, prefix: str, columns: str, source: str, key: str, fields: tuple[str, ...]) -> None:
        self.prefix = prefix
        self.columns = columns
        self.source = source  # the rows' own table (id, file, seq, visibility, text ...)
        self.key = key  # the FTS column holding a row's id in ``source``
        self.fields = fields  # the indexed columns, named alike in ``source``

    def _copy(self, db: sqlite3.Connection, group: str, where: str, args: tuple[Any, ...], order: str) -> None:
        cols = ", ".join(self.fields)
        db.execute(f"INSERT INTO {self.table(db, group)} ({self.key}, {cols}) "
                   f"SELECT id, {cols} FROM {self.source} WHERE {where} ORDER BY {order}", args)

    def move_file(self, db: sqlite3.Connection, file: str, group: str) -> None:
        """Move ``file``'s rows to ``group``'s table; call before relabelling them, in one transaction."""
        if db.execute(f"SELECT 1 FROM {self.source} WHERE file=? AND visibility IS NOT ? LIMIT 1",
                      (file, group)).fetchone():
            self.delete_file(db, file, keep=group)
            self._copy(db, group, "file=? AND visibility IS NOT ?", (file, group), "seq")

    def delete_file(self, db: sqlite3.Connection, file: str, keep: str | None = None) -> None:
        """Delete ``file``'s rows from the tables of its rows' groups (but ``keep``'s)."""
        groups = [r[0] for r in db.execute(
            f"SELECT DISTINCT visibility FROM {self.source} WHERE file=? AND visibility IS NOT ?", (file, keep)
        ).fetchall()]
        for t in self.tables(db, groups):
            db.execute(f"DELETE FROM {t} WHERE {self.key} IN (SELECT id FROM {self.source} WHERE file=?)", (file,))

    def name(self, n: int) -> str:
        return f"{self.prefix}_{int(n)}"

    def table(self, db: sqlite3.Connection, group: str) -> str:
        """``group``'s table, made (number and FTS5 table) if new; call inside a write transaction."""
        row = db.execute("SELECT n FROM fts_groups WHERE grp=?", (group,)).fetchone()
        if row is None:
            n = int(db.execute("SELECT coalesce(max(n), 0) + 1 FROM fts_groups").fetchone()[0])
            db.execute("INSERT INTO fts_groups (grp, n) VALUES (?, ?)", (group, n))
        else:
            n = int(row[0])
        name = self.name(n)
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5({self.columns})")
        return name

    def tables(self, db: sqlite3.Connection, groups: Iterable[str] | None = None) -> list[str]:
        """The existing tables of ``groups`` (``None``: of every group), in a fixed order."""
        sql = ("SELECT g.n FROM fts_groups g "
               "WHERE EXISTS (SELECT 1 FROM sqlite_master m WHERE m.type='table' AND m.name = ? || g.n)")
        args: list[Any] = [self.prefix + "_"]
        if groups is not None:
            wanted = list(dict.fromkeys(groups))
            if not wanted:
                return []
            where, values = in_list("g.grp", wanted)
            sql += f" AND {where}"
            args += values
        return [self.name(r[0]) for r in db.execute(sql + " ORDER BY g.n", args).fetchall()]

    def migrate(self, db: sqlite3.Connection, old: str) -> bool:
        """Replace a pre-group single table ``old`` by per-group tables, in one transaction.

        The per-group tables are rebuilt from the rows' own table, which holds the
        same text and the visibility column. Returns whether there was anything to migrate.
        """
        def has_old() -> bool:
            q = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"
            return db.execute(q, (old,)).fetchone() is not None

        if not has_old():
            return False
        with transaction(db):
            if not has_old():  # another process migrated it first
                return False
            groups = [r[0] for r in db.execute(
                f"SELECT DISTINCT visibility FROM {self.source} WHERE visibility IS NOT NULL ORDER BY 1"
            ).fetchall()]
            # both layouts present (an older boardbot has written to a split index since):
            # the rows' own table is the truth, so the per-group tables are refilled from it
            for t in self.tables(db):
                db.execute(f"DELETE FROM {t}")
            for g in groups:
                self._copy(db, g, "visibility=?", (g,), "rowid")
            db.execute(f"DROP TABLE {old}")
        return True


def merge_top(lists: Sequence[list[sqlite3.Row]], k: int, score: str) -> list[sqlite3.Row]:
    """The ``k`` best rows of per-table lists, each already sorted best first by ``score``."""
    if len(lists) == 1:
        return lists[0][:k]
    return list(itertools.islice(heapq.merge(*lists, key=lambda r: -r[score]), k))
