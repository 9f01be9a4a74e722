"""The app's Decisions tab end to end: ``/decisions`` over gradio_client, per-user groups, the CSV export.

One app, with logins, over a copy of the session's small index (Haringey +
LSC, decisions register built by the ingest hook), the LSC paper visible to the
``board`` group only: alice reads both papers, bob only Haringey. The tab in a
real browser is tests/test_browser_decisions.py.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("gradio_client")
from gradio_client import Client  # noqa: E402

from conftest import serve_board_app  # noqa: E402

LSC = "lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf"
HARINGEY = "haringey-islington-hwb-joint-sub-committee-2019-03-06-agenda-pack.pdf"
ISLINGTON = "To support the development of Islington's place-based care proposal."
HARINGEY_CARE = "To support the development of Haringey's locality-based care proposal."


@pytest.fixture(scope="module")
def app(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    yield from serve_board_app(small_index, tmp_path_factory.mktemp("decisions-app"))


@pytest.fixture(scope="module")
def alice(app: tuple[str, Any]) -> Client:
    return Client(app[0], auth=("alice", "alice-pw"), verbose=False)


@pytest.fixture(scope="module")
def bob(app: tuple[str, Any]) -> Client:
    return Client(app[0], auth=("bob", "bob-pw"), verbose=False)


def test_index_has_a_register(app: tuple[str, Any]) -> None:
    store = app[1].decision_store
    assert store.count(HARINGEY) >= 15 and store.count(LSC) >= 3


def test_decisions_api_finds_the_december_2018_resolution(alice: Client) -> None:
    rows = alice.predict("place-based care", api_name="/decisions")
    by_text = {r["text"]: r for r in rows}
    isl = by_text[ISLINGTON]
    assert (isl["meeting_date"], isl["page"], isl["kind"], isl["file"]) == ("2018-12-05", 8, "decision", HARINGEY)
    assert isl["item"] == "9. Locality working" and isl["lead_in"] == "RESOLVED:"
    assert HARINGEY_CARE in by_text
    # the rows saying "place-based care" first, then those with all three words, then the rest; newest
    # first within each
    tiers = [0 if re.search(r"place\W+based\W+care", f"{r['text']} {r['item']}", re.I)
             else 1 if all(re.search(rf"\b{w}\b", f"{r['text']} {r['item']}", re.I) for w in ("place", "based", "care"))
             else 2 for r in rows]
    assert tiers == sorted(tiers) and tiers[0] == 0 and tiers[-1] > 0
    for tier in set(tiers):
        dates = [r["meeting_date"] for r, t in zip(rows, tiers) if t == tier]
        assert dates == sorted(dates, reverse=True)
    # filters: dates, kind and board narrow inside the query
    dec = alice.predict("place-based care", "", "2018-12-01", "2018-12-31", "decision", api_name="/decisions")
    assert dec and {(r["meeting_date"], r["kind"]) for r in dec} == {("2018-12-05", "decision")}
    assert ISLINGTON in {r["text"] for r in dec}
    assert alice.predict("place-based care", "lancashire", "", "", "action", api_name="/decisions") == []
    with pytest.raises(Exception, match="not a date"):
        alice.predict("x", "", "last Tuesday-ish", api_name="/decisions")
    with pytest.raises(Exception, match="not one of"):
        alice.predict("x", "", "", "", "vetoes", api_name="/decisions")
    endpoints = alice.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/chat", "/decisions"} <= endpoints.keys()


def test_decisions_respect_the_users_groups(app: tuple[str, Any], alice: Client, bob: Client) -> None:
    everything = alice.predict(api_name="/decisions")
    assert {r["file"] for r in everything} == {LSC, HARINGEY}
    assert everything[0]["meeting_date"] == "2023-11-08"
    bobs = bob.predict(api_name="/decisions")
    assert bobs and {r["file"] for r in bobs} == {HARINGEY}
    assert LSC not in {r["file"] for r in bob.predict("Place Integration Deal progress", api_name="/decisions")}
    # the click-through looks the row up again with the caller's groups
    service = app[1]
    lsc_row = next(r for r in everything if r["file"] == LSC)
    assert service.decision("alice", LSC, lsc_row["page"], lsc_row["text"]) is not None
    assert service.decision("bob", LSC, lsc_row["page"], lsc_row["text"]) is None
    assert service.decision("bob", HARINGEY, 8, ISLINGTON).meeting_date == "2018-12-05"


def test_csv_export_keeps_formulas_inert(app: tuple[str, Any]) -> None:
    from dataclasses import replace

    from boardbot.ui.decisions_tab import export_csv

    rows = app[1].decisions("alice", "place-based care")
    evil = replace(rows[0], text="=HYPERLINK(\"http://x\")", item="+1")
    out = export_csv([*rows, evil])
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(table) == len(rows) + 1
    assert table[-1]["text"].startswith("'=") and table[-1]["item"] == "'+1"
    assert any(r["text"] == ISLINGTON and r["page"] == "8" for r in table)
