"""The one tokenizer and stop list, and the FTS5 query built from them."""

from __future__ import annotations

import pytest

from boardbot.store.catalog import fts_query
from boardbot.text.terms import STOPWORDS, phrase_terms, query_terms, words


@pytest.mark.parametrize(("text", "expected"), [
    ("The ICB's four-hour target", ["the", "icb", "s", "four", "hour", "target"]),
    ("£1.2m in 2023/24", ["£1", "2m", "in", "2023", "24"]),
    ("Cllr. O’Neill — 21st July", ["cllr", "o", "neill", "21st", "july"]),
    ("", []),
])
def test_words_split_like_fts5_unicode61(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Who presented the obesity update to the board?", ["presented", "obesity", "update"]),
    ("How much is £30,000 of the fund?", ["30", "000", "fund"]),  # "£" dropped, numbers kept
    ("Item 7 a b c", ["item", "7"]),  # single letters dropped, single digits kept
    ("please tell me what the papers say", []),  # question framing words are stop words too
    ("The ICB's four-hour target", ["icb", "four", "hour", "target"]),
])
def test_query_terms(text: str, expected: list[str]) -> None:
    assert query_terms(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the place-based partnership", ["place-based", "partnership"]),
    ("the ICB's plan for 2023/24", ["icb's", "plan", "2023/24"]),
    ("'quoted' words -dashed-", ["quoted", "words", "dashed"]),
    ("a b 7 of the", ["7"]),
])
def test_phrase_terms_keep_compounds_whole(text: str, expected: list[str]) -> None:
    assert phrase_terms(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("place-based care AND NEAR", '"place-based" OR "care" OR "near"'),
    ("plans for 2023/24 and 2023/24", '"plans" OR "2023 24"'),
    ('say "what"', ""),
])
def test_fts_query_quotes_every_term(text: str, expected: str) -> None:
    assert fts_query(text) == expected


def test_stop_list_holds_question_framing_but_not_content_words() -> None:
    assert {"board", "papers", "please", "according", "the", "what"} <= STOPWORDS
    assert not {"fund", "care", "health", "plan", "us"} & STOPWORDS
