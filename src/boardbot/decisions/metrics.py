"""How well the register matches hand-labelled decisions (``evals/decisions.jsonl``).

A record matches a label when it has the same file and page and its text covers at
least 80% of the label's words (so a record may quote a little more than the label,
but not less); a record of the label's kind is matched before one of another. Each
label and each record match at most once. Precision counts every record from a
labelled paper - the sample papers are labelled exhaustively, so a record with no
label is a false positive. Whether a decision was taken is one question, what kind
of decision it is (an approval, an agreement, a resolution) another, on which
labellers differ: ``kind_accuracy`` reports it over matched pairs, as
meeting-date and outcome accuracy are. ``precision_same_kind`` is precision as
first measured, a record of another kind than its label's counting as wrong.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..parsing.cleaning import mend_words
from ..text import terms
from .extract import Decision

OVERLAP = 0.8


def words(text: str) -> Counter[str]:
    return Counter(terms.words(text))


def overlap(label_text: str, record_text: str) -> float:
    """Share of the label's words (with multiplicity) found in the record. A label quotes the PDF's
    text layer as printed ("R E S O L V E D : That theBoard ..."), a record the text as ingest mends
    it; both are read mended."""
    lw = words(mend_words(label_text))
    total = sum(lw.values())
    if not total:
        return 0.0
    rw = words(mend_words(record_text))
    return sum(min(n, rw[w]) for w, n in lw.items()) / total


V1 = {"noted": "noting", "noting": "noting", "approval": "approval", "recommendation": "recommendation",
      "action": "action"}


def kind_v1(kind: str) -> str:
    """The first register's five kinds: the labels of ``evals/decisions.jsonl`` use them."""
    return V1.get(kind, "decision")


def label_kind_v1(lab: dict[str, Any]) -> str:
    return lab.get("kind_v1") or kind_v1(lab["kind"])


_OUTCOME_SAME = {"adopted": "approved", "accepted": "agreed", "resolved": "agreed"}


def same_outcome(label: str, record: str) -> bool:
    """Outcomes agree, reading "adopted" as "approved" and "accepted" as "agreed"."""
    a, b = (label or "").lower().strip(), (record or "").lower().strip()
    return a == b or _OUTCOME_SAME.get(a, a) == _OUTCOME_SAME.get(b, b) or (a.startswith("comments") and b == "agreed")


