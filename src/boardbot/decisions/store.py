"""The decisions register on disk: SQLite (+FTS5) beside the catalogue, vectors in Chroma.

The rows live in the catalogue's own database file so a paper's chunks and its
decisions are indexed, re-labelled and removed together (the index calls this
store as a ``DocumentHook``). Text search is FTS5 BM25, one FTS5 table per
visibility group (``decisions_fts_<n>``, as for chunks: see ``catalog.GroupFts``)
so BM25's statistics come only from papers the reader may read; meaning search
is a Chroma collection called ``decisions`` embedded with the index's own model.
Every filter - board, dates, kind, visibility groups - is applied inside the
SQL ``WHERE`` or the Chroma ``where``, so a reader never sees a count, score or
row from a paper outside their groups.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import AbstractContextManager
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import IndexMismatchError
from ..store.catalog import FTS_GROUPS_SCHEMA, GroupFts, fts_query, merge_top, snapshot, transaction
from ..text.dates import date_key
from .extract import Decision, extract_decisions

if TYPE_CHECKING:
    from ..parsing.document import Document
    from ..store.embedding import Embedder
    from ..store.index import Index

log = logging.getLogger(__name__)

COLLECTION = "decisions"
RRF_K = 60.0
MIN_DENSE_COSINE = 0.3  # a meaning-only match weaker than this is noise, not a related decision
# A query result is kept when it is close in meaning or shares the query's rarer words:
# FTS5 ORs the terms, so a record sharing only "care" with "better care fund" scores ~0.
STRONG_DENSE = 0.45
BM25_SHARE = 0.35  # of the best BM25 score for this query

SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id TEXT PRIMARY KEY, file TEXT NOT NULL, seq INTEGER, page INTEGER, char_start INTEGER,
    meeting_date TEXT, date_key INTEGER, board TEXT, organisation TEXT, title TEXT, item TEXT,
    kind TEXT, text TEXT, lead_in TEXT, owner TEXT, deadline TEXT, source TEXT,
    visibility TEXT DEFAULT 'public'
);
CREATE INDEX IF NOT EXISTS decisions_file ON decisions(file);
CREATE INDEX IF NOT EXISTS decisions_date ON decisions(date_key);
""" + FTS_GROUPS_SCHEMA
DECISIONS_FTS = GroupFts("decisions_fts", "decision_id UNINDEXED, text, item, owner, tokenize = 'porter unicode61'",
                         "decisions", "decision_id", ("text", "item", "owner"))
_COLUMNS = ("id", "file", "seq", "page", "char_start", "meeting_date", "date_key", "board", "organisation",
            "title", "item", "kind", "text", "lead_in", "owner", "deadline", "source", "visibility")
_DECISION_FIELDS = {f.name for f in fields(Decision)}


def embed_text(d: Decision) -> str:
    """What the vector stands for: the decision in the context of its agenda item."""
    item = d.item if d.item and d.item not in d.text else ""
    return f"{item}: {d.text}" if item else d.text


