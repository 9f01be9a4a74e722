"""The SQLite side of the index: which files are indexed, their chunks, and BM25.

One transactional file beside the Chroma store holds the file catalogue
(content hash, status), every chunk's text and metadata, and FTS5 tables whose
``bm25()`` ranking is the keyword half of hybrid retrieval. There is one FTS5
table per visibility group (``chunks_fts_<n>``, named through ``fts_groups``), so
the BM25 statistics a reader's scores rest on - row count, average length, how
many rows hold a term - come only from papers that reader may read. FTS5 is
updated row by row on ingest, remove and relabelling, so BM25 is always in step
with the vectors and never rebuilt per query. A file is served only once its
status is ``complete``: a crash mid-ingest leaves it ``indexing`` and the next
run redoes it.
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Chunk, DocMeta, encode_breaks
from ..text.dates import date_key
from ..text.terms import phrase_terms
from . import dedup
from .filters import Filters
from .fts import FTS_GROUPS_SCHEMA, GroupFts, merge_top
from .sqlite import Connections, in_list, snapshot, transaction

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (
    file TEXT PRIMARY KEY, sha256 TEXT, size INTEGER, title TEXT, organisation TEXT,
    board TEXT, date TEXT, doc_type TEXT, visibility TEXT DEFAULT 'public',
    pages INTEGER, chunks INTEGER, status TEXT, indexed_at REAL, source_path TEXT, added_by TEXT DEFAULT ''
);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, file TEXT NOT NULL, seq INTEGER, text TEXT, page_start INTEGER,
    page_end INTEGER, char_start INTEGER, char_end INTEGER, page_breaks TEXT, section TEXT,
    meeting_date TEXT, date_key INTEGER, board TEXT, organisation TEXT, title TEXT,
    doc_type TEXT, visibility TEXT DEFAULT 'public'
);
CREATE INDEX IF NOT EXISTS chunks_file ON chunks(file);
"""
# Pages whose text came from OCR; `cache_key` finds the page's words and boxes in index/ocr-cache/.
# A table of its own (not columns) so an index made before OCR opens unchanged.
OCR_SCHEMA = """
CREATE TABLE IF NOT EXISTS ocr_pages (
    file TEXT NOT NULL, page INTEGER NOT NULL, confidence REAL, rotation INTEGER, words INTEGER,
    cache_key TEXT, PRIMARY KEY (file, page)
);
"""
# a chunk's OCR'd pages as "page:confidence,..." (NULL when none), read with its row
_CHUNK_OCR = """(SELECT group_concat(o.page || ':' || round(o.confidence, 1)) FROM ocr_pages o
                 WHERE o.file = c.file AND o.page BETWEEN c.page_start AND c.page_end) AS ocr_pages"""

def fts_query(text: str) -> str:
    # Compounds go to FTS5 whole: inside quotes it reads them as a phrase
    # ("four-hour" = "four hour"), which is more precise than two loose terms.
    terms = [t.replace("/", " ") for t in phrase_terms(text)]
    # Quote every term: FTS5 treats bare words like AND/NEAR and punctuation as syntax.
    return " OR ".join('"' + t.replace('"', "") + '"' for t in dict.fromkeys(terms))


# Columns added to `files` after indexes were first built: ALTER TABLE adds each one an older index lacks.
FILES_ADDED_COLUMNS = {"added_by": "TEXT DEFAULT ''"}


def add_missing_columns(db: sqlite3.Connection, table: str, columns: dict[str, str]) -> list[str]:
    """Add each of ``columns`` (name -> SQL type) that ``table`` lacks; returns the names added."""
    have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
    added = []
    for name in (n for n in columns if n not in have):
        try:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {columns[name]}")
            added.append(name)
        except sqlite3.OperationalError as exc:  # another process opening the index added it first
            if "duplicate column" not in str(exc):
                raise
    return added


CHUNKS_FTS = GroupFts("chunks_fts", "chunk_id UNINDEXED, text, tokenize = 'porter unicode61'", "chunks", "chunk_id",
                      ("text",))