def load_labels(path: str | Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            row.setdefault("id", f"line{n}")
            out.append(row)
    return out


def _match(labels: list[dict[str, Any]], recs: list[Decision],
           same_kind: bool) -> tuple[set[str], set[str], list[tuple[dict[str, Any], Decision]]]:
    """(labels found, records right, matched pairs). A record on a label's page covering 80% of its
    words matches it, one to one, best overlap first (and, unless ``same_kind`` demands it, a record of
    the label's kind before one of another)."""
    pairs: list[tuple[dict[str, Any], Decision, float, bool]] = []
    for lab in labels:
        for r in recs:
            if r.file == lab["file"] and r.page == lab["page"]:
                kind = kind_v1(r.kind) == label_kind_v1(lab)
                ov = overlap(lab["text"], r.text)
                if ov >= OVERLAP and (kind or not same_kind):
                    pairs.append((lab, r, ov, kind))
    pairs.sort(key=lambda p: (not p[3], -p[2]))
    used_labels: set[str] = set()
    used_recs: set[str] = set()
    matched: list[tuple[dict[str, Any], Decision]] = []
    for lab, r, _, _ in pairs:
        if lab["id"] in used_labels or r.id in used_recs:
            continue
        used_labels.add(lab["id"])
        used_recs.add(r.id)
        matched.append((lab, r))
    # A record quoting a whole resolution whose parts are labelled one by one (or a label
    # that joins what the extractor split) is not penalised: a label covered by a record
    # on its page or the page before counts as found, and a record covering two or more
    # labels counts as right. Duplicates (two records of one label) still count against.
    covers: dict[str, list[str]] = {}
    for lab in labels:
        if lab["id"] in used_labels:
            continue
        for r in recs:
            if r.file == lab["file"] and lab["page"] - 1 <= r.page <= lab["page"] and \
                    overlap(lab["text"], r.text) >= OVERLAP:
                used_labels.add(lab["id"])
                matched.append((lab, r))
                covers.setdefault(r.id, []).append(lab["id"])
                break
    for r in recs:
        if r.id not in used_recs and len(covers.get(r.id, ())) + 1 >= 2 and \
                sum(1 for lab in labels if lab["file"] == r.file and overlap(lab["text"], r.text) >= OVERLAP) >= 2:
            used_recs.add(r.id)
    return used_labels, used_recs, matched


def evaluate_decisions(records: list[Decision], labels_path: str | Path,
                       files: Iterable[str] | None = None) -> dict[str, Any]:
    """Precision, recall and meeting-date accuracy of ``records`` against the labels.

    ``files`` lists papers labelled exhaustively even if they have no labels (a record from
    one of them is a false positive); records from any other paper are left out.
    """
    labels = load_labels(labels_path)
    scope = {lab["file"] for lab in labels} | set(files or ())
    recs = [r for r in records if r.file in scope]
    used_labels, used_recs, matched = _match(labels, recs, same_kind=False)
    strict = _match(labels, recs, same_kind=True)[1]
    kinds_right = sum(1 for lab, r in matched if kind_v1(r.kind) == label_kind_v1(lab))
    dates_right = sum(1 for lab, r in matched if r.meeting_date == lab.get("meeting_date"))
    with_outcome = [(lab, r) for lab, r in matched if lab.get("outcome")]
    outcomes_right = [(lab, r) for lab, r in with_outcome if same_outcome(lab["outcome"], r.outcome)]
    n_match = len(used_labels)
    n_right = len(used_recs)
    result: dict[str, Any] = {
        "labels": len(labels),
        "records": len(recs),
        "matched": n_match,
        "precision": round(n_right / len(recs), 4) if recs else 0.0,
        "recall": round(n_match / len(labels), 4) if labels else 0.0,
        "date_accuracy": round(dates_right / len(matched), 4) if matched else 0.0,
        "outcome_accuracy": round(len(outcomes_right) / len(with_outcome), 4) if with_outcome else None,
        "kind_accuracy": round(kinds_right / len(matched), 4) if matched else None,
        # as measured before 2026-12-07: a record of another kind than its label's was a false positive
        "precision_same_kind": round(len(strict) / len(recs), 4) if recs else 0.0,
        "missed": [_label_brief(lab) for lab in labels if lab["id"] not in used_labels],
        "unmatched_records": [_record_brief(r) for r in recs if r.id not in used_recs],
        "wrong_dates": [
            {**_label_brief(lab), "record_date": r.meeting_date} for lab, r in matched
            if r.meeting_date != lab.get("meeting_date")
        ],
        "wrong_outcomes": [
            {**_label_brief(lab), "outcome": lab["outcome"], "record_outcome": r.outcome}
            for lab, r in with_outcome if (lab, r) not in outcomes_right
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


def label_sets(labels_path: str | Path) -> dict[str, Path]:
    """Name -> labels file: one file, a comma-separated list, or a folder's ``decisions*.jsonl``.

    A set is named by its file ("decisions-dev.jsonl" -> "dev", "decisions.jsonl" -> "decisions").
    """
    paths: list[Path] = []
    for part in str(labels_path).split(","):
        p = Path(part.strip())
        paths += sorted(p.glob("decisions*.jsonl")) if p.is_dir() else [p]
    return {(p.stem.split("-", 1)[1] if "-" in p.stem else p.stem): p for p in paths}


def run_decisions_eval(settings: Any, labels_path: str | Path) -> dict[str, Any]:
    """Score the register stored in the index at ``settings.index_dir`` (for ``boardbot eval``).

    Every indexed paper listed in the labels or in the papers folder's manifest counts as
    exhaustively labelled, and so does every re-issued copy a label lists in ``also_in``
    (its decisions belong to the original: a record from a copy is a false positive).
    Several sets (a folder, or files separated by commas) are scored each on its own, under
    ``sets``; the top-level figures are those of the first set.
    """
    from ..parsing.metadata import load_manifest
    from .store import DecisionStore

    store = DecisionStore(settings)
    try:
        records = store.all_records()
    finally:
        store.close()
    manifest = set(load_manifest(Path(settings.papers_dir)))
    sets: dict[str, dict[str, Any]] = {}
    for name, path in label_sets(labels_path).items():
        labels = load_labels(path)
        copies = {a["file"] for lab in labels for a in lab.get("also_in") or [] if isinstance(a, dict)}
        sets[name] = evaluate_decisions(records, path, files=manifest | copies)
        sets[name]["labels_file"] = str(path)
    if not sets:
        raise FileNotFoundError(f"{labels_path}: no decision labels (decisions*.jsonl) found")
    result = dict(next(iter(sets.values())))
    if len(sets) > 1:
        result["sets"] = sets
    result["index"] = str(settings.index_dir)
    return result
