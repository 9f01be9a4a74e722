"""What of a long record the register's answer shows: the sentences that say what was asked."""

from __future__ import annotations

from boardbot.decisions.excerpt import RECORD_SHOWN, abridge, excerpt

BUDGET = (
    "(4) RESOLVED that pursuant to section 25 of the Local Government Act 2003, the Council has regard to the "
    "Section 25 assurance statement. (a) The revenue budget requirement of £1,536.9m is approved. "
    "(b) The capital investment proposals of £1,442.3m over three years are approved. "
    "(c) The Prudential Indicators are approved. (d) The Treasury Management Strategy is approved. "
    "(e) The Investment Strategy is approved. (f) The total Council Tax requirement of £994,287,655 to be raised "
    "through precepts on district councils is approved. (g) The Council Tax bands are set as shown."
)


def _covers(words: str):
    wanted = set(words.lower().split())
    return lambda text: len(wanted & set(text.lower().replace(".", " ").split())) / len(wanted)


def test_a_long_record_is_cut_to_the_sentences_asked_about() -> None:
    shown = excerpt(BUDGET, _covers("total council tax requirement"))
    assert "£994,287,655" in shown
    assert shown.startswith("\u2026 (f) The total Council Tax requirement")
    assert len(shown) <= RECORD_SHOWN + 4
    assert "revenue budget requirement" not in shown


def test_a_record_that_fits_is_shown_whole() -> None:
    text = "RESOLVED that the Panel note the report."
    assert excerpt(text, _covers("panel report")) == text


def test_the_first_best_sentence_wins_a_tie_and_the_cut_is_marked() -> None:
    shown = excerpt(BUDGET, _covers("nothing here"))
    assert shown.startswith("(4) RESOLVED") and shown.endswith("\u2026")


def test_abridge_cuts_a_motion_at_a_word() -> None:
    assert abridge("word " * 100, 20) == "word word word word \u2026"
