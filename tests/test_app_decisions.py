"""The app's Decisions tab end to end: ``/decisions`` over gradio_client, per-user groups, and a real browser.

One app, with logins, over a copy of the session's small index (Haringey +
LSC, decisions register built by the ingest hook), the LSC paper visible to the
``board`` group only: alice reads both papers, bob only Haringey. The browser
step (Debian's chromium via Playwright, as in test_browser.py) searches, sorts
the table, clicks a row, checks the cited page image and PDF link, downloads the
CSV, and saves a screenshot to the test's tmp dir.
"""

from __future__ import annotations

import csv
import io
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
    dates = [r["meeting_date"] for r in rows]
    assert dates == sorted(dates, reverse=True)  # newest first
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


# --- in a real browser ----------------------------------------------------------------


@pytest.mark.browser
def test_tab_search_sort_click_row_see_page_download_csv(browser: Any, app: tuple[str, Any],
                                                         tmp_path: Path) -> None:
    url, _ = app
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    assert context.request.post(f"{url}login", form={"username": "alice", "password": "alice-pw"}).ok
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    page.get_by_role("tab", name="Decisions").click()
    grid = page.locator("#bb-decisions")
    grid.get_by_text("Note the contents of the report", exact=False).first.wait_for(timeout=30_000)  # loaded

    box = page.locator("#bb-dquery textarea, #bb-dquery input").first
    box.fill("place-based care")
    box.press("Enter")
    page.locator("#bb-dcount").get_by_text("matching").wait_for(timeout=30_000)
    shown = int(page.locator("#bb-dcount").inner_text().split()[0])
    assert shown >= 4

    # sort oldest first in the browser: the row clicked must still be the row shown
    header = grid.locator('[data-testid="header-0"]')
    header.hover()
    header.locator("button.cell-menu-button").click(force=True)
    page.get_by_role("menuitem", name="Sort ascending").click()
    first_row = grid.locator('[role="row"][data-index="0"]')  # the first row shown (a virtual table)
    assert first_row.inner_text().strip().startswith("2018-12-05")

    grid.get_by_text(HARINGEY_CARE, exact=True).first.click()
    detail = page.locator("#bb-decision")
    detail.get_by_text(HARINGEY_CARE, exact=True).wait_for(timeout=30_000)
    assert "page 8" in detail.inner_text() and "meeting 2018-12-05" in detail.inner_text()
    assert detail.locator("a.bb-pdf").get_attribute("href") == f"boardbot/pdf/{HARINGEY}#page=8"
    image = detail.locator("img.bb-dpage")
    assert image.get_attribute("src") == f"boardbot/page/{HARINGEY}/8.png"
    page.wait_for_function("img => img.complete && img.naturalWidth > 500", arg=image.element_handle(),
                           timeout=30_000)
    page.screenshot(path=str(tmp_path / "decisions.png"), full_page=True)

    with page.expect_download(timeout=30_000) as download:
        page.locator("#bb-dcsv").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert len(rows) == shown  # the CSV holds the current results
    assert {"meeting_date", "board", "item", "kind", "text", "file", "page"} <= rows[0].keys()
    assert any(r["text"] == ISLINGTON and r["page"] == "8" and r["meeting_date"] == "2018-12-05" for r in rows)
    assert not errors, errors
    context.close()
