"""What `boardbot list` and `boardbot ask` print, and what `list` does not import."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from boardbot.cli.main import main, page_range, shorten

SAME_PAGE_RANGE = re.compile(r"pages (\d+)-\1\b")


def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis() -> None:
    title = "Lancashire and South Cumbria Integrated Care Board: Place Integration Deal Progress on Areas of Delivery"
    out = shorten(title, 60)
    assert len(out) <= 60 and out.endswith("\u2026")
    kept = out[:-1]
    assert title.startswith(kept)
    # the character after the kept text is a space: no word was cut in half
    assert title[len(kept)] == " ", out
    assert shorten("Better Care Fund", 60) == "Better Care Fund"
    assert shorten("  Better \n Care   Fund ", 60) == "Better Care Fund"


def test_shorten_drops_trailing_punctuation_and_cuts_one_long_word() -> None:
    assert shorten("Minutes of the meeting: held in public, and then some more words", 24) == "Minutes of the meeting\u2026"
    assert shorten("x" * 50, 10) == "x" * 9 + "\u2026"


def test_page_range_names_a_single_page_once() -> None:
    assert page_range(20, 20) == "page 20"
    assert page_range(3, 5) == "pages 3-5"


def test_list_prints_whole_words_and_dates(small_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--index", str(small_index)]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if ".pdf" in line]
    assert len(rows) == 2, out
    assert any("lsc-icb-board-2023-11-08" in r and r.startswith("2023-11-08") for r in rows), out
    titles = [line.strip() for line in out.splitlines() if line.startswith(" " * 24)]
    assert titles, out
    for t in titles:
        assert len(t) <= 90
        if t.endswith("\u2026"):
            assert t[-2] != " "


def test_ask_prints_single_pages_without_a_range(small_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an answer with citations and one with only the closest passages
    for q in ("Who presented the place integration deal paper?",
              "What is the budget for the lunar rover programme?"):
        assert main(["ask", q, "--index", str(small_index)]) == 0
        out = capsys.readouterr().out
        assert not SAME_PAGE_RANGE.search(out), out
        assert re.search(r"\bpages? \d+", out), out


def test_list_does_not_import_the_heavy_libraries(small_index: Path) -> None:
    code = (
        "import sys\n"
        "from boardbot.cli.main import main\n"
        f"rc = main(['list', '--index', {str(small_index)!r}])\n"
        "heavy = [m for m in ('torch', 'llama_index', 'chromadb', 'sentence_transformers', 'gradio', 'nltk')\n"
        "         if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stdout, proc.stdout
    assert "lsc-icb-board-2023-11-08" in proc.stdout
