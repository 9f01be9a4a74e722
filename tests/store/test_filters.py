"""One Filters, two renderings: the SQL WHERE and the Chroma where select the same records.

The same six records go into a real SQLite table and a real Chroma collection
(hand-made 3-d vectors, so no model is needed); every filter must select the
same ids from both, and the ids a plain Python predicate says it should.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from boardbot.store.filters import NO_FILE, Filters
from boardbot.store.sqlite import in_list
from boardbot.text.dates import date_key

RECORDS: list[dict[str, Any]] = [
    {"id": "a", "file": "haringey.pdf", "board": "Joint Sub-Committee", "organisation": "Haringey Council",
     "meeting_date": "2018-12-10", "visibility": "public", "kind": "approval"},
    {"id": "b", "file": "haringey.pdf", "board": "Joint Sub-Committee", "organisation": "Haringey Council",
     "meeting_date": "2019-03-06", "visibility": "public", "kind": "noting"},
    {"id": "c", "file": "lsc.pdf", "board": "ICB Board", "organisation": "Lancashire and South Cumbria ICB",
     "meeting_date": "2023-11-08", "visibility": "public", "kind": "approval"},
    {"id": "d", "file": "cambs.pdf", "board": "Health and Wellbeing Board", "organisation": "Cambridgeshire",
     "meeting_date": "2023-07-21", "visibility": "members", "kind": "decision"},
    {"id": "e", "file": "cambs.pdf", "board": "Health and Wellbeing Board", "organisation": "Cambridgeshire",
     "meeting_date": "2023-03", "visibility": "members", "kind": "action"},
    {"id": "f", "file": "undated.pdf", "board": "", "organisation": "Blackburn with Darwen",
     "meeting_date": "", "visibility": "board", "kind": "approval"},
]


def expected(f: Filters) -> set[str]:
    out = set()
    for r in RECORDS:
        key = date_key(r["meeting_date"])
        if f.board and f.board.lower() not in f"{r['board']}\n{r['organisation']}".lower():
            continue
        if f.since and key < date_key(f.since):
            continue
        if f.until and key > date_key(f.until, end=True):
            continue
        if f.kind and r["kind"] != f.kind:
            continue
        if f.files and r["file"] not in f.files:
            continue
        if f.groups is not None and r["visibility"] not in f.groups:
            continue
        out.add(r["id"])
    return out


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[sqlite3.Connection, Any]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE d (id TEXT PRIMARY KEY, file TEXT, board TEXT, organisation TEXT, date_key INTEGER, "
               "visibility TEXT, kind TEXT)")
    db.executemany("INSERT INTO d VALUES (?,?,?,?,?,?,?)", [
        (r["id"], r["file"], r["board"], r["organisation"], date_key(r["meeting_date"]), r["visibility"], r["kind"])
        for r in RECORDS
    ])
    path: Path = tmp_path_factory.mktemp("chroma")
    client = chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
    col = client.get_or_create_collection("records", metadata={"hnsw:space": "cosine"})
    col.add(
        ids=[r["id"] for r in RECORDS],
        embeddings=[[1.0, 0.1 * i, 0.0] for i in range(len(RECORDS))],
        metadatas=[{"file": r["file"], "date_key": date_key(r["meeting_date"]), "visibility": r["visibility"],
                    "kind": r["kind"]} for r in RECORDS],
    )
    return db, col


def sql_ids(db: sqlite3.Connection, f: Filters) -> set[str]:
    where, args = f.sql("d")
    return {r[0] for r in db.execute(f"SELECT d.id FROM d WHERE {where}", args)}


def chroma_ids(col: Any, f: Filters) -> set[str]:
    where = f.chroma_where()
    got = col.get(where=where, include=[]) if where else col.get(include=[])
    return set(got["ids"])


CASES = [
    Filters(),
    Filters(since="2023-01-01"),
    Filters(until="2019"),  # a bare year runs to its last day
    Filters(since="2023-03", until="2023-03"),  # a month is the whole month
    Filters(since="2019-03-06", until="2019-03-06"),
    Filters(files=("haringey.pdf", "lsc.pdf")),
    Filters(groups=("public",)),
    Filters(groups=("members", "board")),
    Filters(groups=()),  # may read nothing: matches nothing, in both stores
    Filters(kind="approval"),
    Filters(kind="approval", groups=("public",), since="2019-01-01"),
    Filters(files=("cambs.pdf",), groups=("public",)),
]


@pytest.mark.parametrize("f", CASES, ids=repr)
def test_sql_and_chroma_select_the_same_records(stores: tuple[sqlite3.Connection, Any], f: Filters) -> None:
    db, col = stores
    want = expected(f)
    assert sql_ids(db, f) == want
    assert chroma_ids(col, f) == want


def test_board_is_a_substring_of_board_or_organisation_in_sql(stores: tuple[sqlite3.Connection, Any]) -> None:
    db, _ = stores
    assert sql_ids(db, Filters(board="cambridgeshire")) == {"d", "e"}
    assert sql_ids(db, Filters(board="SUB-COMMITTEE")) == {"a", "b"}
    assert sql_ids(db, Filters(board="Darwen", groups=("public",))) == set()


def test_chroma_needs_the_board_resolved_to_files(stores: tuple[sqlite3.Connection, Any]) -> None:
    db, col = stores
    f = Filters(board="Cambridgeshire", since="2023-07-01")
    with pytest.raises(ValueError, match="resolve the board"):
        f.chroma_where()
    rows = db.execute("SELECT DISTINCT file FROM d WHERE lower(board) LIKE ? OR lower(organisation) LIKE ?",
                      ["%cambridgeshire%"] * 2).fetchall()
    resolved = f.with_board_files(r[0] for r in rows)
    assert resolved.board == "" and resolved.files == ("cambs.pdf",)
    assert chroma_ids(col, resolved) == sql_ids(db, f) == {"d"}


def test_a_board_naming_no_file_filters_everything_out() -> None:
    assert Filters(board="Nowhere").with_board_files([]).files == (NO_FILE,)
    # the files the caller asked for narrow the board's files, never widen them
    f = Filters(board="x", files=("a.pdf", "z.pdf"))
    assert f.with_board_files(["a.pdf", "b.pdf"]).files == ("a.pdf",)
    assert f.with_board_files(["b.pdf"]).files == (NO_FILE,)


def test_chroma_where_shapes() -> None:
    assert Filters().chroma_where() is None
    assert Filters(files=("x.pdf",)).chroma_where() == {"file": {"$in": ["x.pdf"]}}
    assert Filters(groups=()).chroma_where() == {"visibility": {"$in": [NO_FILE]}}
    both = Filters(since="2023-01-01", kind="action").chroma_where()
    assert both == {"$and": [{"date_key": {"$gte": 20230101}}, {"kind": {"$eq": "action"}}]}


def test_from_any_reads_the_dict_forms_callers_use() -> None:
    f = Filters.from_any({"board": "ICB", "date_from": "2023-01-01", "date_to": "2023-12-31", "file": "x.pdf",
                          "groups": "members"})
    assert f == Filters(board="ICB", since="2023-01-01", until="2023-12-31", files=("x.pdf",), groups=("members",))
    assert Filters.from_any(None) == Filters()
    assert Filters.from_any(f) is f
    assert Filters.from_any({"groups": []}).groups == ()
    assert Filters.from_any({"files": ["a.pdf", "b.pdf"]}).files == ("a.pdf", "b.pdf")


def test_in_list() -> None:
    assert in_list("c.id", ["a", "b"]) == ("c.id IN (?,?)", ["a", "b"])
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (x TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [("a",), ("b",), (None,)])
    for values, want in ((["a"], 1), (["a", "b", "c"], 2), ([], 0)):
        sql, args = in_list("x", values)
        assert db.execute(f"SELECT count(*) FROM t WHERE {sql}", args).fetchone()[0] == want
