"""``boardbot decisions [QUERY]``: the register from the command line, newest first.

Rows show date, board, item, kind, the decision text and file:page; ``--json``
and ``--csv`` give every field for spreadsheets and scripts. ``--as-user``
limits the rows to papers that user's groups may read, inside the query.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from ..decisions.export import write
from ..decisions.extract import KINDS


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
    from ..decisions.store import DecisionStore
    from .main import filters_from, settings_from

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
