"""The eval runner: metric definitions on hand-made results, set loading, and a CI gate.

The gate runs boardbot on the fixed subset ``evals/ci_subset.txt`` against a
real index of the five sample papers and fails when a headline figure drops
below its threshold. Thresholds sit a little below what was measured when they
were set (see the constants), so a regression shows, noise does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boardbot.evaluation.dataset import Question, load_set, load_sets, read_subset, select
from boardbot.evaluation.metrics import (
    Output,
    Unit,
    all_sources_found,
    answer_correct,
    first_rank,
    norm,
    percentile,
    score,
    summarise,
)

ROOT = Path(__file__).parents[1]
QUESTIONS = ROOT / "evals" / "questions.jsonl"
CI_SUBSET = ROOT / "evals" / "ci_subset.txt"

A, B = "a.pdf", "b.pdf"


def q(qid: str = "x1", answerable: bool = True, gold=((A, 5),), answers=("£1.2m",), qtype: str = "figure") -> Question:
    return Question(
        id=qid,
        question="How much?",
        answers=tuple(answers) if answerable else (),
        answerable=answerable,
        type=qtype,
        gold=tuple(gold) if answerable else (),
    )


def out(retrieved=(), answer: str = "", abstained: bool = False, citations=(), latency: float = 0.1) -> Output:
    return Output([Unit(*u) for u in retrieved], answer, abstained, list(citations), latency)


# --- metrics on hand-made results -------------------------------------------------
def test_answer_matching_normalises_case_and_whitespace() -> None:
    assert norm("  The  £1.2M\n budget\u00a0 ") == "the £1.2m budget"
    assert answer_correct("It was  £1.2M in\ttotal.", ["£1.2m"])
    assert answer_correct("Red Kite\nRoom", ["nowhere", "red kite room"])
    assert not answer_correct("It was £1.3m.", ["£1.2m"])
    assert not answer_correct("anything", [])


def test_rank_uses_page_ranges_and_file() -> None:
    retrieved = [Unit(B, 5, 5), Unit(A, 1, 4), Unit(A, 4, 6), Unit(A, 5, 5)]
    assert first_rank(retrieved, [(A, 5)]) == 3  # b.pdf p5 is the wrong file; 1-4 does not cover 5
    assert first_rank(retrieved, [(A, 9)]) is None
    assert first_rank([Unit(B, 1, 1)] * 10 + [Unit(A, 5, 5)], [(A, 5)]) is None  # beyond depth 10


def test_scored_answerable_question() -> None:
    r = score("sys", q(), out([(B, 1, 1), (A, 3, 6)], "The total was £1.2M.", citations=[(A, 5)]), k=5)
    assert (r.rank, r.hit1, r.hitk, r.rr) == (2, False, True, 0.5)
    assert r.correct and r.cited_gold and not r.failed
    assert r.all_sources is None  # single-document question


def test_abstaining_on_answerable_is_wrong_and_not_scored_for_citations() -> None:
    r = score("sys", q(), out([(A, 5, 5)], "I could not find this in the papers.", abstained=True))
    assert r.correct is False and r.cited_gold is None and r.failed
    assert r.hit1 is True  # retrieval is scored regardless of the answer


def test_unanswerable_question_scores_abstention_only() -> None:
    declined = score("sys", q(answerable=False), out([(A, 5, 5)], "Not found.", abstained=True))
    answered = score("sys", q(answerable=False), out([(A, 5, 5)], "£1.2m", abstained=False))
    assert declined.hit1 is None and declined.correct is None and not declined.failed
    assert answered.failed


def test_multi_document_needs_every_source_in_top_10() -> None:
    gold = [(A, 5), (B, 7)]
    assert all_sources_found([Unit(A, 5, 5), Unit(B, 6, 8)], gold)
    assert not all_sources_found([Unit(A, 5, 5), Unit(A, 7, 7)], gold)
    r = score("sys", q(gold=gold), out([(B, 7, 7), (A, 1, 1)], "x"))
    assert r.rank == 1 and r.all_sources is False


def test_summary_totals() -> None:
    results = [
        score("s", q("1"), out([(A, 5, 5)], "£1.2m", citations=[(A, 5)], latency=0.1)),  # rank 1, right, cited
        score("s", q("2"), out([(B, 1, 1), (A, 5, 5)], "wrong", citations=[(B, 1)], latency=0.2)),  # rank 2
        score("s", q("3"), out([(B, 1, 1)], "none", abstained=True, latency=0.3)),  # miss, false abstention
        score("s", q("4", answerable=False, qtype="unanswerable"), out([], "none", abstained=True, latency=0.4)),
        score("s", q("5", answerable=False, qtype="unanswerable"), out([], "£5", latency=0.5)),
    ]
    s = summarise(results, k=5)
    assert (s.n, s.answerable, s.unanswerable) == (5, 3, 2)
    assert s.hit1 == pytest.approx(1 / 3)
    assert s.hitk == pytest.approx(2 / 3)
    assert s.mrr == pytest.approx((1 + 0.5 + 0) / 3)
    assert s.accuracy == pytest.approx(1 / 3)
    assert s.false_abstention == pytest.approx(1 / 3)
    assert s.abstention == pytest.approx(0.5)
    assert s.citation_accuracy == pytest.approx(0.5)  # 2 answered answerable, 1 cites gold
    assert s.latency_p50_ms == pytest.approx(300.0)
    assert s.latency_p95_ms == pytest.approx(480.0)
    assert s.all_sources is None


def test_percentile_matches_linear_interpolation() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([1, 2, 3, 4], 50) == pytest.approx(2.5)


def test_markdown_and_html_report_from_hand_made_run(tmp_path: Path) -> None:
    from boardbot.evaluation.report import write_report
    from boardbot.evaluation.runner import EvalRun, failures_text, markdown

    questions = [q("x1"), q("x2", qtype="table"), q("u1", answerable=False, qtype="unanswerable")]
    outs = {
        "boardbot": [out([(A, 5, 5)], "£1.2m", citations=[(A, 5)]), out([(B, 1, 1)], "<b>£9</b>", citations=[(B, 1)]),
                     out([], "Not found.", abstained=True)],
        "bm25-pages": [out([(A, 4, 4)], "nothing"), out([(A, 5, 5)], "£1.2m"), out([(A, 1, 1)], "something")],
    }
    run = EvalRun(k=5, questions=questions,
                  results={name: [score(name, qq, o) for qq, o in zip(questions, os_)] for name, os_ in outs.items()})
    md = markdown(run)
    assert "| metric | boardbot | bm25-pages |" in md
    assert "| answer accuracy (answerable) | 0.500 | 0.500 |" in md
    assert "| correct abstention (unanswerable) | 1.000 | 0.000 |" in md
    assert "| table | 1 | 0.000 / 0.000 | 1.000 / 1.000 |" in md
    assert failures_text(run).startswith("x2 [table]")
    page = write_report(run, tmp_path / "r.html").read_text()
    assert page.count("data:image/png;base64,") == 2
    assert "&lt;b&gt;£9&lt;/b&gt;" in page and "<b>£9</b>" not in page  # answers are escaped
    assert "Failures: boardbot (1 of 3)" in page and "Failures: bm25-pages (2 of 3)" in page


# --- loading sets -------------------------------------------------------------------
GOOD = {
    "id": "g1",
    "question": "Where?",
    "answers": ["Room 1"],
    "answerable": True,
    "source": "a.pdf",
    "page": 3,
    "evidence": "in Room 1",
    "type": "fact",
}


def test_malformed_lines_are_reported_and_the_rest_load(tmp_path: Path) -> None:
    lines = [
        json.dumps(GOOD),
        '{"id": "broken", "question": ',  # line 2: not JSON
        json.dumps({**GOOD, "id": "g3", "answerable": "yes"}),  # line 3
        json.dumps({k: v for k, v in GOOD.items() if k != "page"} | {"id": "g4"}),  # line 4: page missing
        "",
        json.dumps({**GOOD, "id": "g6", "source": ["a.pdf", "b.pdf"], "page": [1, 2], "evidence": ["x", "y"]}),
        json.dumps({**GOOD, "id": "g1"}),  # line 7: duplicate id
        json.dumps({**GOOD, "id": "g8", "source": ["a.pdf", "b.pdf"], "page": [1]}),  # line 8: pages != sources
        json.dumps({"id": "u1", "question": "Who?", "answers": [], "answerable": False, "source": None,
                    "page": None, "evidence": None, "type": "unanswerable"}),
    ]
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(lines) + "\n")
    loaded = load_set(path)
    assert [x.id for x in loaded.questions] == ["g1", "g6", "u1"]
    got = {(e.line, e.field) for e in loaded.errors}
    assert got == {(2, "(json)"), (3, "answerable"), (4, "page"), (7, "id"), (8, "page")}
    assert all(e.file == str(path) for e in loaded.errors)
    assert str(path) in str(loaded.errors[0]) and ":2:" in str(loaded.errors[0])
    assert loaded.questions[1].gold == ((A, 1), (B, 2))
    assert loaded.questions[2].gold == () and not loaded.questions[2].answerable


def test_several_sets_get_prefixed_ids_and_subsets_select(tmp_path: Path) -> None:
    (tmp_path / "one.jsonl").write_text(json.dumps(GOOD) + "\n")
    (tmp_path / "two.jsonl").write_text(json.dumps(GOOD) + "\n")
    loaded = load_sets([tmp_path / "one.jsonl", tmp_path / "two.jsonl"])
    assert [x.id for x in loaded.questions] == ["one:g1", "two:g1"] and not loaded.errors
    chosen, unknown = select(loaded.questions, ["two:g1", "nope"])
    assert [x.id for x in chosen] == ["two:g1"] and unknown == ["nope"]


def test_shipped_set_and_ci_subset_load_cleanly() -> None:
    loaded = load_set(QUESTIONS)
    assert not loaded.errors
    assert len(loaded.questions) >= 80
    ids = read_subset(CI_SUBSET)
    chosen, unknown = select(loaded.questions, ids)
    assert not unknown
    types = {x.type for x in chosen}
    assert types == {x.type for x in loaded.questions}  # every type represented
    assert sum(not x.answerable for x in chosen) >= 8
    assert len({f for x in chosen for f, _ in x.gold}) == 5  # all five papers


@pytest.mark.slow
def test_cli_reports_bad_line_and_runs_the_rest(tmp_path: Path, full_index: Path, capsys) -> None:
    from boardbot.cli.main import main

    good = [json.loads(line) for line in QUESTIONS.read_text().splitlines()[:2]]
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(good[0]) + "\n" + json.dumps({**good[1], "type": 7}) + "\n")
    rc = main(["eval", "--index", str(full_index), "--set", str(path), "--json", str(tmp_path / "out.json"),
               "--report", str(tmp_path / "r.html"), "--no-progress"])
    res = capsys.readouterr()
    assert rc == 1, res.err
    assert f"{path}:2: field 'type'" in res.err
    assert "| retrieval hit@5 |" in res.out
    data = json.loads((tmp_path / "out.json").read_text())
    results = data["systems"]["boardbot"]["results"]
    assert [r["id"] for r in results] == [good[0]["id"]]
    assert {"question", "answer", "citations", "hitk", "correct", "latency_ms"} <= set(results[0])
    page = (tmp_path / "r.html").read_text()
    assert page.startswith("<!doctype html>") and "data:image/png;base64," in page and "<link" not in page


# --- CI regression gate ----------------------------------------------------------------
# Measured on the CI subset (33 questions: 25 answerable, 8 unanswerable) against the full
# sample index at submission: hit@5 0.88, MRR@10 0.689, accuracy 0.64, false abstention
# 0.00, citation accuracy 0.76, correct abstention 0.125 (1 of 8; see the closing note of
# issue 3 on why abstention is weak). Each threshold allows about one to two questions of
# slack; raise them with each measured gain.
MIN_HIT5 = 0.84
MIN_MRR = 0.62
MIN_ACCURACY = 0.56
MIN_ABSTENTION = 0.125
MAX_FALSE_ABSTENTION = 0.08
MIN_CITATION = 0.68
EPS = 1e-9  # the figures are fractions of small counts; compare them exactly


@pytest.fixture(scope="module")
def ci_run(full_assistant):
    from boardbot.evaluation.runner import BoardbotSystem, run_eval

    questions, unknown = select(load_set(QUESTIONS).questions, read_subset(CI_SUBSET))
    assert not unknown
    return run_eval(questions, [BoardbotSystem(full_assistant)], k=5, progress=False)


@pytest.mark.slow
def test_ci_gate(ci_run) -> None:
    s = ci_run.summary("boardbot")
    from boardbot.evaluation.runner import failures_text, markdown

    detail = markdown(ci_run) + "\n\n" + failures_text(ci_run)
    assert s.errors == 0, detail
    assert s.hitk >= MIN_HIT5 - EPS, detail
    assert s.mrr >= MIN_MRR - EPS, detail
    assert s.accuracy >= MIN_ACCURACY - EPS, detail
    assert s.abstention >= MIN_ABSTENTION - EPS, detail
    assert s.false_abstention <= MAX_FALSE_ABSTENTION + EPS, detail
    assert s.citation_accuracy >= MIN_CITATION - EPS, detail



# --- baselines, on the three small papers ------------------------------------------------
SMALL = ["haringey-islington-hwb-joint-sub-committee-2019-03-06-agenda-pack.pdf",
         "lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf",
         "blackburn-darwen-hwbb-2024-07-31-pbp-icb-update.pdf"]


def test_baselines_build_cache_and_answer(tmp_path: Path) -> None:
    from boardbot.config import load_settings
    from boardbot.evaluation.baselines import ANSWER_CHARS, BM25Pages, StarterRAG, build_baselines
    from boardbot.evaluation.runner import run_eval

    pdfs = [ROOT / "papers" / f for f in SMALL]
    settings = load_settings(index_dir=tmp_path / "unused")
    bm25, starter = build_baselines(pdfs, settings, cache_dir=tmp_path / "cache")
    assert isinstance(bm25, BM25Pages) and isinstance(starter, StarterRAG)
    assert len(bm25.corpus.pages) == 28 + 18 + 11
    built = list((tmp_path / "cache").glob("starter-*/built.json"))
    assert len(built) == 1 and json.loads(built[0].read_text())["chunks"] == starter.chunks >= 57

    questions = [x for x in load_set(QUESTIONS).questions if x.gold and all(f in SMALL for f, _ in x.gold)]
    run = run_eval(questions, [bm25, starter], k=5, progress=False)
    for name in ("bm25-pages", "llamaindex-starter"):
        s = run.summary(name)
        assert s.errors == 0 and s.abstention is None and s.false_abstention == 0.0  # never abstain
        assert all(len(r.answer) <= ANSWER_CHARS for r in run.results[name])
    assert run.summary("bm25-pages").hitk >= 0.9  # measured 1.00 on these 37 questions
    assert run.summary("llamaindex-starter").hitk >= 0.65  # measured 0.76

    # A second build reuses the cached index instead of embedding again.
    again = StarterRAG(bm25.corpus, settings, tmp_path / "cache")
    assert again.chunks == starter.chunks and list((tmp_path / "cache").glob("starter-*/built.json")) == built
