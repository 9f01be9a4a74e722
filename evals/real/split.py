"""Splits the real-paper evaluation sets into dev and test, at random, with a fixed seed.

Questions are split one by one (35% dev), decision labels by minutes document (4 documents
dev, the rest test), so that tuning on dev never sees a test question or a test document.
The split was made once, before any system was run on these questions:

    python evals/real/split.py write QUESTIONS_POOL.jsonl DECISIONS_POOL.jsonl

``check`` (the default) rebuilds the split from the union of the committed files and fails
if any question or document is on the other side, so the split can be audited without the
pools:

    python evals/real/split.py check
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20250313
DEV_SHARE = 0.35
DEV_DOCUMENTS = 4


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def split_questions(questions: list[dict]) -> tuple[list[dict], list[dict]]:
    """Dev and test questions; the order before shuffling is the question text, so the
    split does not depend on ids or on the order the pool was written in."""
    pool = sorted(questions, key=lambda q: q["question"])
    random.Random(SEED).shuffle(pool)
    n_dev = round(DEV_SHARE * len(pool))
    return pool[:n_dev], pool[n_dev:]


def dev_documents(labels: list[dict]) -> set[str]:
    documents = sorted({lab["file"] for lab in labels})
    return set(random.Random(SEED).sample(documents, DEV_DOCUMENTS))


def write_all(question_pool: Path, decision_pool: Path) -> None:
    dev, test = split_questions(read(question_pool))
    for prefix, rows in (("kd", dev), ("kt", test)):
        for n, row in enumerate(rows, 1):
            row["id"] = f"{prefix}{n:03d}"
    write(HERE / "dev.jsonl", dev)
    write(HERE / "test.jsonl", test)
    labels = read(decision_pool)
    chosen = dev_documents(labels)
    for name, keep, prefix in (("decisions-dev.jsonl", True, "dd"), ("decisions-test.jsonl", False, "dt")):
        rows = [lab for lab in labels if (lab["file"] in chosen) == keep]
        for n, row in enumerate(rows, 1):
            row["id"] = f"{prefix}{n:03d}"
        write(HERE / name, rows)


def check() -> list[str]:
    problems = []
    dev, test = read(HERE / "dev.jsonl"), read(HERE / "test.jsonl")
    want_dev, _ = split_questions(dev + test)
    if {q["question"] for q in want_dev} != {q["question"] for q in dev}:
        problems.append("dev.jsonl and test.jsonl are not the seeded split of their union")
    ddev, dtest = read(HERE / "decisions-dev.jsonl"), read(HERE / "decisions-test.jsonl")
    if dev_documents(ddev + dtest) != {lab["file"] for lab in ddev}:
        problems.append("decisions-dev.jsonl does not hold exactly the seeded dev documents")
    if {lab["file"] for lab in ddev} & {lab["file"] for lab in dtest}:
        problems.append("a minutes document has labels in both decision sets")
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["write"] and len(argv) == 3:
        write_all(Path(argv[1]), Path(argv[2]))
        return 0
    problems = check()
    for p in problems:
        print(p)
    if not problems:
        print(f"split OK (seed {SEED})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
