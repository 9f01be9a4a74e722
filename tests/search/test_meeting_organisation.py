"""A paper that names no council on its first pages (a questions-and-answers paper) is read as its
meeting's: "How many ... in Kent?" is met by it. A real index of two generated papers of one Cabinet meeting."""

from __future__ import annotations

import pytest
from evals.pdfwriter import write_pdf

from conftest import make_settings

REPORT = ["Report to Kent County Council", "To: Cabinet – 30 January 2025", "Subject: Highways maintenance",
          "1. Kent County Council maintains 5,400 miles of road.", "2. The Cabinet is asked to note the report."]
QUESTIONS = ["Questions put and answers given", "Cabinet 30 January 2025", "Question 1 by Mr Sole",
             "How many potholes were repaired in the last year?",
             "Answer: 42,150 potholes were repaired across the county last year, more than ever before."]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    from boardbot.assistant import Assistant

    base = tmp_path_factory.mktemp("orgs")
    papers = base / "papers"
    write_pdf(papers / "cabinet-2025-01-30--Highways Report.pdf", [REPORT])
    write_pdf(papers / "cabinet-2025-01-30--Questions and Answers.pdf", [QUESTIONS])
    a = Assistant(settings=make_settings(base / "index"))
    assert not a.ingest([papers], progress=False).failed
    return a


def test_a_paper_naming_no_council_takes_its_meetings(assistant) -> None:
    catalog = assistant.index.catalog
    assert catalog.file("cabinet-2025-01-30--Questions and Answers.pdf").organisation == ""
    hits = assistant.search("How many potholes were repaired last year?", k=2)
    qa = next(h for h in hits if "Questions" in h.file)
    assert qa.metadata["organisation"] == "Kent County Council"


def test_a_question_naming_the_council_is_answered_from_it(assistant) -> None:
    ans = assistant.ask("How many potholes did Kent repair last year?")
    assert ans.status == "answered", ans.text
    assert "42,150" in ans.text
