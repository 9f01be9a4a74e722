"""The Papers tab in a real browser (Debian's chromium via Playwright), with logins and roles.

The list shows every paper with its columns and scrolls inside the page; the
search box filters it; an editor uploads a real PDF and watches its per-file
progress, then sees the upload box cleared, a fresh status and the paper listed
as added by them; an admin's Remove asks first (Cancel keeps the paper, Confirm
removes it); a reader sees neither the upload nor the remove controls.
Screenshots go to the test's tmp dir.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from boardbot.access import hash_password
from boardbot.ui.papers_tab import COLUMNS
from conftest import HARINGEY, LSC, serve_copy

pytestmark = pytest.mark.browser

PW = {"ed": "ed-pw", "ada": "ada-pw", "rita": "rita-pw"}
ROLES = {"ed": "editor", "ada": "admin", "rita": "reader"}
NEW = "eastfield-icb-2024-05-02-place-integration-copy.pdf"


@pytest.fixture(scope="module")
def app(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    yield from serve_copy(small_index, tmp_path_factory.mktemp("browser-papers"), users_file_text="".join(
        f"{u}:{hash_password(PW[u], iterations=1000)}::{ROLES[u]}\n" for u in PW))


def open_papers(browser: Any, url: str, user: str, height: int = 1000) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": 1400, "height": height})
    r = context.request.post(f"{url}login", form={"username": user, "password": PW[user]})
    assert r.ok, r.text()
    page = context.new_page()
    errors: list[str] = []
    # errors of this tab's page; a custom component of another panel failing to load is that panel's own test's
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    page.get_by_role("tab", name="Papers").click()
    page.locator("#bb-papers tr[data-file]").first.wait_for(timeout=30_000)
    return context, page, errors


def rows(page: Any) -> dict[str, list[str]]:
    """The visible rows of the list: file -> cell texts."""
    out = {}
    for tr in page.locator("#bb-papers tr[data-file]").all():
        if tr.is_visible():
            out[tr.get_attribute("data-file")] = [td.inner_text().strip() for td in tr.locator("td").all()]
    return out


def search(page: Any, text: str) -> None:
    page.locator("#bb-paper-search input, #bb-paper-search textarea").first.fill(text)


def test_list_shows_every_paper_with_its_columns_and_search_filters(browser: Any, app: tuple[str, Any],
                                                                     tmp_path: Path) -> None:
    url, service = app
    context, page, errors = open_papers(browser, url, "rita", height=260)  # low: two papers overflow the list
    heads = [th.inner_text().strip() for th in page.locator("#bb-papers th").all()]
    assert heads == list(COLUMNS)
    shown = rows(page)
    papers = {p.file: p for p in service.papers("rita")}
    assert set(shown) == set(papers) == {HARINGEY.name, LSC.name}
    lsc = dict(zip(COLUMNS, shown[LSC.name], strict=True))
    rec = papers[LSC.name]
    assert lsc["Title"].startswith(rec.title) and LSC.name in lsc["Title"]
    assert (lsc["Kind"], lsc["Meeting date"], lsc["Pages"], lsc["Passages"], lsc["Visibility"]) == (
        rec.doc_type, rec.date, str(rec.pages), str(rec.chunks), "public")
    assert lsc["Body"] == (rec.board or rec.organisation) and lsc["Added"]
    # the list scrolls inside the page (70% of the window's height), its header staying in view
    box = page.locator("#bb-papers .bb-plist")
    sizes = box.evaluate("e => [e.clientHeight, e.scrollHeight, window.innerHeight, getComputedStyle(e).overflowY]")
    assert sizes[0] <= 0.71 * sizes[2] and sizes[1] > sizes[0] and sizes[3] == "auto", sizes
    box.evaluate("e => { e.scrollTop = e.scrollHeight }")
    assert box.evaluate("e => e.scrollTop") > 0
    assert page.locator("#bb-papers th").first.is_visible()
    page.screenshot(path=str(tmp_path / "papers-list.png"), full_page=True)

    search(page, "haringey")
    page.wait_for_function("() => document.querySelectorAll('#bb-papers tr[data-file]:not([hidden])').length == 1")
    assert list(rows(page)) == [HARINGEY.name]
    assert "1 of 2 papers match" in page.locator("#bb-papers .bb-plist-count").inner_text()
    search(page, "integration progress")  # every word, from title and file name
    page.wait_for_function(f"() => !document.querySelector('#bb-papers tr[data-file=\"{HARINGEY.name}\"]:not([hidden])')")
    assert list(rows(page)) == [LSC.name]
    search(page, "no such paper at all")
    page.wait_for_function("() => document.querySelectorAll('#bb-papers tr[data-file]:not([hidden])').length == 0")
    search(page, "")
    page.wait_for_function("() => document.querySelectorAll('#bb-papers tr[data-file]:not([hidden])').length == 2")
    page.screenshot(path=str(tmp_path / "papers-search.png"), full_page=True)
    # a reader may neither add nor remove papers: the controls are not shown, after the page's loads too
    page.locator("#bb-status", has_text="Signed in as rita").wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    assert not page.locator("#bb-add").is_visible() and not page.locator("#bb-remove").is_visible()
    assert not page.locator("#bb-upload").is_visible()
    assert not errors, errors
    context.close()


def test_editor_uploads_with_progress_and_admin_removes_after_confirming(browser: Any, app: tuple[str, Any],
                                                                        tmp_path: Path) -> None:
    url, service = app
    context, page, errors = open_papers(browser, url, "ed")
    page.locator("#bb-add").wait_for(state="visible", timeout=30_000)  # shown once the page load knows the role
    assert not page.locator("#bb-remove").is_visible()  # an editor may add, not remove
    # a bad file first, so there is an old message to clear
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a PDF at all\n")
    upload_input = page.locator("#bb-upload input[type=file]")
    upload_input.set_input_files(str(bad))
    page.locator("#bb-add").click()
    status = page.locator("#bb-upload-status")
    page.wait_for_function("() => document.querySelector('#bb-upload-status').innerText.includes('not a PDF')",
                           timeout=60_000)

    pdf = tmp_path / NEW
    shutil.copy(LSC, pdf)
    page.locator("#bb-upload input[type=file]").set_input_files(str(pdf))
    page.locator("#bb-add").click()
    progress = page.locator("#bb-upload-progress")
    # the file's row while it runs: waiting, parsing or embedding, with pages counted
    page.wait_for_function(
        f"""() => {{ const t = document.querySelector('#bb-upload-progress'); return t &&
            ['waiting', 'parsing', 'embedding'].some(s => t.innerText.includes(s)) &&
            t.innerText.includes('{NEW}'); }}""", timeout=120_000)
    assert "not a PDF" not in status.inner_text()  # the old message went as the upload began
    page.screenshot(path=str(tmp_path / "upload-progress.png"), full_page=True)
    page.wait_for_function("() => document.querySelector('#bb-upload-status').innerText.includes('added')",
                           timeout=300_000)
    final = progress.locator("tr", has_text=NEW).locator("td").all_inner_texts()
    assert final == [NEW, "18", "18", "added"], final
    assert "not a PDF" not in status.inner_text() and "notes.pdf" not in status.inner_text()
    page.wait_for_function(f"() => !document.querySelector('#bb-upload').innerText.includes('{NEW}')")
    assert NEW not in page.locator("#bb-upload").inner_text()  # the upload box is cleared
    page.locator(f'#bb-papers tr[data-file="{NEW}"]').wait_for(timeout=30_000)
    assert dict(zip(COLUMNS, rows(page)[NEW], strict=True))["Added by"] == "ed"
    assert service.paper(NEW, "ed").added_by == "ed"
    page.screenshot(path=str(tmp_path / "uploaded.png"), full_page=True)
    assert not errors, errors
    context.close()

    context, page, errors = open_papers(browser, url, "ada")
    page.locator("#bb-remove").wait_for(state="visible", timeout=30_000)
    page.locator("#bb-remove-file input").click()
    page.get_by_role("option", name=service.paper(NEW, "ada").title, exact=False).first.click()
    page.locator("#bb-remove").click()
    question = page.locator("#bb-remove-question")
    question.wait_for(timeout=30_000)
    title = service.paper(NEW, "ada").title
    assert f"Remove {title}? This deletes it from the index." in question.inner_text()
    assert page.locator("#bb-remove-yes").is_visible() and page.locator("#bb-remove-cancel").is_visible()
    page.screenshot(path=str(tmp_path / "remove-confirm.png"), full_page=True)
    assert service.paper(NEW, "ada") is not None  # asking removes nothing
    page.locator("#bb-remove-cancel").click()
    page.wait_for_function("() => document.querySelector('#bb-remove-status').innerText.includes('Nothing was removed')")
    assert not page.locator("#bb-remove-yes").is_visible()
    assert service.paper(NEW, "ada") is not None and NEW in rows(page)

    page.locator("#bb-remove").click()
    page.locator("#bb-remove-yes").click()
    page.wait_for_function(f"() => document.querySelector('#bb-remove-status').innerText.includes('Removed {NEW}')",
                           timeout=60_000)
    assert service.paper(NEW, "ada") is None
    page.wait_for_function(f"() => !document.querySelector('#bb-papers tr[data-file=\"{NEW}\"]')")
    assert set(rows(page)) == {HARINGEY.name, LSC.name}
    assert not page.locator("#bb-remove-yes").is_visible()
    page.screenshot(path=str(tmp_path / "removed.png"), full_page=True)
    assert not errors, errors
    context.close()
