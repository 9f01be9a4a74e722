"""Re-issued minutes stay one decision through removals: the next copy takes the original's place.

Real PDFs throughout: Kent Cabinet's printed minutes of 30 January 2025, and the 4 March
2025 pack built from that meeting's real agenda frontsheet followed by those minutes (so
every decision sits one page later in the copy); the Haringey sample pack (December 2018
minutes inside a March 2019 pack) with byte-identical copies under later-dated names.
Stores are real: SQLite + FTS5, Chroma on disk, the index's embedding model.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from conftest import HARINGEY, REAL_PAPERS, make_settings

pytestmark = pytest.mark.slow  # each test indexes real minutes with the embedding model

KENT = REAL_PAPERS / "kent"
ORIGINAL = KENT / "cabinet-2025-01-30--Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
FRONTSHEET = KENT / "cabinet-2025-03-04--Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf"
PACK = "cabinet-2025-03-04--Agenda pack.pdf"
needs_kent = pytest.mark.skipif(not (ORIGINAL.exists() and FRONTSHEET.exists()), reason="Kent papers absent")


def _fts_ids(store) -> Counter[str]:
    from boardbot.decisions.store import DECISIONS_FTS

    return Counter(r[0] for t in DECISIONS_FTS.tables(store.db)
                   for r in store.db.execute(f"SELECT decision_id FROM {t}"))


def _consistent(store) -> list:
    """The register's rows, checked to be in FTS5 once each and in Chroma."""
    rows = store.all_records()
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids))
    assert _fts_ids(store) == Counter(ids)
    assert store.collection.count() == len(ids)
    if ids:
        got = store.collection.get(ids=ids)
        assert {m["file"] for m in got["metadatas"]} == {r.file for r in rows}
    return rows


def _register(store) -> list[tuple]:
    return sorted((r.id, r.file, r.page, r.text, tuple(r.also_in), r.visibility) for r in store.all_records())


@pytest.fixture(scope="module")
def kent_papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kent")
    shutil.copy(ORIGINAL, folder / ORIGINAL.name)
    w = PdfWriter()
    for src in (FRONTSHEET, ORIGINAL):
        for page in PdfReader(src).pages:
            w.add_page(page)
    with open(folder / PACK, "wb") as f:
        w.write(f)
    return folder


def _ingested(folder: Path, tmp_path: Path):
    """An assistant over a real index of ``folder``'s papers."""
    from boardbot.assistant import Assistant

    a = Assistant(settings=make_settings(tmp_path / "index"))
    assert not a.ingest([folder], progress=False).failed
    return a


def _doc(path: Path):
    from boardbot.parsing.document import load
    from boardbot.parsing.pdf_reader import PypdfReader

    return load(path, PypdfReader())


@needs_kent
def test_removing_the_original_promotes_the_copy_through_the_assistant(kent_papers: Path, tmp_path: Path) -> None:
    a = _ingested(kent_papers, tmp_path)
    store = a.decisions
    rows = _consistent(store)
    assert len(rows) == 15 and {r.file for r in rows} == {ORIGINAL.name}
    assert all(r.also_in == [f"{PACK} p{r.page + 1}"] for r in rows)
    original = _register(store)

    # a reader who may not read the copy is not told its file name; one who may, is
    assert a.set_visibility(PACK, "board")
    q = "Integrated Care Strategy Delivery Plan"
    assert store.search(q, groups=("public",))[0].also_in == []
    assert store.search(q, groups=("public", "board"))[0].also_in[0].startswith(f"{PACK} p")
    assert a.set_visibility(PACK, "public")

    assert a.remove(ORIGINAL.name)
    promoted = _consistent(store)
    assert len(promoted) == 15 and {r.file for r in promoted} == {PACK}
    assert sorted((r.text, r.page) for r in promoted) == sorted((r.text, r.page + 1) for r in rows)
    assert all(r.also_in == [] for r in promoted)
    hit = store.search("Integrated Care Strategy Delivery Plan")[0]
    assert (hit.file, hit.page) == (PACK, 16) and hit.text.startswith("Adopt the Integrated Care Strategy")
    assert hit.scores.get("bm25", 0) > 0  # found by its FTS5 row, not only by meaning

    assert a.remove(PACK)
    assert _consistent(store) == []

    # the copy first, then the original: the same register as before
    assert not a.ingest([kent_papers / PACK], progress=False).failed
    assert {r.file for r in _consistent(store)} == {PACK}
    assert not a.ingest([kent_papers / ORIGINAL.name], progress=False).failed
    _consistent(store)
    assert _register(store) == original


