"""Register search order: exact phrases, then whole words, then loose (stemmed, prefix, meaning) matches.

A real register (SQLite + FTS5 + Chroma, real embeddings) holds the decisions
extracted from the Cambridgeshire & Peterborough sample pack - two "discharge
of duties" rows and two Adult Social Care Discharge rows - plus three hand-written
rows from a newer (made-up) meeting about hospital discharge, one of which says
only "discharged". Newest first, that "discharged" row would lead every search;
the tiers must put it after the rows holding the words the reader typed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from boardbot.decisions.ranking import ALL_WORDS_TIER, LOOSE_TIER, PHRASE_TIER, Query, rank, tokens

ROOT = Path(__file__).resolve().parents[1]
CAMBS = ROOT / "papers" / "cambs-peterborough-hwb-icp-2023-07-21-agenda-pack.pdf"
SYNTH = "synthetic-winter-board-2024-01-10.pdf"
DISCHARGED = "Patients discharged from hospital at weekends are to be followed up within 48 hours."
PLAN = "The Board approved the hospital discharge plan for winter 2024."
TEAM = "That the hospital's discharge team and the discharge lounge be expanded."
DUTIES = "discharge of duties"


def _has(text: str, phrase: str) -> bool:
    return re.search(r"\b" + r"\W+".join(phrase.split()) + r"\b", text, re.I) is not None


# --- the tiers on their own -------------------------------------------------------------
def test_tokens_split_apostrophes_and_read_ampersands() -> None:
    assert tokens("Islington's place-based care") == ["islington", "s", "place", "based", "care"]
    assert tokens("Health & Wellbeing") == ["health", "and", "wellbeing"]


def test_query_tiers() -> None:
    q = Query.parse("hospital discharge")
    assert q.tier([PLAN]) == PHRASE_TIER
    assert q.tier([TEAM]) == ALL_WORDS_TIER  # both words, not side by side
    assert q.tier([DISCHARGED]) == LOOSE_TIER  # "discharged" is not the word "discharge"
    assert q.tier(["Discharge", "hospital"]) == ALL_WORDS_TIER  # words in the item and text count
    assert q.tier(["the hospital", "discharge plans"]) == ALL_WORDS_TIER  # a phrase never spans two fields
    assert Query.parse("place-based care").tier(["Islington's place based care proposal"]) == PHRASE_TIER
    assert Query.parse("the discharge of").words == {"discharge"}  # stopwords are not required words
    quoted = Query.parse('"hospital discharge" winter')
    assert quoted.required == (("hospital", "discharge"),)
    assert quoted.tier([TEAM]) is None  # a quoted phrase is required
    assert quoted.tier([PLAN]) == ALL_WORDS_TIER


# --- a real register ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    from boardbot.config import Settings
    from boardbot.decisions import DecisionStore, extract_decisions
    from boardbot.decisions.record import decision_id
    from boardbot.parsing.document import load
    from boardbot.parsing.metadata import load_manifest
    from boardbot.parsing.pdf_reader import PypdfReader

    doc = load(CAMBS, PypdfReader(), load_manifest(CAMBS.parent).get(CAMBS.name))
    s = DecisionStore(Settings(index_dir=tmp_path_factory.mktemp("ranking") / "index"))
    s.replace_file(CAMBS.name, extract_decisions(doc), doc.meta.date)
    # the "discharged" row comes first in its paper, so without tiers it leads every newest-first search
    synth = []
    for n, (text, kind) in enumerate(((DISCHARGED, "action"), (PLAN, "approval"), (TEAM, "decision"))):
        synth.append(_decision(decision_id(SYNTH, n * 100, text), text, kind, n * 100))
    s.replace_file(SYNTH, synth, "2024-01-10")
    yield s
    s.close()


def _decision(did: str, text: str, kind: str, offset: int):
    from boardbot.decisions import Decision

    return Decision(id=did, file=SYNTH, page=1, meeting_date="2024-01-10", board="Winter Board",
                    item="4. Winter plan", kind=kind, text=text, char_start=offset)


def _texts(rows) -> list[str]:
    return [d.text for d in rows]


def test_register_holds_both_meanings_of_discharge(store) -> None:
    rows = _texts(store.search(None, limit=1000))
    assert sum(_has(t, DUTIES) for t in rows) == 1
    assert sum(_has(t, "adult social care discharge") for t in rows) == 2
    first, second = (t for t in rows if "duties" in t)
    assert "discharge of health duties" in first and _has(second, DUTIES)  # the order in the pack
    assert _texts(store.search(None, limit=3))[0] == DISCHARGED  # newest first, the "discharged" row leads


def test_phrase_rows_first_then_all_words_then_the_rest(store) -> None:
    for order in ("date", "relevance"):
        rows = _texts(store.search("hospital discharge", order=order))
        assert rows[:2] == [PLAN, TEAM], order
        assert DISCHARGED in rows and rows.index(DISCHARGED) > 1, order


def test_whole_word_rows_before_a_stemmed_match(store) -> None:
    rows = store.search("discharge", order="date")
    texts = _texts(rows)
    assert DISCHARGED in texts  # the stemmer still finds it ...
    whole = [i for i, d in enumerate(rows) if re.search(r"\bdischarge\b", f"{d.text} {d.item}", re.I)]
    assert len(whole) >= 5 and max(whole) < texts.index(DISCHARGED)  # ... after every exact "discharge"
    assert whole == list(range(len(whole)))
    dates = [d.date_key for d in rows[:len(whole)]]
    assert dates == sorted(dates, reverse=True)  # newest first within a tier


def test_an_unquoted_phrase_leads_its_tier(store) -> None:
    rows = _texts(store.search(DUTIES, order="date"))
    # item 5's "discharge of health duties" row comes first in the pack, so newest-first alone leads with it
    assert _has(rows[0], DUTIES) and "discharge of health duties" in rows[1]
    # then the Adult Social Care Discharge rows, which hold "discharge" but not "duties"
    assert len(rows) >= 4 and all("discharge" in t.lower() and "duties" not in t for t in rows[2:4])


def test_a_quoted_phrase_is_required(store) -> None:
    rows = _texts(store.search(f'"{DUTIES}"', order="date"))
    assert rows and all(_has(t, DUTIES) for t in rows)
    assert not any("discharge of health duties" in t for t in rows)
    assert _texts(store.search('"hospital discharge"')) == [PLAN]
    assert _texts(store.search('"hospital discharge" lounge')) == [PLAN]  # the phrase, with or without the rest


def test_rank_keeps_each_tiers_order(store) -> None:
    rows = store.search("discharge", order="date")
    assert rank(rows, "discharge") == rows
    assert rank(list(reversed(rows)), "") == list(reversed(rows))


def test_cli_uses_the_same_order(store, capsys) -> None:
    from boardbot.cli.main import main

    assert main(["decisions", "--index", str(store.settings.index_dir), "hospital discharge", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in rows[:2]] == [PLAN, TEAM]
