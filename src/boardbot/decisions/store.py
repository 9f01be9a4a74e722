"""The decisions register on disk: SQLite (+FTS5) beside the catalogue, vectors in Chroma.

The rows live in the catalogue's own database file so a paper's chunks and its
decisions are indexed, re-labelled and removed together (the index calls this
store as a ``DocumentHook``). Text search is FTS5 BM25, one FTS5 table per
visibility group (``decisions_fts_<n>``, as for chunks: see ``store.fts.GroupFts``)
so BM25's statistics come only from papers the reader may read; meaning search
is a Chroma collection called ``decisions`` embedded with the index's own model.
Every filter - board, dates, kind, visibility groups - is applied inside the
SQL ``WHERE`` or the Chroma ``where`` (both rendered by ``store.filters.Filters``),
so a reader never sees a count, score or row from a paper outside their groups.
Retrieval is the chunks' kernel: a BM25 and a dense LlamaIndex retriever fused
by reciprocal rank (``search.fusion``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from contextlib import AbstractContextManager
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from ..config import Settings
from ..search.fusion import SCORES_KEY, FusionRetriever
from ..store.catalog import fts_query
from ..store.filters import Filters
from ..store.fts import FTS_GROUPS_SCHEMA, GroupFts, merge_top
from ..store.sqlite import Connections, in_list, snapshot, transaction
from ..store.vectors import VectorStore, drop_collection
from . import copies, ranking, reissue
from .extract import Decision, extract_decisions

if TYPE_CHECKING:
    from ..parsing.document import Document
    from ..store.embedding import Embedder
    from ..store.index import Index

log = logging.getLogger(__name__)

COLLECTION = "decisions"
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
# Columns added after the first register: ``_migrate`` adds any an older index lacks.
NEW_COLUMNS = {"form": "TEXT", "outcome": "TEXT", "votes": "TEXT", "voters": "TEXT", "proposer": "TEXT",
               "seconder": "TEXT", "ref": "TEXT", "also_in": "TEXT", "proposed": "INTEGER DEFAULT 0",
               "dup_key": "TEXT", "pack_date": "TEXT"}
_JSON_COLUMNS = ("votes", "voters", "also_in")
_COLUMNS = ("id", "file", "seq", "page", "char_start", "meeting_date", "date_key", "board", "organisation",
            "title", "item", "kind", "text", "lead_in", "owner", "deadline", "source", "visibility",
            "form", "outcome", "votes", "voters", "proposer", "seconder", "ref", "also_in", "proposed",
            "dup_key", "pack_date")
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
        self._conns = Connections(settings.db_path)
        self._vectors: VectorStore | None = None
        self._lock = threading.Lock()
        self.db.executescript(SCHEMA)
        _migrate(self.db)
        # a register made before per-group FTS tables had one `decisions_fts` for every group
        DECISIONS_FTS.migrate(self.db, "decisions_fts")
        copies.ensure(self.db)  # every printing of a re-issued decision (an older index: from its notes)

    # --- plumbing ---------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        return self._conns.db

    def close(self) -> None:
        self._conns.close()

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
    def vectors(self) -> VectorStore:
        """The ``decisions`` Chroma collection, opened (and its model checked) on first use."""
        with self._lock:
            if self._vectors is None:
                self._vectors = VectorStore(self.settings, self.embedder, COLLECTION)
            return self._vectors

    @property
    def collection(self) -> Any:
        return self.vectors.collection

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
        self.replace_file(doc.meta.file, records, doc.meta.date)

    def replace_file(self, file: str, records: list[Decision], paper_date: str = "") -> None:
        """Store ``file``'s records; a decision already registered from re-issued minutes adds no row."""
        plan = copies.plan(self.db, file, records, reissue.pack_date(file, paper_date))
        self._apply(file, plan)
        log.info("%s: %d decisions", file, sum(p.record.file == file for p in plan.insert))

    def _apply(self, file: str, plan: copies.Plan) -> None:
        """``file``'s rows become ``plan``'s, in Chroma, then SQLite and FTS5 in one transaction."""
        records = [p.record for p in plan.insert]
        vecs = self.embedder.embed([embed_text(r) for r in records]) if records else []
        self.vectors.delete_file(file)
        if plan.delete:
            self.collection.delete(ids=plan.delete)
        if records:
            self.vectors.upsert([r.id for r in records], vecs, [_chroma_meta(r) for r in records])
        with self._tx() as db:
            self._delete_rows(db, file)
            copies.write(db, file, plan)
            reissue.forget_file(db, file)
            for rid in plan.delete:
                _delete_fts(db, rid)
                db.execute("DELETE FROM decisions WHERE id=?", (rid,))
            db.executemany("UPDATE decisions SET also_in=? WHERE id=?", plan.notes)
            db.executemany(
                f"INSERT OR REPLACE INTO decisions ({','.join(_COLUMNS)}) VALUES ({','.join('?' * len(_COLUMNS))})",
                [_row(p.record, p.seq, p.pack_date) for p in plan.insert],
            )
            by_group: dict[str, list[tuple[str, str, str, str]]] = {}
            for r in records:
                by_group.setdefault(r.visibility, []).append((r.id, r.text, r.item, r.owner))
            for group, rows in by_group.items():
                db.executemany(
                    f"INSERT INTO {DECISIONS_FTS.table(db, group)} (decision_id, text, item, owner) VALUES (?, ?, ?, ?)",
                    rows,
                )

    def drop(self) -> list[str]:
        """For ``Index.wipe``: the server's collection goes; local files go with the index folder."""
        self.close()
        with self._lock:
            self._vectors = None
        return drop_collection(self.settings, COLLECTION)

    def remove_file(self, file: str) -> None:
        """``file``'s rows go; a decision it was the record of moves to its next remaining copy."""
        self._apply(file, copies.plan(self.db, file, [], ""))

    def set_visibility(self, file: str, group: str) -> None:
        with self._tx() as db:  # the FTS rows move to the group's table with the label, in one transaction
            DECISIONS_FTS.move_file(db, file, group)
            db.execute("UPDATE decisions SET visibility=? WHERE file=?", (group, file))
            copies.relabel(db, file, group)
        self.vectors.set_visibility(file, group)
        again = copies.records_of(self.db, file)
        if again is not None:  # which printing of a re-issued decision is its row depends on who may read it
            self._apply(file, copies.plan(self.db, file, *again))

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

    def link(self, records: list[Decision], groups: tuple[str, ...] | None = None) -> list[Decision]:
        """Fill ``linked``: the other papers carrying a record's decision reference (its report,
        Record of Decision or proposed Record of Decision), by file name, title or register row.
        ``linked`` and ``also_in`` name only papers ``groups`` may read: a file name is not leaked."""
        cache: dict[str, list[str]] = {}
        readable = None
        if groups is not None and self._has_files_table():
            sql, args = in_list("visibility", groups)
            readable = {row[0] for row in self.db.execute(f"SELECT file FROM files WHERE {sql}", args)}
        for r in records:
            if readable is not None:
                r.also_in = [n for n in r.also_in if n.rsplit(" p", 1)[0] in readable]
            if not r.ref:
                continue
            if r.ref not in cache:
                dashed = r.ref.replace("/", "-")
                pats = [f"%{r.ref}%", f"%{dashed}%"]
                found = [row[0] for row in self.db.execute(
                    "SELECT DISTINCT file FROM decisions WHERE ref=?", (r.ref,)).fetchall()]
                if self._has_files_table():
                    found += [row[0] for row in self.db.execute(
                        "SELECT file FROM files WHERE file LIKE ? OR file LIKE ? OR title LIKE ? OR title LIKE ?",
                        [*pats, *pats]).fetchall()]
                cache[r.ref] = sorted(set(found))
            r.linked = [f for f in cache[r.ref] if f != r.file and (readable is None or f in readable)]
        return records

    def all_records(self) -> list[Decision]:
        rows = self.db.execute("SELECT * FROM decisions ORDER BY file, char_start").fetchall()
        return [_decision(r) for r in rows]

    def _where(self, f: Filters) -> tuple[str, list[Any]]:
        """``f`` as SQL over alias ``d``, serving only papers whose ingest has finished."""
        where, args = f.sql("d")
        if self._has_files_table():
            where += " AND d.file NOT IN (SELECT file FROM files WHERE status != 'complete')"
        return where, args

    def _dense_filters(self, f: Filters) -> Filters:
        """``f`` for Chroma: it has no substring match on metadata, so the board becomes its files."""
        if not f.board:
            return f
        rows = self.db.execute(
            "SELECT DISTINCT file FROM decisions WHERE lower(board) LIKE ? OR lower(organisation) LIKE ?",
            [f"%{f.board.lower()}%"] * 2,
        ).fetchall()
        return f.with_board_files(r[0] for r in rows)

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
        # a quoted phrase also goes to FTS5 as one: the rows that hold it score above those with its words apart
        q = " OR ".join([*(f'"{p}"' for p in ranking.Query.parse(query).quoted_phrases()), q])
        if where is None:
            where = self._where(Filters(groups=groups))
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
        (the default with one), applied within ``ranking.rank``'s tiers: rows holding the query as
        a phrase, then its words as whole words, then looser matches; a quoted phrase is required.
        Each returned Decision carries its fused ``score``.
        """
        groups = tuple(groups) if groups is not None else None
        f = Filters(board=board or "", since=since or "", until=until or "", files=tuple(files or ()),
                    groups=groups, kind=kind or "")
        where, args = self._where(f)
        if not query or not query.strip():
            rows = self.db.execute(
                f"SELECT d.* FROM decisions d WHERE {where} "
                "ORDER BY d.date_key DESC, d.meeting_date DESC, d.file, d.char_start LIMIT ?",
                [*args, limit],
            ).fetchall()
            return self.link([_decision(r) for r in rows])
        n = max(limit * 2, 40)
        retrievers: list[tuple[str, BaseRetriever]] = [("bm25", _BM25Retriever(self, n, groups, (where, args)))]
        if self.count():
            retrievers.append(("dense", self.vectors.retriever(n, self._dense_filters(f), MIN_DENSE_COSINE)))
        fused = {nws.node.node_id: (nws.score or 0.0, nws.node.metadata[SCORES_KEY])
                 for nws in FusionRetriever(retrievers, ranks=False).retrieve(query)}
        best_bm25 = max((p.get("bm25", 0.0) for _, p in fused.values()), default=0.0)
        ids = [i for i, (_, p) in fused.items()
               if p.get("dense", 0.0) >= STRONG_DENSE or p.get("bm25", 0.0) >= BM25_SHARE * best_bm25 > 0]
        if not ids:
            return []
        id_sql, id_args = in_list("d.id", ids)
        rows = self.db.execute(f"SELECT d.* FROM decisions d WHERE {id_sql} AND {where}", [*id_args, *args]).fetchall()
        out = []
        for r in rows:
            d = _decision(r)
            d.score = round(fused[d.id][0], 6)
            d.scores = fused[d.id][1]
            out.append(d)
        if (order or "relevance") == "date":
            out.sort(key=lambda d: (-d.date_key, d.file, d.char_start))
        else:
            out.sort(key=lambda d: -d.score)
        return self.link(ranking.rank(out, query)[:limit], groups)  # exact phrase, then whole words, then the rest


class _BM25Retriever(BaseRetriever):
    """LlamaIndex retriever over the register's FTS5 tables (``DecisionStore.bm25``)."""

    def __init__(self, store: DecisionStore, k: int, groups: tuple[str, ...] | None,
                 where: tuple[str, list[Any]]) -> None:
        super().__init__()
        self._store, self._k, self._groups, self._where = store, k, groups, where

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=TextNode(id_=did, text=""), score=s)
                for did, s in self._store.bm25(query_bundle.query_str, self._k, self._groups, self._where)]


