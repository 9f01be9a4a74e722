"""Checks the known-answer evaluation sets in ``evals/*.jsonl``.

Every question in every set (``decisions.jsonl`` excepted: it has a different
format) is checked for well-formed fields, and every answerable question is
checked against the PDFs in ``papers/``: each evidence quote must be on the stated
page (pypdf ``extract_text()``, whitespace runs collapsed, case-insensitive), and
at least one of the accepted answers must occur in the evidence.

The shipped set, ``evals/questions.jsonl``, must additionally meet the coverage
targets described in ``evals/README.md``.

Sets in ``evals/real/`` are about papers outside the repository: their folder's
``papers.json`` names the folders their sources live in, and the evidence checks skip
when those folders are absent. Their decision labels (``decisions-*.jsonl``) have
another format and are checked by ``evals/real/check.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
EVALS = ROOT / "evals"
PAPERS = ROOT / "papers"
MAIN_SET = "questions.jsonl"
SKIP_SETS = {"decisions.jsonl"}

TYPES = {
    "fact",
    "decision",
    "action",
    "figure",
    "table",
    "role",
    "multi_doc",
    "paraphrase",
    "meeting_specific",
    "unanswerable",
}
REQUIRED = (
    "id",
    "question",
    "answers",
    "answerable",
    "source",
    "page",
    "evidence",
    "type",
)

MIN_QUESTIONS = 80
MIN_UNANSWERABLE = 15
MIN_PER_PAPER = 5


def norm(text: str) -> str:
    """Collapse every whitespace run to one space and lower-case."""
    return " ".join(text.split()).lower()


def as_list(value):
    return value if isinstance(value, list) else [value]


def set_files() -> list[Path]:
    top = [p for p in EVALS.glob("*.jsonl") if p.name not in SKIP_SETS]
    real = [p for p in (EVALS / "real").glob("*.jsonl") if not p.name.startswith("decisions")]
    return sorted(top) + sorted(real)


def paper_dirs(path: Path) -> tuple[Path, ...]:
    """Where a set's sources live: ``papers/``, or the folders its ``papers.json`` lists."""
    manifest = path.parent / "papers.json"
    if manifest.is_file():
        folders = json.loads(manifest.read_text(encoding="utf-8"))["folders"]
        return tuple((ROOT / f).resolve() for f in folders)
    return (PAPERS,)


def load_set(path: Path) -> list[dict]:
    """Return the entries of one set; a line that is not a JSON object becomes an
    entry carrying ``_error`` so that it fails (by line number) rather than
    breaking collection."""
    entries = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            entry = {"_error": f"invalid JSON: {exc}"}
        if not isinstance(entry, dict):
            entry = {"_error": "line is not a JSON object"}
        entry["_file"] = path.relative_to(EVALS).as_posix()
        entry["_line"] = lineno
        entry["_dirs"] = paper_dirs(path)
        entries.append(entry)
    return entries


def all_entries() -> list[dict]:
    out = []
    for path in set_files():
        out.extend(load_set(path))
    return out


ENTRIES = all_entries()


def entry_id(entry: dict) -> str:
    qid = entry.get("id")
    label = qid if isinstance(qid, str) and qid else f"line{entry['_line']}"
    return f"{entry['_file']}:{label}"


@cache
def page_texts(path: Path) -> tuple[str, ...]:
    """Normalised text of every page of one paper; each PDF is read once per session."""
    import pypdf

    reader = pypdf.PdfReader(str(path))
    return tuple(norm(page.extract_text() or "") for page in reader.pages)


# --------------------------------------------------------------------------- per entry


def check_fields(entry: dict) -> list[str]:
    problems = []
    if "_error" in entry:
        return [entry["_error"]]
    for key in REQUIRED:
        if key not in entry:
            problems.append(f"missing field {key!r}")
    if problems:
        return problems

    if not isinstance(entry["id"], str) or not entry["id"].strip():
        problems.append("id must be a non-empty string")
    if not isinstance(entry["question"], str) or not entry["question"].strip():
        problems.append("question must be a non-empty string")
    if entry["type"] not in TYPES:
        problems.append(f"type {entry['type']!r} not one of {sorted(TYPES)}")
    if not isinstance(entry["answerable"], bool):
        problems.append("answerable must be true or false")
    answers = entry["answers"]
    if not isinstance(answers, list) or not all(
        isinstance(a, str) and a.strip() for a in answers
    ):
        problems.append("answers must be a list of non-empty strings")

    if entry["answerable"] is True:
        if entry["type"] == "unanswerable":
            problems.append("type 'unanswerable' but answerable is true")
        if isinstance(answers, list) and not answers:
            problems.append("answerable question has no answers")
        source, page, evidence = entry["source"], entry["page"], entry["evidence"]
        if (
            isinstance(source, list)
            or isinstance(page, list)
            or isinstance(evidence, list)
        ):
            if not (
                isinstance(source, list)
                and isinstance(page, list)
                and isinstance(evidence, list)
            ):
                problems.append(
                    "multi-document source, page and evidence must all be lists"
                )
            elif not (len(source) == len(page) == len(evidence) >= 1):
                problems.append(
                    "source, page and evidence lists must have the same non-zero length"
                )
        for s in as_list(source):
            if not isinstance(s, str) or not s.endswith(".pdf"):
                problems.append(f"source {s!r} must be a PDF file name")
        for p in as_list(page):
            if not isinstance(p, int) or isinstance(p, bool) or p < 1:
                problems.append(f"page {p!r} must be a 1-based integer")
        for e in as_list(evidence):
            if not isinstance(e, str) or not e.strip():
                problems.append("evidence must be a non-empty string (or list of them)")
    elif entry["answerable"] is False:
        if entry["type"] != "unanswerable":
            problems.append("unanswerable question must have type 'unanswerable'")
        if answers != []:
            problems.append("unanswerable question must have answers: []")
        for key in ("source", "page", "evidence"):
            if entry[key] is not None:
                problems.append(f"unanswerable question must have {key}: null")
    return problems