@dataclass
class FileRecord:
    file: str
    sha256: str
    size: int
    title: str
    organisation: str
    board: str
    date: str
    doc_type: str
    visibility: str
    pages: int
    chunks: int
    status: str
    indexed_at: float
    source_path: str
    added_by: str = ""  # who (re)indexed this version: an app user, or "cli:<account>" for `boardbot ingest`

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Catalog:
    """Thread-safe wrapper over one SQLite file (WAL, so readers never block on a writer)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conns = Connections(path)
        self.db.executescript(SCHEMA + FTS_GROUPS_SCHEMA + OCR_SCHEMA + dedup.SCHEMA)
        add_missing_columns(self.db, "files", FILES_ADDED_COLUMNS)
        # an index made before per-group FTS tables had one `chunks_fts` for every group
        CHUNKS_FTS.migrate(self.db, "chunks_fts")

    @property
    def db(self) -> sqlite3.Connection:
        return self._conns.db

    def tx(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.db)

    def close(self) -> None:
        """Close this thread's connection (before the database file is deleted)."""
        self._conns.close()

    # --- meta -------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.tx() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def generation(self) -> int:
        """Bumped by every change readers must see (a paper finished, removed or relabelled)."""
        return int(self.get_meta("generation") or 0)

    @staticmethod
    def _bump(db: sqlite3.Connection) -> None:
        # in the writer's own transaction, so a reader that sees the change sees the new number
        db.execute("INSERT INTO meta VALUES ('generation', '1') "
                   "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    # --- files ------------------------------------------------------------
    def file(self, name: str) -> FileRecord | None:
        row = self.db.execute("SELECT * FROM files WHERE file=?", (name,)).fetchone()
        return FileRecord(**dict(row)) if row else None

    def files(self, groups: tuple[str, ...] | None = None, complete_only: bool = True) -> list[FileRecord]:
        sql, args = "SELECT * FROM files WHERE 1", []
        if complete_only:
            sql += " AND status='complete'"
        if groups is not None:
            where, values = in_list("visibility", groups)
            sql += f" AND {where}"
            args += values
        rows = self.db.execute(sql + " ORDER BY date DESC, file", args).fetchall()
        return [FileRecord(**dict(r)) for r in rows]

    def begin_file(self, meta: DocMeta, sha256: str, size: int, pages: int, source: str,
                   added_by: str = "") -> None:
        """Mark a file as being (re)indexed and drop its old rows, in one transaction."""
        with self.tx() as db:
            self._delete_rows(db, meta.file)
            db.execute(
                "INSERT OR REPLACE INTO files (file, sha256, size, title, organisation, board, date, doc_type, "
                "visibility, pages, chunks, status, indexed_at, source_path, added_by) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (meta.file, sha256, size, meta.title, meta.organisation, meta.board, meta.date,
                 meta.doc_type, meta.visibility, pages, 0, "indexing", time.time(), source, added_by or ""),
            )

    def add_chunks(self, chunks: Iterable[Chunk]) -> None:
        rows: list[tuple[Any, ...]] = []
        fts: dict[str, list[tuple[str, str]]] = {}
        for c in chunks:
            m = c.meta
            rows.append((
                c.id, c.file, int(c.id.rsplit("-", 1)[1]), c.text, c.page_start, c.page_end,
                c.char_start, c.char_end, encode_breaks(c.page_breaks), c.section,
                c.meeting_date, date_key(c.meeting_date or m.get("date", "")), m.get("board", ""),
                m.get("organisation", ""), m.get("title", ""), m.get("doc_type", ""),
                m.get("visibility", "public"),
            ))
            fts.setdefault(m.get("visibility", "public"), []).append((c.id, c.text))
        with self.tx() as db:
            db.executemany(f"INSERT OR REPLACE INTO chunks VALUES ({','.join('?' * 17)})", rows)
            for group, group_rows in fts.items():
                db.executemany(f"INSERT INTO {CHUNKS_FTS.table(db, group)} (chunk_id, text) VALUES (?, ?)", group_rows)

    def finish_file(self, name: str, n_chunks: int) -> None:
        with self.tx() as db:
            self._bump(db)
            db.execute(
                "UPDATE files SET status='complete', chunks=?, indexed_at=? WHERE file=?",
                (n_chunks, time.time(), name),
            )

    def remove_file(self, name: str) -> bool:
        with self.tx() as db:
            self._bump(db)
            found = db.execute("SELECT 1 FROM files WHERE file=?", (name,)).fetchone() is not None
            self._delete_rows(db, name)
            db.execute("DELETE FROM files WHERE file=?", (name,))
        return found

    @staticmethod
    def _delete_rows(db: sqlite3.Connection, name: str) -> None:
        CHUNKS_FTS.delete_file(db, name)
        db.execute("DELETE FROM chunks WHERE file=?", (name,))
        db.execute("DELETE FROM ocr_pages WHERE file=?", (name,))
        dedup.delete_file(db, name)

    def add_ocr_pages(self, name: str, pages: Iterable[tuple[int, float, int, int, str]]) -> None:
        """Record ``name``'s OCR'd pages: (page, confidence, rotation, words, cache key)."""
        with self.tx() as db:
            db.executemany("INSERT OR REPLACE INTO ocr_pages VALUES (?,?,?,?,?,?)", [(name, *p) for p in pages])

    def add_page_copies(self, name: str, pages: list[str], sha256: str) -> int:
        """Find which of ``name``'s pages repeat (or are repeated by) pages of other papers."""
        with self.tx() as db:
            return dedup.add_file(db, name, pages, sha256)

    def originals(self, pages: list[tuple[str, int]], groups: tuple[str, ...] | None = None
                  ) -> dict[tuple[str, int], tuple[str, int]]:
        return dedup.originals(self.db, pages, groups)

    def copies(self, files: list[str], groups: tuple[str, ...] | None = None) -> list[tuple[str, int, str, int]]:
        return dedup.copies(self.db, files, groups)

    def chunk_at(self, file: str, page: int, filters: Filters) -> list[sqlite3.Row]:
        """Served chunks of ``file`` that cover ``page`` and pass ``filters`` (visibility included)."""
        where, args = filters.sql("c")
        sql = f"""SELECT c.*, {_CHUNK_OCR} FROM chunks c JOIN files f ON f.file = c.file AND f.status = 'complete'
                  WHERE c.file=? AND c.page_start<=? AND c.page_end>=? AND {where} ORDER BY c.seq"""
        return self.db.execute(sql, [file, page, page, *args]).fetchall()

    def ocr_pages(self, name: str) -> dict[int, float]:
        """Page -> OCR confidence for ``name``'s pages whose text came from OCR."""
        rows = self.db.execute("SELECT page, confidence FROM ocr_pages WHERE file=? ORDER BY page", (name,))
        return {int(r[0]): float(r[1]) for r in rows}

    def set_visibility(self, name: str, group: str) -> bool:
        """Relabel a file and move its chunks to ``group``'s FTS table (text from the catalogue, no re-embedding)."""
        with self.tx() as db:
            self._bump(db)
            cur = db.execute("UPDATE files SET visibility=? WHERE file=?", (group, name))
            CHUNKS_FTS.move_file(db, name, group)
            db.execute("UPDATE chunks SET visibility=? WHERE file=?", (group, name))
        return cur.rowcount > 0

    def incomplete_files(self) -> list[str]:
        rows = self.db.execute("SELECT file FROM files WHERE status!='complete'").fetchall()
        return [r[0] for r in rows]

    # --- chunks -----------------------------------------------------------
    def chunk_ids(self, name: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM chunks WHERE file=?", (name,))]

    def count_chunks(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    def get_chunks(self, ids: list[str], groups: tuple[str, ...] | None = None) -> dict[str, sqlite3.Row]:
        """Catalogue rows of ``ids``; with ``groups``, only chunks those groups may read.

        The retrievers already filter by visibility inside their queries, so the
        groups check here removes nothing in a consistent index: it is the backstop
        for the moment ``set-visibility`` has updated the catalogue (first) but not
        yet Chroma, so a vector still labelled public cannot surface a private chunk.
        """
        if not ids:
            return {}
        where, args = in_list("c.id", ids)
        sql = f"""SELECT c.*, {_CHUNK_OCR} FROM chunks c JOIN files f ON f.file = c.file AND f.status = 'complete'
                  WHERE {where}"""
        if groups is not None:
            where, values = in_list("c.visibility", groups)
            sql += f" AND {where}"
            args += values
        return {r["id"]: r for r in self.db.execute(sql, args).fetchall()}

    def bm25(self, text: str, k: int, filters: Filters) -> list[tuple[sqlite3.Row, float]]:
        """Top-k chunks by FTS5 BM25 (higher is better), filters applied inside the SQL.

        Each readable group's table is ranked by its own SQL top-k, with its own
        statistics, and the lists are merged by score: no table the caller may not
        read takes part, so their scores and order are as if those papers were absent.
        """
        q = fts_query(text)
        if not q:
            return []
        where, args = filters.sql("c")
        db = self.db
        with snapshot(db):
            lists = [db.execute(
                f"""SELECT c.*, -bm25({t}) AS score FROM {t}
                    JOIN chunks c ON c.id = {t}.chunk_id
                    JOIN files f ON f.file = c.file AND f.status = 'complete'
                    WHERE {t} MATCH ? AND {where}
                    ORDER BY bm25({t}) LIMIT ?""",
                [q, *args, k],
            ).fetchall() for t in CHUNKS_FTS.tables(db, filters.groups)]
        return [(r, float(r["score"])) for r in merge_top(lists, k, "score")]

    def doc_freq(self, terms: list[str], groups: tuple[str, ...] | None = None) -> tuple[dict[str, int], int]:
        """Document frequency of each (stemmed-by-FTS) term, and the chunk count, for IDF.

        With ``groups``, both count only chunks those groups may read (the FTS tables
        of those groups), so a caller's scores are the same as if the papers hidden
        from them were not indexed at all (IDF would otherwise say how often a word
        occurs in private papers).
        """
        db = self.db
        with snapshot(db):
            if groups is None:
                total = self.count_chunks()
            else:
                where, args = in_list("visibility", groups)
                total = int(db.execute(f"SELECT count(*) FROM chunks WHERE {where}", args).fetchone()[0])
            tables = CHUNKS_FTS.tables(db, groups)
            out: dict[str, int] = {}
            for term in dict.fromkeys(terms):
                phrase = '"' + term.replace('"', "") + '"'
                out[term] = sum(int(db.execute(f"SELECT count(*) FROM {t} WHERE {t} MATCH ?", [phrase]).fetchone()[0])
                                for t in tables)
        return out, total

    def idf(self, terms: list[str], groups: tuple[str, ...] | None = None) -> dict[str, float]:
        """BM25's IDF of each term over the chunks ``groups`` may read (FTS5 stems the terms)."""
        freq, total = self.doc_freq(terms, groups)
        total = max(total, 1)
        return {t: math.log(1 + (total - n + 0.5) / (n + 0.5)) for t, n in freq.items()}

    def board_names(self, groups: tuple[str, ...] | None = None, within: str = "") -> dict[str, str]:
        """File -> "board organisation" of the served papers ``groups`` may read: the scope vocabulary.

        Question words naming a board are read as a scope, not as a topic; only papers
        the caller may read count, so a private paper's board name cannot change how a
        public reader's question is read. ``within`` (a table of this code base with a
        ``file`` column, e.g. "decisions") keeps only the papers that have rows there.
        """
        return {file: f"{board} {org}" for file, (board, org) in self.bodies(groups, within).items()}

    def bodies(self, groups: tuple[str, ...] | None = None, within: str = "") -> dict[str, tuple[str, str]]:
        """File -> (board, organisation), kept apart: a body's name scopes more surely than its council's."""
        sql, args = "SELECT file, board, organisation FROM files WHERE status='complete'", []
        if groups is not None:
            where, args = in_list("visibility", groups)
            sql += f" AND {where}"
        if within:
            sql += f" AND file IN (SELECT file FROM {within})"
        return {r[0]: (r[1] or "", r[2] or "") for r in self.db.execute(sql + " ORDER BY file", args).fetchall()}

    def meeting_organisations(self, groups: tuple[str, ...] | None = None) -> dict[tuple[str, str], str]:
        """(board, meeting date) -> the organisation most of that meeting's papers name, among papers
        ``groups`` may read: a questions paper or a minutes extract that names no council on its first
        pages still belongs to the council whose meeting it went to."""
        sql = ("SELECT board, date, organisation, count(*) FROM files WHERE status='complete' "
               "AND organisation != '' AND board != '' AND date != ''")
        args: list[Any] = []
        if groups is not None:
            where, args = in_list("visibility", groups)
            sql += f" AND {where}"
        out: dict[tuple[str, str], tuple[int, str]] = {}
        for board, date, org, n in self.db.execute(sql + " GROUP BY board, date, organisation", args):
            best = out.get((board, date))
            if best is None or (n, org) > best:
                out[(board, date)] = (n, org)
        return {k: org for k, (_, org) in out.items()}

    def stats(self, groups: tuple[str, ...] | None = None) -> dict[str, Any]:
        """Papers, pages and chunks served; with ``groups``, only those the groups may read."""
        sql = "SELECT count(*), coalesce(sum(pages),0), coalesce(sum(chunks),0) FROM files WHERE status='complete'"
        args: list[Any] = []
        if groups is not None:
            where, args = in_list("visibility", groups)
            sql += f" AND {where}"
        row = self.db.execute(sql, args).fetchone()
        return {"files": row[0], "pages": row[1], "chunks": row[2]}


def row_metadata(row: sqlite3.Row) -> dict[str, Any]:
    keys = ("section", "meeting_date", "board", "organisation", "title", "doc_type",
            "visibility", "page_breaks", "char_start", "char_end", "date_key")
    meta = {k: row[k] for k in keys}
    # [[page, OCR confidence], ...] for the chunk's pages whose text came from OCR
    raw = row["ocr_pages"] if "ocr_pages" in row.keys() else None
    meta["ocr_pages"] = [[int(p), float(c)] for p, c in (x.split(":") for x in raw.split(","))] if raw else []
    return meta