def _row(r: Decision, seq: int, pdate: str = "") -> tuple[Any, ...]:
    values = {**r.to_dict(), "seq": seq, "date_key": r.date_key, "dup_key": reissue.dup_key(r), "pack_date": pdate}
    for c in _JSON_COLUMNS:
        values[c] = json.dumps(values[c]) if values[c] is not None else None
    values["proposed"] = int(bool(values["proposed"]))
    return tuple(values[c] for c in _COLUMNS)


def _migrate(db: sqlite3.Connection) -> None:
    """Add the columns an index made by an older register lacks (its rows keep empty values)."""
    have = {r[1] for r in db.execute("PRAGMA table_info(decisions)").fetchall()}
    for name, decl in NEW_COLUMNS.items():
        if name not in have:
            db.execute(f"ALTER TABLE decisions ADD COLUMN {name} {decl}")
    db.execute("CREATE INDEX IF NOT EXISTS decisions_dup ON decisions(dup_key)")
    db.commit()


def _delete_fts(db: sqlite3.Connection, rid: str) -> None:
    for t in DECISIONS_FTS.tables(db, None):
        db.execute(f"DELETE FROM {t} WHERE decision_id=?", (rid,))


def _chroma_meta(r: Decision) -> dict[str, Any]:
    return {"file": r.file, "page": r.page, "kind": r.kind, "date_key": r.date_key,
            "meeting_date": r.meeting_date, "board": r.board, "visibility": r.visibility}


def _decision(row: sqlite3.Row) -> Decision:
    # a column an older index gained by ``_migrate`` is NULL in its old rows: the field's default
    return Decision(**{k: reissue.decode(k, row[k]) for k in row.keys()
                       if k in _DECISION_FIELDS and (row[k] is not None or k not in NEW_COLUMNS)})
