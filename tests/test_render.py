"""The chat message of an answer: the direct answer first and bold, then the quotes; partial and not found apart."""

from __future__ import annotations

import re

from boardbot.records import Answer, Citation
from boardbot.ui import render


def _cite(n: int, quote: str) -> Citation:
    return Citation(n=n, file="lsc.pdf", page=1, quote=quote, score=1.0)


def test_direct_answer_is_bold_first_with_its_citation_link() -> None:
    quote = "Presented by Professor Craig Harris, Chief Operating Officer"
    ans = Answer("Who presented it?", f"Professor Craig Harris [1]\n{quote} [1]", [_cite(1, quote)], False,
                 lead="Professor Craig Harris [1]")
    md = render.answer_markdown(ans, 0)
    assert md.startswith("**Professor Craig Harris** " + render.cite_link(0, 1))
    rest = md.split("\n\n", 1)[1]
    assert "Presented by Professor Craig Harris" in rest and "**" not in rest
    assert md.count(render.cite_link(0, 1)) == 2


def test_answer_without_lead_is_not_bold_and_paper_text_is_inert() -> None:
    quote = "The *quorum* is 3 [voting] members"
    ans = Answer("What is the quorum?", f"{quote} [1]", [_cite(1, quote)], False)
    md = render.answer_markdown(ans, 2)
    assert not md.startswith("**")
    assert r"\*quorum\*" in md and render.cite_link(2, 1) in md
    assert "[2]" not in md  # an unknown marker is never a link
    ans.text += " [2]"
    assert render.cite_link(2, 2) not in render.answer_markdown(ans, 2)


def test_partial_and_not_found_read_differently_from_an_answer() -> None:
    quote = "The 2023-24 grant was £1.2m"
    partial = Answer("What was the 2022-23 grant?", f"The papers give the 2023-24 figure (£1.2m [1]), not 2022-23: "
                     f"{quote} [1]", [_cite(1, quote)], True, status="partial", lead="£1.2m [1]")
    md = render.answer_markdown(partial, 0)
    assert md.startswith(f"**{render.md_text(render.PARTIAL_HEAD)}**")
    assert "**£1.2m**" not in md  # a near miss never shows a value as the answer
    missing = render.answer_markdown(Answer("q", "I could not find this in the papers.", [], True), 0)
    assert missing.startswith("**I could not find this in the papers.**")
    assert re.search(r"Partly answered", md) and "Partly" not in missing
