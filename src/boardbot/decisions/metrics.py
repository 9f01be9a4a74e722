"""How well the register matches hand-labelled decisions (``evals/decisions.jsonl``).

A record matches a label when it has the same file, page and kind and its text
covers at least 80% of the label's words (so a record may quote a little more
than the label, but not less). Each label and each record match at most once.
Precision counts every record from a labelled paper - the sample papers are
labelled exhaustively, so a record with no label is a false positive - and
meeting-date accuracy is measured over matched pairs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..text import terms
from .extract import Decision

OVERLAP = 0.8


def words(text: str) -> Counter[str]:
    return Counter(terms.words(text))


def overlap(label_text: str, record_text: str) -> float:
    """Share of the label's words (with multiplicity) found in the record."""
    lw = words(label_text)
    total = sum(lw.values())
    if not total:
        return 0.0
    rw = words(record_text)
    return sum(min(n, rw[w]) for w, n in lw.items()) / total


def load_labels(path: str | Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            row.setdefault("id", f"line{n}")
            out.append(row)
    return out


def evaluate_decisions(records: list[Decision], labels_path: str | Path,
                       files: Iterable[str] | None = None) -> dict[str, Any]:
    """Precision, recall and meeting-date accuracy of ``records`` against the labels.

    ``files`` lists papers labelled exhaustively even if they have no labels (a record from
    one of them is a false positive); records from any other paper are left out.
    """
    labels = load_labels(labels_path)
    scope = {lab["file"] for lab in labels} | set(files or ())
    recs = [r for r in records if r.file in scope]
    pairs: list[tuple[dict[str, Any], Decision, float]] = []
    for lab in labels:
        for r in recs:
            if r.file == lab["file"] and r.page == lab["page"] and r.kind == lab["kind"]:
                ov = overlap(lab["text"], r.text)
                if ov >= OVERLAP:
                    pairs.append((lab, r, ov))
    pairs.sort(key=lambda p: -p[2])
    used_labels: set[str] = set()
    used_recs: set[str] = set()
    matched: list[tuple[dict[str, Any], Decision]] = []
    for lab, r, _ in pairs:
        if lab["id"] in used_labels or r.id in used_recs:
            continue
        used_labels.add(lab["id"])
        used_recs.add(r.id)
        matched.append((lab, r))
    dates_right = sum(1 for lab, r in matched if r.meeting_date == lab.get("meeting_date"))
    n_match = len(matched)
    result: dict[str, Any] = {
        "labels": len(labels),
        "records": len(recs),
        "matched": n_match,
        "precision": round(n_match / len(recs), 4) if recs else 0.0,
        "recall": round(n_match / len(labels), 4) if labels else 0.0,
        "date_accuracy": round(dates_right / n_match, 4) if n_match else 0.0,
        "missed": [_label_brief(lab) for lab in labels if lab["id"] not in used_labels],
        "unmatched_records": [_record_brief(r) for r in recs if r.id not in used_recs],
        "wrong_dates": [
            {**_label_brief(lab), "record_date": r.meeting_date} for lab, r in matched
            if r.meeting_date != lab.get("meeting_date")
        ],
    }
    by_kind: dict[str, dict[str, int]] = {}
    for lab in labels:
        k = by_kind.setdefault(lab["kind"], {"labels": 0, "matched": 0, "records": 0})
        k["labels"] += 1
        k["matched"] += lab["id"] in used_labels
    for r in recs:
        by_kind.setdefault(r.kind, {"labels": 0, "matched": 0, "records": 0})["records"] += 1
    result["by_kind"] = by_kind
    return result


def _label_brief(lab: dict[str, Any]) -> dict[str, Any]:
    return {k: lab.get(k) for k in ("id", "file", "page", "kind", "meeting_date", "text")}


def _record_brief(r: Decision) -> dict[str, Any]:
    return {"id": r.id, "file": r.file, "page": r.page, "kind": r.kind, "meeting_date": r.meeting_date,
            "text": r.text}


def run_decisions_eval(settings: Any, labels_path: str | Path) -> dict[str, Any]:
    """Score the register stored in the index at ``settings.index_dir`` (for ``boardbot eval``).

    Every indexed paper listed in the labels or in the papers folder's manifest counts as
    exhaustively labelled.
    """
    from ..parsing.metadata import load_manifest
    from .store import DecisionStore

    store = DecisionStore(settings)
    try:
        records = store.all_records()
    finally:
        store.close()
    files = set(load_manifest(Path(settings.papers_dir)))
    result = evaluate_decisions(records, labels_path, files=files)
    result["index"] = str(settings.index_dir)
    return result
