"""Check every label in decisions-layouts5.jsonl against the PDF text layer (see evals/labelcheck.py).

    .venv/bin/python evals/layouts5/verify.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(HERE, "decisions-layouts5.jsonl", "dp", "layouts5"))
