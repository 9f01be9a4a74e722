"""Duplicate papers: byte-identical copies under another name, and copies inside later packs.

Issue 16 finding 2: a byte-identical PDF ingested under a second name with another
visibility shared the original's chunk ids, so the copy's upsert relabelled the
original (an anonymous reader lost it) and removing the copy deleted the original's
rows and left orphan FTS rows. Here the Blackburn sample paper is indexed as a
public original and a ``board``-only copy; removing the copy must not touch it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from boardbot.assistant import Assistant
from boardbot.records import Citation, Hit
from boardbot.search.dedup import collapse
from boardbot.store.catalog import CHUNKS_FTS
from boardbot.store.dedup import page_signature, similarity
from conftest import BLACKBURN, make_settings

pytestmark = pytest.mark.slow  # builds its own index of two copies

COPY = "blackburn-copy.pdf"
QUESTION = "What is the Pennine Lancashire place-based partnership?"


def _fts_rows(db_path: Path) -> dict[str, int]:
    """FTS rows per chunk id over every group's table."""
    db = sqlite3.connect(db_path)
    try:
        out: dict[str, int] = {}
        for t in CHUNKS_FTS.tables(db):
            for (cid,) in db.execute(f"SELECT chunk_id FROM {t}"):
                out[cid] = out.get(cid, 0) + 1
        return out
    finally:
        db.close()


@pytest.fixture(scope="module")
def twin_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Assistant, Path]:
    base = tmp_path_factory.mktemp("dups")
    papers = base / "papers"
    papers.mkdir()
    shutil.copy(BLACKBURN, papers / BLACKBURN.name)
    shutil.copy(BLACKBURN, papers / COPY)
    a = Assistant(settings=make_settings(base / "index"))
    assert not a.ingest([papers / BLACKBURN.name], progress=False).failed
    assert not a.ingest([papers / COPY], visibility="board", progress=False).failed
    return a, base / "index"


def test_identical_copy_gets_its_own_chunk_ids(twin_index: tuple[Assistant, Path]) -> None:
    a, _ = twin_index
    orig, copy = a.index.catalog.chunk_ids(BLACKBURN.name), a.index.catalog.chunk_ids(COPY)
    assert orig and len(orig) == len(copy)
    assert not set(orig) & set(copy)


def test_private_copy_leaves_public_original_answerable(twin_index: tuple[Assistant, Path]) -> None:
    a, _ = twin_index
    hits = a.search(QUESTION, k=5, filters={"groups": ("public",)})
    assert hits and hits[0].file == BLACKBURN.name
    assert all(h.file != COPY for h in hits)
    # the catalogue and the vectors both still call every original chunk public
    rows = a.index.catalog.get_chunks(a.index.catalog.chunk_ids(BLACKBURN.name), ("public",))
    assert len(rows) == len(a.index.catalog.chunk_ids(BLACKBURN.name))


def test_copy_is_recorded_as_also_in(twin_index: tuple[Assistant, Path]) -> None:
    a, _ = twin_index
    hits = a.search(QUESTION, k=5, filters={"groups": ("public", "board")})
    # the board reader sees the paper once, the original, with the copy named beside it
    assert hits[0].file == BLACKBURN.name
    assert all(h.file != COPY for h in hits)
    assert COPY in hits[0].metadata.get("also_in", [])
    # a public reader is never told the private copy exists
    public = a.search(QUESTION, k=5, filters={"groups": ("public",)})
    assert all(COPY not in h.metadata.get("also_in", []) for h in public)


def test_removing_the_copy_never_touches_the_original(twin_index: tuple[Assistant, Path]) -> None:
    a, index_dir = twin_index
    before = a.index.catalog.chunk_ids(BLACKBURN.name)
    assert a.remove(COPY)
    assert a.index.catalog.chunk_ids(BLACKBURN.name) == before
    assert len(a.index.vectors.file_ids(BLACKBURN.name)) == len(before)
    fts = _fts_rows(index_dir / "boardbot.sqlite")
    assert sorted(fts) == sorted(before), "orphan or missing FTS rows"
    assert all(n == 1 for n in fts.values())
    hits = a.search(QUESTION, k=5, filters={"groups": ("public",)})
    assert hits and hits[0].file == BLACKBURN.name and not hits[0].metadata.get("also_in")


# --- near duplicates, no index needed --------------------------------------------------
MINUTES = ("Minutes of the meeting of the Cabinet held on 9 January 2025. Present: Mr R Gough (Chair). "
           "RESOLVED that Cabinet agree to submit a request to Government, jointly with Medway Council, "
           "for Kent and Medway to be included in the Devolution Priority Programme. ") * 3


def test_page_signature_sees_reissued_page_with_other_page_numbers() -> None:
    reissued = "Agenda Item 3\n" + MINUTES + "\nPage 17"
    other = MINUTES.replace("Devolution Priority Programme", "Local Government Reorganisation").replace(
        "Medway Council", "the district councils").replace("9 January", "30 January")
    assert similarity(page_signature(MINUTES + "\nPage 1"), page_signature(reissued)) >= 0.8
    assert similarity(page_signature(MINUTES), page_signature(other)) < 0.8
    assert page_signature("Page 3") == []  # too little text to call anything a copy


def _hit(file: str, page: int, score: float, copy_of: tuple[str, int] | None = None) -> Hit:
    meta = {"copy_of": list(copy_of)} if copy_of else {}
    return Hit(id=f"{file}-{page}", file=file, page_start=page, page_end=page, text="t", score=score, metadata=meta)


def test_collapse_keeps_the_original_and_names_the_copies() -> None:
    hits = [_hit("pack.pdf", 12, 3.0, ("minutes.pdf", 2)), _hit("other.pdf", 1, 2.0), _hit("minutes.pdf", 2, 1.0)]
    out = collapse(hits)
    assert [h.file for h in out] == ["minutes.pdf", "other.pdf"]
    assert out[0].score == 3.0  # the group ranks where its best member ranked
    assert out[0].metadata["also_in"] == ["pack.pdf"]
    cit = Citation(n=1, file="minutes.pdf", page=2, quote="q", score=1.0, also_in=["pack.pdf"])
    assert cit.to_dict()["also_in"] == ["pack.pdf"]
