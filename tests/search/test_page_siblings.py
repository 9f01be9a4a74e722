"""The answerer reads the whole page of its best passages: the sentence that answers may sit in the
chunk beside the one that matched the question's words. A real index of one generated two-page paper."""

from __future__ import annotations

import pytest
from evals.pdfwriter import write_pdf

from conftest import make_settings

# page 1: the question's words first (road maintenance, pavements, streetlights), the figure a few
# hundred words later, in another chunk that shares few of them
_TALK = ("The Leader said that the Council maintained roads, pavements, streetlights and drains across "
         "the county, and that the pothole blitz was only a small part of what was spent on maintaining "
         "roads, pavements and streetlights each year.")
_FILLER = [f"{n}. Members discussed the winter service, the condition of rural lanes, the work of the "
           "contractors and the reporting tools residents use, and asked officers for more detail on "
           "how complaints were handled and how quickly crews responded." for n in range(2, 12)]
PAGE_1 = ["Cabinet – 30 January 2025", "Minutes", f"1. {_TALK}", *_FILLER,
          "12. The total overall maintenance spend for 2025-26 would be in excess of £80million."]
PAGE_2 = ["13. The Cabinet noted the report on libraries, which set out opening hours for the spring."]
QUESTION = "What will the Council spend in total on maintaining roads, pavements and streetlights in 2025-26?"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    from boardbot.assistant import Assistant

    base = tmp_path_factory.mktemp("siblings")
    papers = base / "papers"
    write_pdf(papers / "cabinet-2025-01-30--Printed minutes.pdf", [PAGE_1, PAGE_2])
    a = Assistant(settings=make_settings(base / "index"))
    assert not a.ingest([papers], progress=False).failed
    return a


def test_siblings_are_the_other_chunks_of_the_best_passages_pages(assistant) -> None:
    hits = assistant.search(QUESTION, k=1)
    assert "roads, pavements" in hits[0].text and "£80million" not in hits[0].text
    siblings = assistant.searcher.page_siblings(hits, None, 1)
    assert siblings, "page 1 has more than one chunk"
    assert all(s.page_start <= hits[0].page_start <= s.page_end for s in siblings)
    assert all(s.metadata["sibling_of"] == 0 and s.id != hits[0].id for s in siblings)
    assert any("£80million" in s.text for s in siblings)
    assert not any("libraries" in s.text for s in siblings if s.page_start > hits[0].page_end)


def test_the_answerer_reads_a_sibling_chunk_with_its_passages_rank(assistant) -> None:
    qa = assistant.searcher.analyse(QUESTION)
    hits = assistant.search(QUESTION, k=1)
    alone = assistant.extractive.candidates(QUESTION, hits, qa)
    assert not any("£80million" in c.text for c in alone)
    # past the ranked hits (the answerer reads the top ``hits_used``), a sibling still counts
    padded = hits * assistant.extractive.hits_used
    read = assistant.extractive.candidates(QUESTION, padded + assistant.searcher.page_siblings(hits, None, 1), qa)
    figure = next(c for c in read if "£80million" in c.text)
    assert figure.tmatch == 1.0 and figure.hit_rank == 0 and figure.hit.page_start == 1
