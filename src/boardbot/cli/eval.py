"""``boardbot eval``: score boardbot (and optionally the baselines) on known-answer sets.

Prints a markdown table; ``--json`` keeps every per-question result and
``--report`` writes a self-contained HTML page. Exit status: 0 when every line
of every set was usable, 1 when some line or requested id was not (the rest
still ran), 2 when nothing could run at all.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import BoardbotError

log = logging.getLogger(__name__)

# The repository's evals/ folder ships inside the package (pyproject.toml), so an installed
# boardbot finds its default sets wherever it runs.
EVALS_PACKAGE = "boardbot.evals"
DEFAULT_SET = "questions.jsonl"
DEFAULT_DECISIONS = "decisions.jsonl"


def packaged_set(name: str, stack: ExitStack) -> Path:
    """A set shipped with boardbot, as a file on disk for as long as ``stack`` is open."""
    return stack.enter_context(resources.as_file(resources.files(EVALS_PACKAGE) / name))


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None], filters_args: Callable[..., None]) -> None:
    # filters_args is not used: a comparison is only fair when every system sees the whole corpus.
    p = sub.add_parser(
        "eval",
        help="score answers and retrieval on known-answer question sets",
        description=__doc__.splitlines()[0],
    )
    common(p)
    p.add_argument("--set", action="append", dest="sets", metavar="FILE",
                   help=f"question set (JSONL, see evals/README.md); repeatable (default: the packaged evals/{DEFAULT_SET})")
    p.add_argument("--k", type=int, default=5, help="cut-off for hit@k (default 5); retrieval is scored to depth max(10, k)")
    p.add_argument("--json", metavar="OUT", help="write every per-question result and the totals as JSON")
    p.add_argument("--report", metavar="OUT.html", help="write a self-contained HTML report")
    p.add_argument("--baselines", action="store_true", help="also run BM25-over-pages and the LlamaIndex starter pipeline")
    sel = p.add_mutually_exclusive_group()
    sel.add_argument("--subset", metavar="FILE", help="only the question ids listed in FILE (one a line, # comments)")
    sel.add_argument("--ids", nargs="+", metavar="ID", help="only these question ids")
    p.add_argument("--llm", help="answerer for boardbot: extractive|llamacpp|ollama|openai-like (default: configured)")
    p.add_argument("--decisions", nargs="?", const=True, metavar="LABELS",
                   help=f"also score decision extraction against LABELS: a file, files separated by commas, or a folder "
                        f"of decisions*.jsonl, each scored as its own set (default: the packaged evals/{DEFAULT_DECISIONS})")
    p.add_argument("--papers", metavar="DIR", help="where the indexed PDFs are, for the baselines (default: papers/)")
    p.add_argument("--cache-dir", metavar="DIR", help="baseline cache (default: BOARDBOT_EVAL_CACHE or <tmp>/boardbot-eval-cache)")
    p.add_argument("--baseline-chars", type=int, default=None, metavar="N",
                   help="answer length budget for baselines, in characters (default 650)")
    p.add_argument("--failures", metavar="OUT.txt", help="write boardbot's failed questions as plain text")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--compare", nargs="+", metavar="OLD.json",
                   help="compare with an earlier --json run: each metric's change with a bootstrap 95%% interval and "
                        "the questions that flipped; give OLD.json NEW.json to compare two files without running")
    p.set_defaults(func=cmd_eval)


def run_decisions(settings: Any, labels: str | Path) -> dict[str, Any] | None:
    """Calls the decisions module's scorer when that module is installed."""
    try:
        mod = importlib.import_module("boardbot.decisions.metrics")
    except ModuleNotFoundError as exc:
        if exc.name not in ("boardbot.decisions", "boardbot.decisions.metrics"):
            raise
        print("error: --decisions: the decisions module (boardbot.decisions.metrics) is not installed", file=sys.stderr)
        return None
    fn = getattr(mod, "run_decisions_eval", None)
    if fn is None:
        print("error: --decisions: boardbot.decisions.metrics has no run_decisions_eval()", file=sys.stderr)
        return None
    res = fn(settings, Path(labels))
    if hasattr(res, "to_dict"):
        res = res.to_dict()
    elif not isinstance(res, dict):
        res = {k: v for k, v in vars(res).items() if not k.startswith("_")}
    return res


def decisions_markdown(res: dict[str, Any]) -> str:
    sets = res.get("sets")
    if sets:  # one column per labelled set (dev, test, ...)
        names = list(sets)
        keys = ["labels", "records", "matched", "precision", "recall", "date_accuracy", "outcome_accuracy",
                "kind_accuracy", "precision_same_kind"]
        lines = [f"| decisions metric | {' | '.join(names)} |", "|---|" + "---:|" * len(names)]
        for k in keys:
            cells = [sets[n].get(k) for n in names]
            lines.append(f"| {k} | " + " | ".join("-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)
                                                  for v in cells) + " |")
        return "\n".join(lines)
    keys = [k for k in ("precision", "recall", "f1", "date_accuracy") if k in res]
    keys += [k for k, v in res.items() if k not in keys and isinstance(v, (int, float)) and not isinstance(v, bool)]
    lines = ["| decisions metric | value |", "|---|---:|"]
    for k in keys:
        v = res[k]
        lines.append(f"| {k} | {v:.3f} |" if isinstance(v, float) else f"| {k} | {v} |")
    return "\n".join(lines)