def test_three_printings_promote_in_pack_order_and_keep_their_own_rows(tmp_path: Path) -> None:
    """The original, then two byte-identical copies in later packs; report rows are never merged."""
    from boardbot.decisions.store import DecisionStore

    names = [HARINGEY.name, HARINGEY.name.replace("2019-03-06", "2019-06-12"),
             HARINGEY.name.replace("2019-03-06", "2019-09-11")]
    docs = {}
    for n in names:
        shutil.copy(HARINGEY, tmp_path / n)
        docs[n] = _doc(tmp_path / n)
    store = DecisionStore(make_settings(tmp_path / "index"))
    try:
        for n in reversed(names):  # the latest copy first: ingest order must not matter
            store.index_document(docs[n])
        rows = _consistent(store)
        minutes = [r for r in rows if r.source == "minutes"]
        reports = [r for r in rows if r.source != "minutes"]
        assert len(minutes) == 11 and {r.file for r in minutes} == {names[0]}
        assert Counter(r.file for r in reports) == {n: 6 for n in names}
        assert all(r.also_in == [f"{names[1]} p{r.page}", f"{names[2]} p{r.page}"] for r in minutes)

        store.remove_file(names[0])
        rows = _consistent(store)
        minutes = [r for r in rows if r.source == "minutes"]
        assert len(minutes) == 11 and {r.file for r in minutes} == {names[1]}
        assert all(r.also_in == [f"{names[2]} p{r.page}"] for r in minutes)
        assert len(rows) == 11 + 12

        store.remove_file(names[1])
        minutes = [r for r in _consistent(store) if r.source == "minutes"]
        assert len(minutes) == 11 and {r.file for r in minutes} == {names[2]} and all(not r.also_in for r in minutes)
        store.remove_file(names[2])
        assert _consistent(store) == []
    finally:
        store.close()


@needs_kent
def test_a_changed_original_hands_its_lost_decisions_to_the_copy(kent_papers: Path, tmp_path: Path) -> None:
    """Re-adding the original without three of its decisions: the copy keeps them; a label follows."""
    from boardbot.decisions.extract import extract_decisions
    from boardbot.decisions.store import DecisionStore

    orig, pack = _doc(kent_papers / ORIGINAL.name), _doc(kent_papers / PACK)
    store = DecisionStore(make_settings(tmp_path / "index"))
    try:
        store.index_document(orig)
        store.index_document(pack)
        store.set_visibility(PACK, "board")
        records = extract_decisions(orig)
        store.replace_file(ORIGINAL.name, records[:-3], orig.meta.date)
        rows = _consistent(store)
        assert len(rows) == 15
        moved = sorted(r.text for r in rows if r.file == PACK)
        assert moved == sorted(r.text for r in records[-3:])
        assert all(r.visibility == "board" and not r.also_in for r in rows if r.file == PACK)
        assert all(r.also_in == [f"{PACK} p{r.page + 1}"] for r in rows if r.file == ORIGINAL.name)
        public = store.search("Commissioning Plan for Education Provision", groups=("public",))
        assert all(h.file != PACK for h in public)
        assert store.search("Commissioning Plan for Education Provision", groups=("board",))[0].file == PACK
        store.index_document(orig)  # the whole original again: the register is back as it was
        assert {r.file for r in _consistent(store)} == {ORIGINAL.name}
    finally:
        store.close()


@needs_kent
def test_an_older_index_without_the_copies_table_opens_and_promotes(kent_papers: Path, tmp_path: Path) -> None:
    from boardbot.decisions.store import DecisionStore

    settings = make_settings(tmp_path / "index")
    orig, pack = _doc(kent_papers / ORIGINAL.name), _doc(kent_papers / PACK)
    store = DecisionStore(settings)
    store.index_document(orig)
    store.index_document(pack)
    expected = sorted((r.text, r.page) for r in pack_records(pack))
    store.close()
    db = sqlite3.connect(settings.db_path)  # an index written before decision_copies existed
    db.execute("DROP TABLE decision_copies")
    db.commit()
    db.close()

    store = DecisionStore(settings)
    try:
        assert len(_consistent(store)) == 15
        n = store.db.execute("SELECT count(*) FROM decision_copies").fetchone()[0]
        assert n == 30  # each row, and each of its notes as a copy
        store.remove_file(ORIGINAL.name)
        rows = _consistent(store)
        assert sorted((r.text, r.page) for r in rows) == expected and {r.file for r in rows} == {PACK}
        assert store.search("forecast capital underspend")[0].file == PACK
        store.index_document(pack)  # re-indexing the copy replaces what the notes stood for
        assert sorted(r.id for r in _consistent(store)) == sorted(r.id for r in pack_records(pack))
    finally:
        store.close()


def pack_records(doc) -> list:
    from boardbot.decisions.extract import extract_decisions

    return extract_decisions(doc)


@needs_kent
def test_a_private_original_leaves_its_public_copy_as_the_record(kent_papers: Path, tmp_path: Path) -> None:
    """Marking the original private must not hide a decision that a public pack also prints."""
    a = _ingested(kent_papers, tmp_path)
    store = a.decisions
    before = _register(store)
    q = "Integrated Care Strategy Delivery Plan"
    assert a.set_visibility(ORIGINAL.name, "board")
    rows = _consistent(store)
    assert len(rows) == 15 and {r.file for r in rows} == {PACK}
    public = store.search(q, groups=("public",))
    assert public and public[0].file == PACK and public[0].also_in == []  # the private original is not named
    board = store.search(q, groups=("public", "board"))
    assert board[0].file == PACK and board[0].also_in[0].startswith(f"{ORIGINAL.name} p")
    # the assistant answers a public reader from the public copy
    ans = a.ask("What did Cabinet agree about the Integrated Care Strategy Delivery Plan?", filters={"groups": ["public"]})
    assert ans.citations and {c.file for c in ans.citations} == {PACK}
    assert a.set_visibility(ORIGINAL.name, "public")
    _consistent(store)
    assert _register(store) == before
