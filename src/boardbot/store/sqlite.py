"""The SQLite plumbing every store shares: WAL connections, transactions, ``IN (...)`` lists.

The catalogue and the decisions register live in the same database file, so
they open it the same way: one connection per thread, WAL so readers never
wait for a writer, and write transactions taken up front so two writers never
deadlock.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class Connections:
    """One WAL connection per thread to one SQLite file (Gradio serves from a thread pool)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._local = threading.local()

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close this thread's connection (before the database file is deleted)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken up front (IMMEDIATE) so two writers never deadlock."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextmanager
def snapshot(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction (WAL snapshot) over several statements, unless one is already open.

    A search reads several per-group FTS tables: inside one snapshot a paper being
    relabelled at that moment is seen in its old table or its new one, never both.
    """
    if db.in_transaction:
        yield db
        return
    db.execute("BEGIN")
    try:
        yield db
    finally:
        if db.in_transaction:
            db.execute("COMMIT")


def in_list(column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """``column IN (?, ...)`` and its arguments; an empty list matches nothing (``IN (NULL)``)."""
    values = list(values)
    return f"{column} IN ({','.join('?' * len(values)) or 'NULL'})", values
