"""A paper that names no council on its first pages belongs to the council whose meeting it went to."""

from __future__ import annotations

from pathlib import Path

from boardbot.records import DocMeta
from boardbot.store.catalog import Catalog


def _paper(cat: Catalog, name: str, organisation: str, board: str = "County Council", date: str = "2025-03-13",
           visibility: str = "public") -> None:
    meta = DocMeta(file=name, title=name, organisation=organisation, board=board, date=date, doc_type="report",
                   visibility=visibility)
    cat.begin_file(meta, "ab" * 32, 1234, 3, f"/papers/{name}")
    cat.finish_file(name, 2)


def test_a_meeting_s_organisation_is_the_one_most_of_its_papers_name(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "catalog.sqlite")
    _paper(cat, "report.pdf", "Kent County Council")
    _paper(cat, "minutes.pdf", "KENT COUNTY COUNCIL")
    _paper(cat, "budget.pdf", "Kent County Council")
    _paper(cat, "questions.pdf", "")  # a questions paper names no council
    _paper(cat, "other.pdf", "Medway Council", board="Cabinet", date="2025-01-09")
    _paper(cat, "private.pdf", "Secret Council", board="Cabinet", date="2025-02-01", visibility="board")
    orgs = cat.meeting_organisations(("public",))
    assert orgs[("County Council", "2025-03-13")] == "Kent County Council"
    assert orgs[("Cabinet", "2025-01-09")] == "Medway Council"
    # a paper the reader may not see lends its council to no one
    assert ("Cabinet", "2025-02-01") not in orgs
    assert cat.meeting_organisations()[("Cabinet", "2025-02-01")] == "Secret Council"
    cat.close()