def _read_run(path: str) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BoardbotError(f"{path}: cannot read an eval run ({exc})") from exc


def print_comparison(old: dict[str, Any], new: dict[str, Any]) -> None:
    from ..evaluation.compare import compare, compare_markdown

    try:
        changes, flips, only = compare(old, new)
    except KeyError as exc:
        raise BoardbotError(f"--compare: {exc.args[0]}") from exc
    print(compare_markdown(changes, flips, only))


def cmd_eval(args: argparse.Namespace) -> int:
    if args.compare and len(args.compare) > 2:
        raise BoardbotError("--compare takes OLD.json, or OLD.json NEW.json")
    if args.compare and len(args.compare) == 2:
        print_comparison(_read_run(args.compare[0]), _read_run(args.compare[1]))
        return 0
    old = _read_run(args.compare[0]) if args.compare else None
    with ExitStack() as stack:
        rc, data = _evaluate(args, stack)
    if old is not None:
        print(f"\nCompared with {args.compare[0]}:\n")
        print_comparison(old, data)
    return rc


def _evaluate(args: argparse.Namespace, stack: ExitStack) -> tuple[int, dict[str, Any]]:
    """Runs the eval; (exit code, the run as ``--json`` writes it)."""
    from ..assistant import Assistant
    from ..evaluation.dataset import load_sets, read_subset, select
    from ..evaluation.runner import BoardbotSystem, failures_text, markdown, run_eval
    from .main import settings_from

    settings = settings_from(args)
    if not settings.db_path.is_file():
        raise BoardbotError(f"no index at {settings.index_dir} (build one with `boardbot ingest papers/ --index DIR`)")
    set_paths = args.sets or [packaged_set(DEFAULT_SET, stack)]
    loaded = load_sets(set_paths)
    for err in loaded.errors:
        print(f"error: {err}", file=sys.stderr)
    questions = loaded.questions
    rc = 1 if loaded.errors else 0
    ids = read_subset(args.subset) if args.subset else args.ids
    if ids:
        questions, unknown = select(questions, ids)
        for i in unknown:
            print(f"error: question id {i!r} is not in {', '.join(map(str, set_paths))}", file=sys.stderr)
        rc = 1 if unknown else rc
    if not questions:
        raise BoardbotError("no questions to run")

    progress = not args.no_progress and sys.stderr.isatty()
    assistant = Assistant(settings=settings)
    systems: list[Any] = [BoardbotSystem(assistant, llm=args.llm)]
    meta: dict[str, Any] = {
        "index": str(settings.index_dir),
        "sets": ", ".join(Path(p).name for p in set_paths),
        "answerer": args.llm or settings.llm,
        "k": args.k,
    }
    if args.baselines:
        from ..evaluation.baselines import ANSWER_CHARS, build_baselines, corpus_pdfs

        pdfs = corpus_pdfs(assistant.papers(), Path(args.papers) if args.papers else settings.papers_dir)
        if not pdfs:
            raise BoardbotError("--baselines: none of the indexed PDFs were found; pass --papers DIR")
        chars = args.baseline_chars or ANSWER_CHARS
        if progress:
            print(f"building baselines over {len(pdfs)} PDFs (cached after the first run)...", file=sys.stderr)
        systems += build_baselines(pdfs, settings, Path(args.cache_dir) if args.cache_dir else None, chars,
                                   progress=progress)
        meta["baseline_answer_chars"] = chars
    run = run_eval(questions, systems, k=args.k, progress=progress, set_errors=loaded.errors, meta=meta)

    print(markdown(run))
    decisions = None
    if args.decisions:
        labels = packaged_set(DEFAULT_DECISIONS, stack) if args.decisions is True else args.decisions
        decisions = run_decisions(settings, labels)
        if decisions is None:
            rc = max(rc, 1)
        else:
            print()
            print(decisions_markdown(decisions))
    data = run.to_dict()
    if decisions is not None:
        data["decisions"] = decisions
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        print(f"\nper-question results: {args.json}", file=sys.stderr)
    if args.report:
        from ..evaluation.report import write_report

        write_report(run, args.report)
        print(f"report: {args.report}", file=sys.stderr)
    if args.failures:
        fails = run.failures("boardbot")
        head = (f"# boardbot failures: {len(fails)} of {len(run.results['boardbot'])} questions "
                f"(index {settings.index_dir}, run {run.meta.get('started', '')})\n\n")
        Path(args.failures).write_text(head + failures_text(run) + "\n", encoding="utf-8")
    return rc, data
