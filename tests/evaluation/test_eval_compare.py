"""Release-to-release comparison and the answer-shape metrics, on hand-made runs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from boardbot.evaluation.compare import bootstrap_interval, compare, compare_markdown
from boardbot.evaluation.dataset import Question
from boardbot.evaluation.metrics import Output, Unit, score, summarise


def _q(qid: str, answerable: bool = True) -> Question:
    return Question(id=qid, question=f"question {qid}?", answers=("£5m",) if answerable else (),
                    answerable=answerable, type="figure" if answerable else "unanswerable",
                    gold=(("x.pdf", 3),) if answerable else ())


def _run(results: list[dict]) -> dict:
    return {"systems": {"boardbot": {"results": results}}}


def _res(qid: str, correct: bool, answerable: bool = True, abstained: bool = False, chars: int = 100) -> dict:
    return {"id": qid, "question": f"q {qid}", "answerable": answerable, "correct": correct if answerable else None,
            "hitk": correct if answerable else None, "abstained": abstained, "answer": "x" * chars,
            "answer_chars": chars, "expected": ["£5m"], "early": correct if answerable else None, "rr": 1.0}


@pytest.mark.parametrize("answer,early", [
    ("£5m is the cost. [1]", True),
    ("x" * 199 + " £5m", False),  # the answer starts past the first 200 characters
    ("The papers say the scheme costs £5m. [1]", True),
])
def test_early_answer_is_judged_on_the_first_200_characters(answer: str, early: bool) -> None:
    r = score("boardbot", _q("a"), Output([Unit("x.pdf", 3, 3)], answer, False, [("x.pdf", 3)], 0.01))
    assert r.correct is True
    assert r.early is early
    assert r.answer_chars == len(answer)


def test_summary_reports_median_length_and_partial_rate() -> None:
    results = [
        score("b", _q("a"), Output([], "£5m " + "y" * 96, False, [], 0.01)),
        score("b", _q("b"), Output([], "z" * 300, False, [], 0.01, status="partial")),
        score("b", _q("c", answerable=False), Output([], "I could not find this in the papers.", True, [], 0.01)),
    ]
    s = summarise(results)
    assert s.answer_chars_median == 200  # median of 100 and 300; the decline is not an answer
    assert s.partial_rate == pytest.approx(1 / 3)
    assert results[2].status == "not_found"


def test_bootstrap_interval_is_zero_width_without_change_and_excludes_zero_for_a_clear_gain() -> None:
    assert bootstrap_interval([(1.0, 1.0)] * 30) == (0.0, 0.0)
    low, high = bootstrap_interval([(0.0, 1.0)] * 25 + [(1.0, 1.0)] * 25)
    assert 0 < low <= 0.5 <= high
    assert bootstrap_interval([]) == (None, None)


def test_compare_lists_flipped_questions_and_only_shared_ones_count() -> None:
    old = _run([_res("a", True), _res("b", False), _res("c", True), _res("u", None, answerable=False)])
    new = _run([_res("a", True), _res("b", True), _res("c", False), _res("u", None, answerable=False, abstained=True),
                _res("d", True)])
    changes, flips, only = compare(old, new)
    acc = next(c for c in changes if c.name == "accuracy")
    assert (acc.n, acc.old, acc.new) == (3, 2 / 3, 2 / 3)
    abst = next(c for c in changes if c.name == "abstention")
    assert (abst.old, abst.new) == (0.0, 1.0)
    flipped = {(f.id, f.key) for f in flips}
    assert {("b", "correct"), ("c", "correct"), ("u", "abstained")} <= flipped
    assert only == {"only_old": 0, "only_new": 1}
    text = compare_markdown(changes, flips, only)
    assert "answer accuracy" in text and "- b correct: False -> True" in text


def test_compare_of_a_run_written_before_the_early_metric_recomputes_it() -> None:
    legacy = _res("a", True)
    del legacy["early"]
    legacy["answer"] = "It costs £5m. [1]"
    changes, _, _ = compare(_run([legacy]), _run([_res("a", True)]))
    early = next(c for c in changes if c.name == "early_answer")
    assert early.old == 1.0


def test_cli_compare_two_files(tmp_path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_run([_res("a", True), _res("b", True)])))
    new.write_text(json.dumps(_run([_res("a", True), _res("b", False)])))
    out = subprocess.run([sys.executable, "-m", "boardbot", "eval", "--compare", str(old), str(new)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "| answer accuracy | 2 | 1.000 | 0.500 | -0.500 |" in out.stdout
    assert "- b correct: True -> False" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "boardbot", "eval", "--compare", str(tmp_path / "missing.json"),
                          str(new)], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "missing.json: cannot read an eval run" in bad.stderr


def test_a_listed_copy_counts_for_hit_at_k_with_copies_only() -> None:
    q = Question(id="c", question="who?", answers=("Ann",), answerable=True, type="role",
                 gold=(("orig.pdf", 2),), copies=(("pack.pdf", 7),))
    copy_only = score("b", q, Output([Unit("pack.pdf", 6, 8), Unit("other.pdf", 1, 1)], "Ann [1]", False,
                                     [("pack.pdf", 7)], 0.01))
    assert copy_only.hitk is False and copy_only.hitk_copies is True
    neither = score("b", q, Output([Unit("pack.pdf", 1, 5)], "Ann", False, [], 0.01))
    assert neither.hitk is False and neither.hitk_copies is False
    plain = score("b", _q("p"), Output([Unit("x.pdf", 3, 3)], "£5m", False, [], 0.01))
    assert plain.hitk is True and plain.hitk_copies is True
    assert summarise([copy_only, neither, plain]).hitk_copies == pytest.approx(2 / 3)


def test_also_in_is_read_from_the_set_and_checked(tmp_path) -> None:
    from boardbot.evaluation.dataset import load_set

    row = {"id": "r1", "question": "Who?", "answers": ["Ann"], "answerable": True, "source": "a.pdf", "page": 1,
           "evidence": "Ann", "type": "role", "also_in": [{"file": "b.pdf", "page": 4}]}
    bad = {**row, "id": "r2", "also_in": [{"file": "b.pdf"}]}
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps(bad) + "\n")
    loaded = load_set(path)
    assert [q.copies for q in loaded.questions] == [(("b.pdf", 4),)]
    assert [e.field for e in loaded.errors] == ["also_in"]