@pytest.mark.parametrize("entry", ENTRIES, ids=entry_id)
def test_fields(entry):
    problems = check_fields(entry)
    assert not problems, "; ".join(problems)


@pytest.mark.parametrize(
    "entry",
    [e for e in ENTRIES if e.get("answerable") is True and not check_fields(e)],
    ids=entry_id,
)
def test_evidence_on_page(entry):
    triples = list(
        zip(
            as_list(entry["source"]), as_list(entry["page"]), as_list(entry["evidence"])
        )
    )
    dirs = entry["_dirs"]
    if not any(d.is_dir() for d in dirs):
        pytest.skip(f"papers folders not present: {', '.join(map(str, dirs))}")
    for source, page, evidence in triples:
        path = next((d / source for d in dirs if (d / source).is_file()), dirs[0] / source)
        assert path.is_file(), f"source PDF not found: {path}"
        texts = page_texts(path)
        assert page <= len(texts), f"{source} has {len(texts)} pages, not {page}"
        if norm(evidence) not in texts[page - 1]:
            where = [i + 1 for i, t in enumerate(texts) if norm(evidence) in t]
            hint = f" (found on page(s) {where})" if where else ""
            pytest.fail(f"evidence not on page {page} of {source}{hint}: {evidence!r}")


@pytest.mark.parametrize(
    "entry",
    [e for e in ENTRIES if e.get("answerable") is True and not check_fields(e)],
    ids=entry_id,
)
def test_answer_in_evidence(entry):
    evidence = " ".join(norm(e) for e in as_list(entry["evidence"]))
    assert any(norm(a) in evidence for a in entry["answers"]), (
        f"none of {entry['answers']!r} occurs in the evidence"
    )


# --------------------------------------------------------------------------- per set


@pytest.mark.parametrize("path", set_files(), ids=lambda p: p.name)
def test_ids_unique(path):
    ids = [e.get("id") for e in load_set(path)]
    dupes = sorted(i for i, n in Counter(ids).items() if n > 1)
    assert not dupes, f"duplicate ids in {path.name}: {dupes}"


def main_set() -> list[dict]:
    path = EVALS / MAIN_SET
    assert path.is_file(), f"{path} is missing"
    return load_set(path)


def test_main_set_ids_sequential():
    ids = [e.get("id") for e in main_set()]
    assert ids == [f"q{i:03d}" for i in range(1, len(ids) + 1)], (
        "ids must run q001, q002, ... in order"
    )


def test_main_set_size():
    entries = main_set()
    unanswerable = [e for e in entries if e.get("answerable") is False]
    assert len(entries) >= MIN_QUESTIONS, (
        f"{len(entries)} questions, need at least {MIN_QUESTIONS}"
    )
    assert len(unanswerable) >= MIN_UNANSWERABLE, (
        f"{len(unanswerable)} unanswerable questions, need at least {MIN_UNANSWERABLE}"
    )


def sample_papers() -> list[str]:
    manifest = PAPERS / "manifest.json"
    if manifest.is_file():
        return [
            item["file"] for item in json.loads(manifest.read_text(encoding="utf-8"))
        ]
    return sorted(p.name for p in PAPERS.glob("*.pdf"))


def test_main_set_covers_every_paper():
    counts: Counter[str] = Counter()
    for entry in main_set():
        if entry.get("answerable") is True:
            for source in set(as_list(entry.get("source"))):
                counts[source] += 1
    papers = sample_papers()
    assert papers, "no sample papers found"
    thin = {p: counts[p] for p in papers if counts[p] < MIN_PER_PAPER}
    assert not thin, f"papers with fewer than {MIN_PER_PAPER} questions: {thin}"
    unknown = sorted(set(counts) - set(papers))
    assert not unknown, f"questions cite papers not in papers/: {unknown}"


def test_norm_collapses_whitespace_and_case():
    assert norm("  Red\nKite\t\tROOM ") == "red kite room"
    assert norm("a \n b\u00a0c") == "a b c"
