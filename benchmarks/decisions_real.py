"""Score the decisions extractor straight from real minutes PDFs (no index needed).

    python benchmarks/decisions_real.py evals/real/decisions-dev.jsonl [--cache DIR] [--show]

Each labelled file is parsed with pypdf (cached as pickles in ``--cache`` when given, so a
tuning loop costs seconds), its decisions extracted, and the records scored with
``boardbot.decisions.metrics`` against the labels. ``--show`` prints the missed labels and
unmatched records: use it on dev labels only.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

from boardbot.decisions.extract import extract_decisions
from boardbot.decisions.metrics import evaluate_decisions, load_labels
from boardbot.parsing.document import Document, load
from boardbot.parsing.pdf_reader import PypdfReader

ROOT = Path(__file__).resolve().parent.parent


def folders() -> list[Path]:
    cfg = json.loads((ROOT / "evals/real/papers.json").read_text())
    return [(ROOT / f).resolve() for f in cfg["folders"]]


def find(name: str) -> Path:
    for f in [*folders(), ROOT / "papers"]:
        if (f / name).exists():
            return f / name
    raise FileNotFoundError(name)


def parse(path: Path, cache: Path | None) -> Document:
    if cache:
        cached = cache / (path.name + ".pkl")
        if cached.exists():
            return pickle.loads(cached.read_bytes())
    doc = load(path, PypdfReader())
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(doc))
    return doc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--copies", action="store_true", help="also extract the re-issued copies (also_in)")
    ap.add_argument("--store", type=Path, help="put the records through a DecisionStore in this (new) index folder, "
                    "copies first, so re-issued minutes are merged as at ingest; scores what the store keeps")
    args = ap.parse_args()
    labels = load_labels(args.labels)
    names = sorted({lab["file"] for lab in labels})
    if args.copies:
        names += sorted({a["file"] for lab in labels for a in lab.get("also_in") or []} - set(names))
    per_file = {}
    for name in names:
        try:
            doc = parse(find(name), args.cache)
        except FileNotFoundError:
            print(f"missing: {name}", file=sys.stderr)
            continue
        per_file[name] = (extract_decisions(doc), doc.meta.date)
    records = [r for recs, _ in per_file.values() for r in recs]
    if args.store:
        from boardbot.config import Settings
        from boardbot.decisions.store import DecisionStore

        store = DecisionStore(Settings(index_dir=args.store))
        try:
            for name in sorted(per_file, key=lambda n: n in {lab["file"] for lab in labels}):  # copies first
                store.replace_file(name, *per_file[name])
            records = store.all_records()
        finally:
            store.close()
        print(json.dumps({"stored": len(records), "with_also_in": sum(1 for r in records if r.also_in)}))
    copies = {a["file"] for lab in labels for a in lab.get("also_in") or [] if isinstance(a, dict)}
    res = evaluate_decisions(records, args.labels, files=copies)
    keys = ("labels", "records", "matched", "precision", "recall", "date_accuracy", "outcome_accuracy",
            "kind_accuracy", "precision_same_kind")
    print(json.dumps({k: res.get(k) for k in keys}))
    if args.show:
        for m in res["missed"]:
            print("MISS", m["page"], m["kind"], m["file"][:30], m["text"][:110])
        for r in res["unmatched_records"]:
            print("XTRA", r["page"], r["kind"], r["file"][:30], r["text"][:110])
        for w in res["wrong_dates"]:
            print("DATE", w["record_date"], w["meeting_date"], w["text"][:60])
        for w in res.get("wrong_outcomes", []):
            print("OUTC", w.get("record_outcome"), w.get("outcome"), w["text"][:80])
    return 0


if __name__ == "__main__":
    sys.exit(main())
