"""The one sentence splitter: PDF text (exact spans) and generated text (streamed)."""

from __future__ import annotations

import pytest

from boardbot.text.sentences import (
    SentenceStream,
    after_abbreviation,
    breaks,
    ends_sentence,
    first_end,
    iter_sentences,
    spans,
    split_sentences,
    squash,
)

LONG = "The Board agreed to extend the Better Care Fund plan for another"  # over the wrap width

PDF_CASES = [
    # a line wrapped mid-sentence is joined
    (f"{LONG}\nyear, subject to the outcome of the review.", [f"{LONG}\nyear, subject to the outcome of the review."]),
    # a short line is a heading: it ends there
    ("Minutes\nThe Board agreed the minutes.", ["Minutes", "The Board agreed the minutes."]),
    ("Apologies for absence\nwere received from Cllr Smith.", ["Apologies for absence", "were received from Cllr Smith."]),
    # a long line ending in punctuation ends its sentence
    (f"{LONG} year;\nthe review follows.", [f"{LONG} year;", "the review follows."]),
    # bullets and numbered items start sentences of their own, even after a long line
    (f"{LONG}:\n• reduce waiting times\n• improve access", [f"{LONG}:", "• reduce waiting times", "• improve access"]),
    (f"{LONG}\n1. first numbered item", [LONG, "1. first numbered item"]),
    (f"{LONG}\n(a) lettered item", [LONG, "(a) lettered item"]),
    # table rows rebuilt with " | " are units
    ("Service | 2023/24 | 2024/25\nAcute | £1.2m | £1.4m", ["Service | 2023/24 | 2024/25", "Acute | £1.2m | £1.4m"]),
    (f"{LONG}\nAcute | £1.2m | £1.4m", [LONG, "Acute | £1.2m | £1.4m"]),
    # a blank line ends a paragraph
    (f"{LONG}\n\nyear two.", [LONG, "year two."]),
    # terminal punctuation, closing quotes and brackets; the next sentence may start with a digit
    ('It rose by 5%. 2024 was better! Was it? "Yes." (Agreed.) The end',
     ["It rose by 5%.", "2024 was better!", "Was it?", '"Yes."', "(Agreed.)", "The end"]),
    # no cut before a lower-case word or inside a figure
    ("It cost £1.2m. and more e.g. the rest", ["It cost £1.2m. and more e.g. the rest"]),
    # PDF text has no abbreviation list: "Cllr." before a capital ends a span (so does "No." before a digit)
    ("Cllr. Smith chaired. No. 5 was agreed.", ["Cllr.", "Smith chaired.", "No.", "5 was agreed."]),
    # "Label: value" stays one span
    ("Date: Friday 21st July 2023 Venue: Red Kite Room", ["Date: Friday 21st July 2023 Venue: Red Kite Room"]),
    ("", []),
    ("  \n \n", []),
]


@pytest.mark.parametrize(("text", "expected"), PDF_CASES)
def test_spans(text: str, expected: list[str]) -> None:
    got = spans(text)
    assert [text[a:b] for a, b in got] == expected
    # offsets are exact, trimmed and in order
    assert all(text[a:b] == text[a:b].strip() for a, b in got)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(got, got[1:]))


GENERATED_CASES = [
    ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
    # citation markers after the full stop stay with their sentence
    ("The fund rose. [2] It fell [1].", ["The fund rose. [2]", "It fell [1]."]),
    ("Costs rose [1][3]. Then fell [2].", ["Costs rose [1][3].", "Then fell [2]."]),
    # abbreviations and initials do not end a sentence in generated text
    ("Cllr. Smith chaired [1]. Dr. J. Jones spoke, e.g. on cost [2].",
     ["Cllr. Smith chaired [1].", "Dr. J. Jones spoke, e.g. on cost [2]."]),
    ("It met in Jan. 2024 [1]. Then again.", ["It met in Jan. 2024 [1].", "Then again."]),
    # every newline is a boundary (model output has no wrapped lines)
    ("- first point [1]\n- second point [2]", ["- first point [1]", "- second point [2]"]),
    ("Answer:\n\nThe board agreed [1].", ["Answer:", "The board agreed [1]."]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), GENERATED_CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), GENERATED_CASES)
def test_streaming_in_any_chunks_gives_the_same_sentences(text: str, expected: list[str]) -> None:
    for size in (1, 2, 3, 7):
        chunks = [text[i:i + size] for i in range(0, len(text), size)]
        assert list(iter_sentences(chunks)) == expected


def test_a_sentence_is_released_once_what_follows_is_seen() -> None:
    s = SentenceStream()
    assert s.feed("The board met") == []
    assert s.feed(".") == []  # might still be "met. [1]" or an abbreviation
    assert s.feed(" [1]") == []
    assert s.feed(" Then") == ["The board met. [1]"]
    assert s.feed(" it closed.") == []
    assert s.flush() == ["Then it closed."]
    assert s.flush() == []


@pytest.mark.parametrize(("line", "labels", "expected"), [
    ("Venue: Red Kite Room. Time: 10.30am", False, [22]),
    ("Venue: Red Kite Room. Time: 10.30am", True, [7, 22]),  # a label needs a capital after it
    ("Venue: Red Kite Room. Time: Noon", True, [7, 22, 28]),
    ("no boundary here", True, []),
    ("Agreed. 5 members voted.", False, [8]),
])
def test_breaks(line: str, labels: bool, expected: list[int]) -> None:
    assert breaks(line, labels) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ends here.", 10),
    ("see No. 5 below. Next", 16),  # "No." is skipped, the real end found
    ('it was "agreed." Then', 16),
    ("e.g. this", None),
    ("no end", None),
    ("", None),
])
def test_first_end(text: str, expected: int | None) -> None:
    assert first_end(text) == expected


@pytest.mark.parametrize(("head", "initials", "expected"), [
    ("chaired by Cllr.", True, True), ("e.g.", True, True), ("J.", True, True), ("J.", False, False),
    ("the end.", True, False), ("Dr!", True, False),
])
def test_after_abbreviation(head: str, initials: bool, expected: bool) -> None:
    assert after_abbreviation(head, initials) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("The end.", True), ('He said "no."  ', True), ("(Agreed.)", True), ("Really?", True),
    ("Recommendations:", False), ("1.2 Background", False), ("", False),
])
def test_ends_sentence(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


def test_squash() -> None:
    assert squash("  a\n b\t\tc  ") == "a b c"