class DecisionStore:
    """Decisions of every indexed paper; a ``boardbot.store.index.DocumentHook``."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, index: Index | None = None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._index = index
        self._local = threading.local()
        self._collection: Any = None
        self._lock = threading.Lock()
        settings.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.db.executescript(SCHEMA)
        # a register made before per-group FTS tables had one `decisions_fts` for every group
        DECISIONS_FTS.migrate(self.db, "decisions_fts")

    # --- plumbing ---------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.settings.db_path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.db)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            if self._index is not None:
                self._embedder = self._index.embedder
            else:
                from ..store.embedding import get_embedder

                self._embedder = get_embedder(self.settings)
        return self._embedder

    @property
    def collection(self) -> Any:
        with self._lock:
            if self._collection is None:
                from ..store.vectors import make_client

                emb = self.embedder
                col = make_client(self.settings).get_or_create_collection(
                    COLLECTION, metadata={"embed_model": emb.name, "embed_dim": emb.dim, "hnsw:space": "cosine"}
                )
                meta = col.metadata or {}
                if (meta.get("embed_model"), meta.get("embed_dim")) != (emb.name, emb.dim) and col.count() > 0:
                    raise IndexMismatchError(
                        f"decisions collection was built with {meta.get('embed_model')} but the configured "
                        f"model is {emb.name}; rebuild with `boardbot ingest --rebuild PATH...`"
                    )
                self._collection = col
            return self._collection

    def _has_files_table(self) -> bool:
        row = self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='files'").fetchone()
        return row is not None

    # --- DocumentHook -------------------------------------------------------------
    def index_document(self, doc: Document) -> None:
        """Replace ``doc``'s decisions (extract, embed, store in SQLite and Chroma)."""
        try:
            records = extract_decisions(doc)
        except Exception:  # a register bug must not cost the paper its place in the index
            log.exception("%s: decision extraction failed; no register entries for it", doc.meta.file)
            records = []
        self.replace_file(doc.meta.file, records)

    def replace_file(self, file: str, records: list[Decision]) -> None:
        vecs = self.embedder.embed([embed_text(r) for r in records]) if records else []
        self.collection.delete(where={"file": file})
        if records:
            self.collection.add(
                ids=[r.id for r in records],
                embeddings=vecs,
                documents=[r.text for r in records],
                metadatas=[_chroma_meta(r) for r in records],
            )
        with self._tx() as db:
            self._delete_rows(db, file)
            db.executemany(
                f"INSERT OR REPLACE INTO decisions ({','.join(_COLUMNS)}) VALUES ({','.join('?' * len(_COLUMNS))})",
                [_row(r, seq) for seq, r in enumerate(records)],
            )
            by_group: dict[str, list[tuple[str, str, str, str]]] = {}
            for r in records:
                by_group.setdefault(r.visibility, []).append((r.id, r.text, r.item, r.owner))
            for group, rows in by_group.items():
                db.executemany(
                    f"INSERT INTO {DECISIONS_FTS.table(db, group)} (decision_id, text, item, owner) VALUES (?, ?, ?, ?)",
                    rows,
                )
        log.info("%s: %d decisions", file, len(records))

    def drop(self) -> list[str]:
        """For ``Index.wipe``: the server's collection goes; local files go with the index folder."""
        self.close()
        with self._lock:
            self._collection = None
        if not self.settings.chroma_url:
            return []
        from ..store.vectors import make_client

        client = make_client(self.settings)
        if COLLECTION not in {c.name for c in client.list_collections()}:
            return []
        client.delete_collection(COLLECTION)
        return [f"{self.settings.chroma_url} collection {COLLECTION}"]

    def remove_file(self, file: str) -> None:
        with self._tx() as db:
            self._delete_rows(db, file)
        self.collection.delete(where={"file": file})

    def set_visibility(self, file: str, group: str) -> None:
        with self._tx() as db:  # the FTS rows move to the group's table with the label, in one transaction
            DECISIONS_FTS.move_file(db, file, group)
            db.execute("UPDATE decisions SET visibility=? WHERE file=?", (group, file))
        ids = self.collection.get(where={"file": file}, include=[])["ids"]
        if ids:
            self.collection.update(ids=ids, metadatas=[{"visibility": group}] * len(ids))

    @staticmethod
    def _delete_rows(db: sqlite3.Connection, file: str) -> None:
        DECISIONS_FTS.delete_file(db, file)
        db.execute("DELETE FROM decisions WHERE file=?", (file,))

    # --- reads --------------------------------------------------------------------
    def count(self, file: str | None = None) -> int:
        if file is None:
            return int(self.db.execute("SELECT count(*) FROM decisions").fetchone()[0])
        return int(self.db.execute("SELECT count(*) FROM decisions WHERE file=?", (file,)).fetchone()[0])

    def indexed_files(self) -> int:
        """Papers in the catalogue (0 when this database has none, or no catalogue)."""
        if not self._has_files_table():
            return 0
        return int(self.db.execute("SELECT count(*) FROM files WHERE status='complete'").fetchone()[0])

    def all_records(self) -> list[Decision]:
        rows = self.db.execute("SELECT * FROM decisions ORDER BY file, char_start").fetchall()
        return [_decision(r) for r in rows]

    def _where(self, board: str | None, since: str | None, until: str | None, kind: str | None,
               groups: tuple[str, ...] | None, files: tuple[str, ...] | None) -> tuple[str, list[Any]]:
        where, args = [], []
        if board:
            where.append("(lower(d.board) LIKE ? OR lower(d.organisation) LIKE ?)")
            args += [f"%{board.lower()}%"] * 2
        if since:
            where.append("d.date_key >= ?")
            args.append(date_key(since))
        if until:
            where.append("d.date_key <= ?")
            args.append(date_key(until, end=True))
        if kind:
            where.append("d.kind = ?")
            args.append(kind)
        if files:
            where.append(f"d.file IN ({','.join('?' * len(files))})")
            args += list(files)
        if groups is not None:
            where.append(f"d.visibility IN ({','.join('?' * len(groups)) or 'NULL'})")
            args += list(groups)
        if self._has_files_table():
            # a paper whose ingest has not finished is not served
            where.append("d.file NOT IN (SELECT file FROM files WHERE status != 'complete')")
        return (" AND ".join(where) or "1"), args

    def _chroma_where(self, board: str | None, since: str | None, until: str | None, kind: str | None,
                      groups: tuple[str, ...] | None, files: tuple[str, ...] | None) -> dict[str, Any] | None:
        conds: list[dict[str, Any]] = []
        if board:
            # Chroma has no substring match on metadata: resolve the board to files in SQL first
            rows = self.db.execute(
                "SELECT DISTINCT file FROM decisions WHERE lower(board) LIKE ? OR lower(organisation) LIKE ?",
                [f"%{board.lower()}%"] * 2,
            ).fetchall()
            board_files = {r[0] for r in rows}
            files = tuple(board_files & set(files)) if files else tuple(board_files)
            if not files:
                files = ("\x00none",)
        if since:
            conds.append({"date_key": {"$gte": date_key(since)}})
        if until:
            conds.append({"date_key": {"$lte": date_key(until, end=True)}})
        if kind:
            conds.append({"kind": {"$eq": kind}})
        if files:
            conds.append({"file": {"$in": list(files)}})
        if groups is not None:
            conds.append({"visibility": {"$in": list(groups) or ["\x00none"]}})
        if not conds:
            return None
        return conds[0] if len(conds) == 1 else {"$and": conds}

    def bm25(self, query: str, n: int, groups: tuple[str, ...] | None = None,
             where: tuple[str, list[Any]] | None = None) -> list[tuple[str, float]]:
        """Top-``n`` (decision id, BM25 score), higher better, readable by ``groups``.

        Each table of ``groups`` (``None``: every group) is ranked by its own SQL
        top-n, with its own statistics, and the lists are merged by score: no
        table the caller may not read influences their scores or order. ``where``
        is ``search``'s filter (SQL on alias ``d``, args); by default only ``groups``'.
        """
        q = fts_query(query)
        if not q:
            return []
        if where is None:
            where = self._where(None, None, None, None, groups, None)
        where_sql, args = where
        db = self.db
        with snapshot(db):
            lists = [db.execute(
                f"""SELECT d.id, -bm25({t}) AS s FROM {t}
                    JOIN decisions d ON d.id = {t}.decision_id
                    WHERE {t} MATCH ? AND {where_sql}
                    ORDER BY bm25({t}) LIMIT ?""",
                [q, *args, n],
            ).fetchall() for t in DECISIONS_FTS.tables(db, groups)]
        return [(r["id"], float(r["s"])) for r in merge_top(lists, n, "s")]

    def search(
        self,
        query: str | None = None,
        board: str | None = None,
        since: str | None = None,
        until: str | None = None,
        kind: str | None = None,
        groups: tuple[str, ...] | None = None,
        limit: int = 50,
        files: tuple[str, ...] | None = None,
        order: str | None = None,
    ) -> list[Decision]:
        """Decisions matching the filters; with a query, hybrid FTS5 + Chroma by relevance.

        ``order`` is "date" (newest first, the default without a query) or "relevance"
        (the default with one). Each returned Decision carries its fused ``score``.
        """
        groups = tuple(groups) if groups is not None else None
        files = tuple(files) if files else None
        where, args = self._where(board, since, until, kind, groups, files)
        if not query or not query.strip():
            rows = self.db.execute(
                f"SELECT d.* FROM decisions d WHERE {where} "
                "ORDER BY d.date_key DESC, d.meeting_date DESC, d.file, d.char_start LIMIT ?",
                [*args, limit],
            ).fetchall()
            return [_decision(r) for r in rows]
        n = max(limit * 2, 40)
        fused: dict[str, float] = {}
        parts: dict[str, dict[str, float]] = {}
        for rank, (did, s) in enumerate(self.bm25(query, n, groups, (where, args))):
            fused[did] = fused.get(did, 0.0) + 1.0 / (RRF_K + rank + 1)
            parts.setdefault(did, {})["bm25"] = s
        if self.count():
            res = self.collection.query(
                query_embeddings=self.embedder.embed([query]),
                n_results=n,
                where=self._chroma_where(board, since, until, kind, groups, files),
                include=["distances"],
            )
            rank = 0
            for did, dist in zip(res["ids"][0], res["distances"][0]):
                cos = 1.0 - float(dist)
                if cos < MIN_DENSE_COSINE:
                    continue
                fused[did] = fused.get(did, 0.0) + 1.0 / (RRF_K + rank + 1)
                parts.setdefault(did, {})["dense"] = cos
                rank += 1
        best_bm25 = max((p.get("bm25", 0.0) for p in parts.values()), default=0.0)
        ids = [i for i in fused
               if parts[i].get("dense", 0.0) >= STRONG_DENSE or parts[i].get("bm25", 0.0) >= BM25_SHARE * best_bm25 > 0]
        if not ids:
            return []
        rows = self.db.execute(
            f"SELECT d.* FROM decisions d WHERE d.id IN ({','.join('?' * len(ids))}) AND {where}",
            [*ids, *args],
        ).fetchall()
        out = []
        for r in rows:
            d = _decision(r)
            d.score = round(fused[d.id], 6)
            d.scores = parts.get(d.id, {})
            out.append(d)
        if (order or "relevance") == "date":
            out.sort(key=lambda d: (-d.date_key, d.file, d.char_start))
        else:
            out.sort(key=lambda d: -d.score)
        return out[:limit]


def _row(r: Decision, seq: int) -> tuple[Any, ...]:
    values = {**r.to_dict(), "seq": seq, "date_key": r.date_key}
    return tuple(values[c] for c in _COLUMNS)


def _chroma_meta(r: Decision) -> dict[str, Any]:
    return {"file": r.file, "page": r.page, "kind": r.kind, "date_key": r.date_key,
            "meeting_date": r.meeting_date, "board": r.board, "visibility": r.visibility}


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(**{k: row[k] for k in row.keys() if k in _DECISION_FIELDS})
