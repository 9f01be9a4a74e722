"""``boardbot decisions [QUERY]``: the register from the command line, newest first.

Rows show date, board, item, kind, the decision text and file:page; ``--json``
and ``--csv`` give every field for spreadsheets and scripts. ``--as-user``
limits the rows to papers that user's groups may read, inside the query.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from .extract import KINDS, Decision

CSV_FIELDS = ("meeting_date", "board", "item", "kind", "text", "owner", "deadline", "file", "page", "lead_in", "id")


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None],
             filters_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("decisions", help="search the register of decisions, recommendations and actions")
    common(p)
    filters_args(p)
    p.add_argument("query", nargs="?", help="words or a phrase to search for (default: everything)")
    p.add_argument("--kind", choices=KINDS, help="only this kind of record")
    p.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="JSON list of records")
    out.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.set_defaults(func=cmd_decisions)


def cmd_decisions(args: argparse.Namespace) -> int:
    from ..cli import filters_from, settings_from
    from .store import DecisionStore

    settings = settings_from(args)
    f = filters_from(args, settings)
    store = DecisionStore(settings)
    try:
        groups = f.get("groups")
        rows = store.search(
            args.query, board=f.get("board"), since=f.get("since"), until=f.get("until"), kind=args.kind,
            groups=tuple(groups) if groups is not None else None, files=tuple(f.get("files") or ()) or None,
            limit=args.limit, order="date",
        )
        if not rows and not store.count() and store.indexed_files():
            print("note: this index holds papers but no decisions register (it was built before the "
                  "register existed); rebuild it with `boardbot ingest --rebuild PATH...`", file=sys.stderr)
    finally:
        store.close()
    try:
        write(rows, sys.stdout, "json" if args.json else "csv" if args.csv else "text")
    except BrokenPipeError:  # `boardbot decisions | head`
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  keeps interpreter shutdown quiet
    return 0


def write(rows: list[Decision], out: Any, fmt: str = "text") -> None:
    if fmt == "json":
        out.write(json.dumps([_public(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        w = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r.to_dict())
        return
    if not rows:
        out.write("(no decisions found)\n")
        return
    for r in rows:
        item = f" | {r.item}" if r.item else ""
        out.write(f"{r.meeting_date or '----------':10}  {r.board}{item}\n")
        extra = "".join(f"; {k}: {v}" for k, v in (("owner", r.owner), ("by", r.deadline)) if v)
        out.write(f"  [{r.kind}] {r.text}{extra}\n")
        out.write(f"  {r.file}:{r.page}\n\n")


def _public(r: Decision) -> dict[str, Any]:
    d = r.to_dict()
    if not d.get("scores"):
        d.pop("scores", None)
        d.pop("score", None)
    return d
