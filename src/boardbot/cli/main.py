"""The ``boardbot`` command line: ingest, ask, search, list, remove, set-visibility, ...

Subcommands owned by other modules (eval, decisions, app) register through
``PLUGINS``: each names a module with ``register(subparsers)`` that adds its
parser and sets ``func``. Exit codes: 0 ok, 1 some input failed, 2 usage or
configuration error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from .. import audit
from ..errors import BoardbotError
from ..terminal import safe

log = logging.getLogger("boardbot")

PLUGINS = ["boardbot.cli.eval", "boardbot.cli.decisions", "boardbot.cli.access", "boardbot.cli.feedback"]


def common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", metavar="DIR", help="index folder (default: BOARDBOT_INDEX or index/)")
    p.add_argument("--config", metavar="TOML", help="config file (default: boardbot.toml)")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    p.add_argument("--as-user", metavar="USER", help="read as this user (their groups' papers only)")


def filters_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--board", help="only papers whose board/organisation contains this")
    p.add_argument("--since", help="only papers dated on/after this date")
    p.add_argument("--until", help="only papers dated on/before this date")
    p.add_argument("--file", action="append", dest="files", help="only this paper (repeatable)")


def settings_from(args: argparse.Namespace):
    from ..config import load_settings

    return load_settings(args.config, index_dir=args.index)


def assistant_from(args: argparse.Namespace):
    from ..assistant import Assistant

    return Assistant(settings=settings_from(args))


def filters_from(args: argparse.Namespace, settings: Any = None) -> dict[str, Any]:
    from ..text.dates import parse_date

    f: dict[str, Any] = {}
    if getattr(args, "board", None):
        f["board"] = args.board
    for key in ("since", "until"):
        raw = getattr(args, key, None)
        if raw:
            iso = parse_date(raw)
            if not iso:
                raise BoardbotError(f"--{key} {raw!r}: not a date (use YYYY-MM-DD)")
            f[key] = iso
    if getattr(args, "files", None):
        f["files"] = [Path(x).name for x in args.files]
    user = getattr(args, "as_user", None)
    if user is not None:  # without --as-user the CLI is the local operator and reads everything
        from ..access import groups_for

        f["groups"] = list(groups_for(settings or settings_from(args), user))
    return f


# --- commands ----------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from ..assistant import Assistant, wipe_index

    settings = settings_from(args)
    if args.rebuild:
        for gone in wipe_index(settings):
            log.info("rebuild: deleted %s", gone)
    a = Assistant(settings=settings)
    report = a.ingest(args.paths, password=args.password, visibility=args.visibility, added_by=audit.operator(),
                      progress=not args.quiet and sys.stderr.isatty() or args.progress)
    for r in report.results:
        if r.status == "failed":
            print(safe(f"error: {r.file}: {r.reason}"), file=sys.stderr)
        elif r.status in ("added", "updated"):
            audit.record(settings.index_dir, audit.operator(), "ingest" if r.status == "added" else "replace",
                         r.file, f"visibility {args.visibility or 'manifest/kept'}")
    print(report.summary())
    return 1 if report.failed else 0


# The answer's state, printed above it so a partial answer is never read as the answer.
STATE_LINES = {
    "answered": "Answered:",
    "partial": "Partly answered - the papers give something close, not what was asked:",
    "not_found": "Not found in the papers.",
}


def cmd_ask(args: argparse.Namespace) -> int:
    a = assistant_from(args)
    ans = a.ask(args.question, filters=filters_from(args, a.settings), llm=args.llm)
    if args.json:
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(STATE_LINES.get(ans.status, ans.status))
    print(safe(ans.text))
    if ans.citations:
        print()
        for c in ans.citations:
            also = f" (also in {', '.join(c.also_in)})" if c.also_in else ""
            print(safe(f"[{c.n}] {c.file}, page {c.page}{also}{' (text from OCR)' if c.ocr else ''}: \"{c.quote}\""))
    elif ans.passages:
        print("\nClosest passages:")
        for h in ans.passages:
            print(safe(f"- {h.file}, {page_range(h.page_start, h.page_end)}: {shorten(h.text, 200)}"))
    for note in ans.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    a = assistant_from(args)
    hits = a.search(args.query, k=args.k, filters=filters_from(args, a.settings))
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return 0
    for i, h in enumerate(hits, 1):
        pages = f"p{h.page_start}" if h.page_start == h.page_end else f"pp{h.page_start}-{h.page_end}"
        print(safe(f"{i:2d}. {h.score:.4f} {h.file} {pages} [{h.metadata.get('section', '')[:50]}]"))
        print(safe(f"    {' '.join(h.text.split())[:240]}"))
    return 0


def shorten(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    # back to the last whole word, unless the cut already falls on a space, or only
    # one very long word would be left (it is cut inside rather than dropped)
    if text[width - 1] != " " and space > width // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "\u2026"


def page_range(start: int, end: int) -> str:
    return f"page {start}" if start == end else f"pages {start}-{end}"


def cmd_list(args: argparse.Namespace) -> int:
    from ..assistant import list_papers

    settings = settings_from(args)
    groups = filters_from(args, settings).get("groups")
    files = list_papers(settings, tuple(groups) if groups is not None else None)
    if args.json:
        print(json.dumps([f.to_dict() for f in files], ensure_ascii=False, indent=2))
        return 0
    if not files:
        print("(index is empty)")
    for f in files:
        vis = "" if f.visibility == "public" else f" [{f.visibility}]"
        print(safe(f"{f.date or '----------':10}  {f.pages:4d}p {f.chunks:5d}c  {f.file}{vis}"))
        if f.title:
            print(safe(f"{'':24}{shorten(f.title, 90)}"))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    a = assistant_from(args)
    rc = 0
    for f in args.files:
        if a.remove(f):
            audit.record(a.settings.index_dir, audit.operator(), "remove", Path(f).name)
            print(safe(f"removed {Path(f).name}"))
        else:
            print(safe(f"error: {Path(f).name}: not in the index"), file=sys.stderr)
            rc = 1
    return rc


def cmd_set_visibility(args: argparse.Namespace) -> int:
    a = assistant_from(args)
    if not a.set_visibility(args.file, args.group):
        print(safe(f"error: {Path(args.file).name}: not in the index"), file=sys.stderr)
        return 1
    audit.record(a.settings.index_dir, audit.operator(), "set-visibility", Path(args.file).name, args.group)
    print(safe(f"{Path(args.file).name}: visibility {args.group}"))
    return 0


# Commands defined here; for these the plugin modules (and the libraries they import) are not loaded.
CORE = ("ingest", "ask", "search", "list", "remove", "set-visibility")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; ``command`` (the first argument) skips the plugins when it is a core command."""
    parser = argparse.ArgumentParser(prog="boardbot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index PDFs (files or folders)")
    common(p)
    p.add_argument("paths", nargs="+")
    p.add_argument("--password", help="password for encrypted PDFs")
    p.add_argument("--visibility", help="visibility group for these papers (default: manifest or public)")
    p.add_argument("--rebuild", action="store_true", help="delete the index first (e.g. after a model change); in server mode also its collections on the server")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--progress", action="store_true", help="progress bar even when not a terminal")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help="answer a question with citations")
    common(p)
    filters_args(p)
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.add_argument("--llm", help="answerer for this call: extractive|llamacpp|ollama|openai-like")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("search", help="hybrid search over chunks")
    common(p)
    filters_args(p)
    p.add_argument("query")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("list", help="papers in the index")
    common(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("remove", help="delete papers and every trace of them")
    common(p)
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("set-visibility", help="change who may read a paper (no re-embedding)")
    common(p)
    p.add_argument("file")
    p.add_argument("group")
    p.set_defaults(func=cmd_set_visibility)

    for mod in PLUGINS if command not in CORE else ():
        try:
            importlib.import_module(mod).register(sub, common, filters_args)
        except ModuleNotFoundError as exc:
            if exc.name and not mod.startswith(exc.name):
                raise
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    # the index holds papers that may be private: everything it creates is owner-only
    old_umask = os.umask(0o077)
    try:
        return int(args.func(args) or 0)
    except BoardbotError as exc:
        print(safe(f"error: {exc}"), file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # a corrupt or foreign boardbot.sqlite: one line, not a traceback
        index = getattr(args, "index", None) or "the index"
        print(safe(f"error: {index}: the index database is unreadable ({exc}); "
                   "restore it from a backup or rebuild it with 'boardbot ingest --rebuild'"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        os.umask(old_umask)


if __name__ == "__main__":
    sys.exit(main())
