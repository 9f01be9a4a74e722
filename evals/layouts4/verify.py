"""Check every label in decisions-layouts4.jsonl against the PDF text layer (see evals/labelcheck.py).

    .venv/bin/python evals/layouts4/verify.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "decisions-layouts4.jsonl", "do", "layouts4"))
