"""Re-checks every gold page of the real-paper sets against the PDFs themselves.

For each question in ``dev.jsonl``, ``dev2.jsonl``, ``dev3.jsonl``, ``dev4.jsonl``,
``test.jsonl`` and ``../sample-test.jsonl``: the evidence is on the stated page (pypdf
``extract_text()``, whitespace collapsed, case-insensitive), an accepted answer is in the
evidence, unanswerable entries carry no source, and every ``also_in`` page really holds
the evidence too. For each decision label:
its text starts on the stated page of its minutes, and each ``also_in`` copy holds it.

    .venv/bin/python evals/real/check.py      # exit status 1 on any problem
"""

from __future__ import annotations

import json
import logging
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
QUESTION_SETS = (
    HERE / "dev.jsonl",
    HERE / "dev2.jsonl",
    HERE / "dev3.jsonl",
    HERE / "dev4.jsonl", HERE / "dev5.jsonl", HERE / "dev6.jsonl", HERE / "dev7.jsonl",
    HERE / "dev8.jsonl", HERE / "dev9.jsonl", HERE / "dev10.jsonl", HERE / "dev11.jsonl",
    HERE / "test.jsonl",
    ROOT / "evals" / "sample-test.jsonl",
)
DECISION_SETS = (HERE / "decisions-dev.jsonl", HERE / "decisions-test.jsonl")


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def folders_for(set_path: Path) -> list[Path]:
    manifest = set_path.parent / "papers.json"
    if manifest.is_file():
        return [(ROOT / f).resolve() for f in json.loads(manifest.read_text(encoding="utf-8"))["folders"]]
    return [ROOT / "papers"]


def locate(name: str, folders: list[Path]) -> Path:
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{name}: not in {', '.join(map(str, folders))}")


@cache
def page_texts(path: Path) -> tuple[str, ...]:
    from pypdf import PdfReader

    return tuple(norm(p.extract_text() or "") for p in PdfReader(str(path)).pages)


def as_list(value):
    return value if isinstance(value, list) else [value]


def check_question(q: dict, folders: list[Path]) -> list[str]:
    problems = []
    if not q["answerable"]:
        if q["answers"] or q["source"] is not None or q["page"] is not None or q["evidence"] is not None:
            problems.append("unanswerable entry must have no answers, source, page or evidence")
        return problems
    evidence = [norm(e) for e in as_list(q["evidence"])]
    for source, page, ev in zip(as_list(q["source"]), as_list(q["page"]), evidence):
        texts = page_texts(locate(source, folders))
        if not 1 <= page <= len(texts) or ev not in texts[page - 1]:
            found = [i + 1 for i, t in enumerate(texts) if ev in t]
            problems.append(f"evidence not on page {page} of {source} (found on {found})")
    if not any(norm(a) in " ".join(evidence) for a in q["answers"]):
        problems.append(f"no answer of {q['answers']} in the evidence")
    for other in q.get("also_in", []):
        texts = page_texts(locate(other["file"], folders))
        # a multi-document question's copies each hold one of its passages
        if not any(e in texts[other["page"] - 1] for e in evidence):
            problems.append(f"also_in {other['file']} page {other['page']} lacks the evidence")
    return problems


def check_label(lab: dict, folders: list[Path]) -> list[str]:
    problems = []
    text = norm(lab["text"])
    texts = page_texts(locate(lab["file"], folders))
    if text not in texts[lab["page"] - 1]:
        found = [i + 1 for i, t in enumerate(texts) if text in t]
        problems.append(f"text not on page {lab['page']} of {lab['file']} (found on {found})")
    for other in lab.get("also_in", []):
        if text not in page_texts(locate(other["file"], folders))[other["page"] - 1]:
            problems.append(f"also_in {other['file']} page {other['page']} lacks the text")
    return problems


def main() -> int:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    failures = checked = 0
    for path in QUESTION_SETS + DECISION_SETS:
        folders = folders_for(path)
        check = check_label if path.name.startswith("decisions") else check_question
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            checked += 1
            for problem in check(row, folders):
                failures += 1
                print(f"{path.name}:{row['id']}: {problem}")
    # an id names one question across every set, so runs over several sets merge without one hiding another
    seen: dict[str, str] = {}
    for path in sorted({*QUESTION_SETS, *(ROOT / "evals").glob("*.jsonl"), *HERE.glob("dev*.jsonl")}):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and "question" in (row := json.loads(line)):
                if row["id"] in seen:
                    failures += 1
                    print(f"{path.name}:{row['id']}: id already used in {seen[row['id']]}")
                seen.setdefault(row["id"], path.name)
    print(f"{checked} entries checked, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
