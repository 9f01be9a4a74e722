"""Page text cleaning and document structure, on the real sample papers."""

from __future__ import annotations

import re

import pytest

from boardbot.parsing import metadata as doc_metadata
from boardbot.parsing.cleaning import clean_page, clean_pages, mend_words
from boardbot.parsing.document import build
from boardbot.parsing.pdf_reader import PypdfReader
from conftest import CAMBS, HARINGEY, LSC


@pytest.fixture(scope="module")
def haringey_raw() -> list[str]:
    return PypdfReader().read(HARINGEY)


def test_running_headers_and_page_numbers_are_stripped(haringey_raw: list[str]) -> None:
    header = "Haringey and Islington Health and Wellbeing Boards Joint Sub-Committee 6 March 2019"
    assert all(header in p for p in haringey_raw[:5]), "fixture assumption: header on raw pages"
    cleaned = clean_pages(haringey_raw)
    assert len(cleaned) == len(haringey_raw)
    for page in cleaned:
        assert header not in page.split("\n")[:2]
        assert not re.search(r"Page \d+ of \d+", page)
    # body text survives
    assert "The meeting ended at 2.40 pm" in "\n".join(cleaned)


def test_a_running_head_glued_to_its_page_number_or_read_mid_page_is_stripped() -> None:
    """The Cambridgeshire pack prints "Page 108 of 315Agenda pack – …" (no space) at the top, and its
    layout-read table pages put the same head lower down: it goes everywhere, the body stays."""
    raw = PypdfReader().read(CAMBS)
    head = "Agenda pack – Joint HWB / ICP meeting, 21 July 2023"
    assert sum(head in p for p in raw) > 300, "fixture assumption: the head is on the raw pages"
    cleaned = clean_pages(raw)
    assert not [i + 1 for i, p in enumerate(cleaned) if head in p]
    assert not [i + 1 for i, p in enumerate(cleaned) if re.search(r"Page \d+ of \d+", p)]
    assert "Time: 10.30 am" in cleaned[0] and "Date: Friday 21st July 2023" in cleaned[0]
    # a short line is furniture only at a page's edge: "Agenda" in the body stays
    furniture = {"agenda", "agenda pack – joint hwb / icp meeting, # july #"}
    page = "Top\nline\nbody\nAgenda\nAgenda pack – Joint HWB / ICP meeting, 21 July 2023\nmore\nx\ny\nz"
    kept = clean_page(page, furniture).split("\n")
    assert "Agenda" in kept and not any(line.startswith("Agenda pack") for line in kept)


def test_hyphenation_and_whitespace_are_mended() -> None:
    assert clean_page("the imple-\nmentation plan", set()) == "the implementation plan"
    assert clean_page("co-\nproduction with", set()) == "co-production with"
    assert clean_page("NHS  \u00a0 England\n\n\n\nnext", set()) == "NHS England\n\nnext"
    assert clean_page("e\ufb03cient", set()) == "efficient"


@pytest.mark.parametrize(("raw", "mended"), [
    # a letter-spaced heading read a letter at a time
    ("R E S O L V E D : That the Board notes the report.", "RESOLVED : That the Board notes the report."),
    ("M I N U T E S of the meeting", "MINUTES of the meeting"),
    # a small word run into the next where a line broke
    ("and that theBoard's thanks be passed on", "and that the Board's thanks be passed on"),
    ("the Leader ofKent County Council", "the Leader of Kent County Council"),
    # left alone: a list of single letters after a word, initials, names and abbreviations
    ("Appendix A B C D and E", "Appendix A B C D and E"),
    ("Mr R W Gough (Chairman)", "Mr R W Gough (Chairman)"),
    ("the ToR and the McDonald report on iPhone use", "the ToR and the McDonald report on iPhone use"),
])
def test_words_the_text_layer_broke_are_mended(raw: str, mended: str) -> None:
    assert mend_words(raw) == mended


def test_minutes_inside_a_pack_belong_to_their_own_meeting(haringey_raw: list[str]) -> None:
    meta = doc_metadata.detect(HARINGEY.name, haringey_raw)
    doc = build(meta, haringey_raw)
    assert meta.date == "2019-03-06"
    at = doc.text.index("The meeting ended at 2.40 pm")
    assert doc.structure.meeting_at(at - 50, meta.date) == "2018-12-05"
    later = doc.text.index("Developing locality-based care in Haringey", at)
    assert doc.structure.meeting_at(later + 10, meta.date) == "2019-03-06"
    assert doc.page_at(at) == 9


def test_metadata_detection_and_manifest_override() -> None:
    raw = PypdfReader().read(LSC)
    meta = doc_metadata.detect(LSC.name, raw)
    assert meta.date == "2023-11-08"
    assert "Lancashire and South Cumbria" in meta.organisation
    manifest = doc_metadata.load_manifest(LSC.parent)
    merged = doc_metadata.apply_manifest(meta, manifest[LSC.name])
    assert merged.title == "Place Integration Deal: Progress on Areas of Delivery"
    assert merged.doc_type == "report"


@pytest.mark.slow
def test_big_pack_structure_finds_march_minutes_and_reports() -> None:
    raw = PypdfReader().read(CAMBS)
    doc = build(doc_metadata.detect(CAMBS.name, raw), raw)
    assert len(doc.pages) == 315
    march = doc.text.index("approved the content of the four")
    assert doc.structure.meeting_at(march, "2023-07-21") == "2023-03-24"
    bcf = doc.text.index("Better Care Fund Plan 2023-25 and End of Year")
    assert doc.structure.meeting_at(bcf + 100, "2023-07-21") == "2023-07-21"
    assert doc.structure.paper_at(bcf + 100).startswith("Better Care Fund Plan 2023-25")
