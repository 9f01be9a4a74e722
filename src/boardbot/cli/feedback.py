"""``boardbot feedback`` and ``boardbot history``: what users said about answers, and their conversations.

``feedback export --eval OUT.jsonl`` is for the operator: it reads every user's
corrections and writes the confirmed ones as known-answer questions (see
``boardbot.feedback``). ``history`` acts for one user (``--user``, default the
local account as the audit log names it): it lists only that user's
conversations and exports one of them as Markdown with its citations.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..terminal import safe


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None],
             filters_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("feedback", help="list feedback on answers; export confirmed corrections as eval questions")
    common(p)
    p.add_argument("action", choices=("list", "export"))
    p.add_argument("--eval", metavar="OUT.jsonl", dest="eval_out", help="export: write the eval-format questions here")
    p.add_argument("--json", action="store_true", help="list: JSON lines")
    p.set_defaults(func=cmd_feedback)

    p = sub.add_parser("history", help="a user's past conversations: list them, or export one as Markdown")
    common(p)
    p.add_argument("action", choices=("list", "export"))
    p.add_argument("conversation", nargs="?", help="export: the conversation's id (from 'history list')")
    p.add_argument("--user", help="whose conversations (default: the local account, as in the audit log)")
    p.add_argument("--out", metavar="FILE.md", help="export: write here instead of standard output")
    p.set_defaults(func=cmd_history)


def cmd_feedback(args: argparse.Namespace) -> int:
    from ..errors import BoardbotError
    from ..feedback import FeedbackStore, export_eval
    from ..store.catalog import Catalog
    from .main import settings_from

    settings = settings_from(args)
    store = FeedbackStore(settings.db_path)
    if args.action == "list":
        for r in store.rows():
            if args.json:
                print(json.dumps(r.__dict__, ensure_ascii=False))
                continue
            mark = {True: "helpful", False: "not helpful", None: "-"}[r.helpful]
            fix = f"  correction: {r.correction}" + (f" (page {r.correction_page})" if r.correction_page else "")
            print(safe(f"{r.id:5d}  {r.user or '-':12}  {mark:11}  {r.question[:70]}{fix if r.correction else ''}"))
        return 0
    if not args.eval_out:
        raise BoardbotError("feedback export: name the output file with --eval OUT.jsonl")
    catalog = Catalog(settings.db_path)
    try:
        rows, warnings = export_eval(store, catalog)
    finally:
        catalog.close()
    for w in warnings:
        print(safe(f"warning: {w}"), file=sys.stderr)
    out = Path(args.eval_out)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(safe(f"{out}: {len(rows)} question(s) from confirmed corrections, {len(warnings)} skipped"))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from .. import audit
    from ..errors import BoardbotError
    from ..history import HistoryStore
    from .main import settings_from

    settings = settings_from(args)
    user = args.user or audit.operator()
    store = HistoryStore(settings.db_path)
    if args.action == "list":
        convs = store.conversations(user, limit=1000)
        if not convs:
            print(safe(f"(no conversations for {user})"))
        for c in convs:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(c.updated))
            print(safe(f"{c.id}  {when}  {c.title}"))
        return 0
    if not args.conversation:
        raise BoardbotError("history export: name the conversation's id (see 'boardbot history list')")
    text = store.export_markdown(user, args.conversation)
    if text is None:
        # the same words whether it does not exist or is someone else's: ids are not probed
        print(safe(f"error: conversation {args.conversation}: not found for {user}"), file=sys.stderr)
        return 1
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(safe(f"{args.out}: conversation exported"))
    else:
        print(safe(text), end="")
    return 0
