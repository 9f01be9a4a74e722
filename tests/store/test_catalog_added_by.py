"""The catalogue records who added each paper, and an index made before that column still opens."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from boardbot.cli.main import main as cli
from boardbot.records import DocMeta
from boardbot.store.catalog import Catalog, add_missing_columns


def _paper(cat: Catalog, name: str, added_by: str = "") -> None:
    meta = DocMeta(file=name, title=f"Title of {name}", organisation="Eastfield ICB", board="Board",
                   date="2024-05-02", doc_type="minutes")
    cat.begin_file(meta, "ab" * 32, 1234, 7, f"/papers/{name}", added_by)
    cat.finish_file(name, 3)


def _old_index(tmp_path: Path) -> Path:
    """A catalogue as an index built before ``added_by`` existed: the same tables, without the column."""
    db = tmp_path / "index" / "boardbot.sqlite"  # where Settings.db_path puts it
    cat = Catalog(db)
    _paper(cat, "old-paper.pdf")
    cat.close()
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE files DROP COLUMN added_by")
        assert "added_by" not in {r[1] for r in conn.execute("PRAGMA table_info(files)")}
    return db


def test_added_by_is_stored_and_read(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "catalog.sqlite")
    _paper(cat, "a.pdf", "carol")
    _paper(cat, "b.pdf")
    assert cat.file("a.pdf").added_by == "carol"
    assert cat.file("b.pdf").added_by == ""
    assert {f.file: f.added_by for f in cat.files()} == {"a.pdf": "carol", "b.pdf": ""}
    _paper(cat, "a.pdf", "dave")  # a new version records who replaced it
    assert cat.file("a.pdf").added_by == "dave"
    assert cat.file("a.pdf").to_dict()["added_by"] == "dave"


def test_index_built_before_the_column_opens_and_takes_new_papers(tmp_path: Path) -> None:
    db = _old_index(tmp_path)
    cat = Catalog(db)
    old = cat.file("old-paper.pdf")
    assert old is not None and old.added_by == "" and old.pages == 7 and old.status == "complete"
    _paper(cat, "new-paper.pdf", "bob")
    assert [(f.file, f.added_by) for f in cat.files()] == [("new-paper.pdf", "bob"), ("old-paper.pdf", "")]
    cat.close()
    Catalog(db).close()  # opening again adds nothing twice


def test_add_missing_columns_adds_only_what_is_missing(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE t (a TEXT)")
    assert add_missing_columns(conn, "t", {"a": "TEXT", "b": "TEXT DEFAULT 'x'"}) == ["b"]
    assert add_missing_columns(conn, "t", {"a": "TEXT", "b": "TEXT DEFAULT 'x'"}) == []
    conn.execute("INSERT INTO t (a) VALUES ('1')")
    assert conn.execute("SELECT a, b FROM t").fetchall() == [("1", "x")]
    with pytest.raises(sqlite3.OperationalError):  # anything but a column another process just added is raised
        add_missing_columns(conn, "t", {"c": "NOT A TYPE ((("})


def test_cli_list_json_of_an_old_index_carries_added_by(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _old_index(tmp_path)
    assert cli(["list", "--json", "--index", str(tmp_path / "index")]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["file"] == "old-paper.pdf" and row["added_by"] == ""
