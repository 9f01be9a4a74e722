"""A self-contained HTML report an evaluator can open, print or e-mail.

One file, no network: inline CSS and the plots as base64 PNGs (matplotlib's
Agg backend, so it works on a headless server). Every table puts boardbot
beside the baselines, because a figure on its own says little.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

from .baselines import ANSWER_CHARS
from .metrics import Result
from .runner import EvalRun, fmt, metric_rows

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;color:#1b1b1b;line-height:1.4;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:2px solid #005eb8;padding-bottom:.2em}
table{border-collapse:collapse;margin:.8em 0;font-size:.92em}
th,td{border:1px solid #ccd;padding:.3em .6em;vertical-align:top}th{background:#eef3fa;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.meta{color:#555;font-size:.9em}.best{font-weight:bold;background:#e6f4ea}
.fail td{font-size:.88em}.q{max-width:26em}.got{max-width:34em;color:#333}
.tag{display:inline-block;background:#eee;border-radius:3px;padding:0 .3em;font-size:.85em}
details{margin:.6em 0}summary{cursor:pointer;font-weight:600}
img{max-width:100%}
"""

# Metrics where a larger value is better; the best system's cell is highlighted.
_HIGHER = {"retrieval hit@1", "retrieval MRR@10", "multi-doc: all sources in top 10", "answer accuracy (answerable)",
           "correct abstention (unanswerable)", "citation accuracy (answered)"}


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return f'<img alt="plot" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'


def type_accuracy_plot(run: EvalRun) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    types = sorted({q.type for q in run.questions})
    fig, ax = plt.subplots(figsize=(10, 4.2))
    width = 0.8 / max(len(run.systems), 1)
    for i, s in enumerate(run.systems):
        per = run.by_type(s)
        vals = []
        for t in types:
            sm = per.get(t)
            v = (sm.accuracy if sm.answerable else sm.abstention) if sm else None
            vals.append(v or 0.0)
        xs = [j + (i - (len(run.systems) - 1) / 2) * width for j in range(len(types))]
        ax.bar(xs, vals, width, label=s)
    ax.set_xticks(range(len(types)))
    ax.set_xticklabels([t + ("\n(abstention)" if t == "unanswerable" else "") for t in types], rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("answer accuracy")
    ax.set_title("Answer accuracy by question type (unanswerable: correct abstention)")
    ax.legend(loc="upper right", fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    return _png(fig)


def latency_plot(run: EvalRun) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    lat = {s: [r.latency_s * 1000 for r in run.results[s] if not r.error and r.latency_s > 0] for s in run.systems}
    values = [v for vs in lat.values() for v in vs]
    fig, ax = plt.subplots(figsize=(10, 3.6))
    if values:
        lo, hi = max(min(values), 0.1), max(values)
        bins = np.logspace(np.log10(lo), np.log10(hi * 1.01), 40)
        for s, vs in lat.items():
            if vs:
                ax.hist(vs, bins=bins, alpha=0.6, label=f"{s} (p50 {np.median(vs):.0f} ms)")
        ax.set_xscale("log")
    ax.set_xlabel("milliseconds per question (log scale)")
    ax.set_ylabel("questions")
    ax.set_title("Latency per question (boardbot: ask(); baselines: retrieval + top passage)")
    ax.legend(fontsize=8)
    return _png(fig)


def _e(s: object) -> str:
    return html.escape(str(s))


def totals_table(run: EvalRun) -> str:
    head = "<tr><th>metric</th>" + "".join(f"<th>{_e(s)}</th>" for s in run.systems) + "</tr>"
    rows = []
    for label, cells in metric_rows(run):
        best = None
        if label in _HIGHER or label.startswith("retrieval hit@"):
            nums = [float(c) if c not in ("—",) else -1.0 for c in cells]
            if len(nums) > 1 and max(nums) >= 0:
                best = nums.index(max(nums))
        tds = "".join(
            f'<td class="num{" best" if i == best else ""}">{_e(c)}</td>' for i, c in enumerate(cells)
        )
        rows.append(f"<tr><td>{_e(label)}</td>{tds}</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def type_table(run: EvalRun) -> str:
    types = sorted({q.type for q in run.questions})
    per = {s: run.by_type(s) for s in run.systems}
    head = (
        "<tr><th rowspan=2>type</th><th rowspan=2>n</th>"
        + "".join(f"<th colspan=4>{_e(s)}</th>" for s in run.systems)
        + "</tr><tr>"
        + f"<th>hit@1</th><th>hit@{run.k}</th><th>accuracy</th><th>declined</th>" * len(run.systems)
        + "</tr>"
    )
    rows = []
    for t in types:
        n = per[run.systems[0]][t].n
        cells = []
        for s in run.systems:
            sm = per[s][t]
            if sm.answerable:
                cells += [fmt(sm.hit1), fmt(sm.hitk), fmt(sm.accuracy), fmt(sm.false_abstention)]
            else:
                cells += ["—", "—", "—", fmt(sm.abstention)]
        rows.append(f"<tr><td>{_e(t)}</td><td class=num>{n}</td>" + "".join(f"<td class=num>{_e(c)}</td>" for c in cells) + "</tr>")
    note = ("<p class=meta><i>declined</i>: share of questions the system declined to answer - false abstention "
            "for answerable types, correct abstention for <i>unanswerable</i>.</p>")
    return f"<table>{head}{''.join(rows)}</table>{note}"


def failures_table(results: list[Result]) -> str:
    if not results:
        return "<p>None.</p>"
    head = "<tr><th>id</th><th>question</th><th>expected</th><th>got</th><th>cited page</th><th>gold page</th><th>gold rank</th></tr>"
    rows = []
    for r in results:
        expected = " | ".join(r.expected) if r.expected else "(decline: not in the papers)"
        got = " ".join(r.answer.split())
        if r.error:
            got = f"ERROR {r.error}"
        cited = "; ".join(f"{f} p{p}" for f, p in r.citations) or "(none)"
        gold = "; ".join(f"{f} p{p}" for f, p in r.gold) or "—"
        tag = '<span class="tag">abstained</span> ' if r.abstained else ""
        rows.append(
            f'<tr><td>{_e(r.id)}<br><span class="tag">{_e(r.type)}</span></td><td class="q">{_e(r.question)}</td>'
            f"<td>{_e(expected)}</td><td class='got'>{tag}{_e(got[:700])}</td><td>{_e(cited)}</td>"
            f"<td>{_e(gold)}</td><td class=num>{_e(r.rank or '—')}</td></tr>"
        )
    return f'<table class="fail">{head}{"".join(rows)}</table>'


def render(run: EvalRun) -> str:
    meta = run.meta
    meta_bits = " · ".join(f"{_e(k)}: {_e(v)}" for k, v in meta.items() if not isinstance(v, (dict, list)))
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        "<title>boardbot evaluation</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>boardbot evaluation</h1>",
        f'<p class="meta">{meta_bits}</p>',
    ]
    if run.set_errors:
        parts.append("<h2>Set errors (these lines were skipped)</h2><ul>")
        parts += [f"<li><code>{_e(e)}</code></li>" for e in run.set_errors]
        parts.append("</ul>")
    parts += [
        "<h2>Totals</h2>",
        totals_table(run),
        "<h2>By question type</h2>",
        type_table(run),
        type_accuracy_plot(run),
        "<h2>Latency</h2>",
        latency_plot(run),
    ]
    for i, s in enumerate(run.systems):
        fails = run.failures(s)
        title = f"Failures: {_e(s)} ({len(fails)} of {len(run.results[s])})"
        if i == 0:
            parts += [f"<h2>{title}</h2>", failures_table(fails)]
        else:
            parts += [f"<details><summary>{title}</summary>", failures_table(fails), "</details>"]
    parts += [
        "<h2>How to read this</h2><ul>",
        f"<li><b>hit@1 / hit@{run.k}</b>: share of answerable questions where a retrieved passage from the gold "
        "file covering the gold page is ranked first / in the top "
        f"{run.k}. <b>MRR@10</b>: mean of 1/rank of the first such passage (0 beyond rank 10).</li>",
        "<li><b>multi-doc: all sources in top 10</b>: for questions needing several papers, share where every "
        "gold page is covered in the top 10.</li>",
        "<li><b>answer accuracy</b>: share of answerable questions whose answer text contains one of the accepted "
        "answers (case-insensitive, whitespace collapsed). An abstention counts as wrong.</li>",
        "<li><b>correct abstention</b>: share of unanswerable questions the system declined. "
        "<b>false abstention</b>: share of answerable questions it declined.</li>",
        "<li><b>citation accuracy</b>: share of answered, answerable questions with a citation naming the gold "
        "file and page.</li>",
        "<li><b>latency</b>: boardbot, one <code>ask()</code> call; baselines, retrieval plus picking the top "
        "passage (they have no answer step).</li>",
        "<li><b>Baselines</b>: <i>bm25-pages</i> is BM25 (bm25s, English stop words, stemming) over whole PDF "
        "pages; <i>llamaindex-starter</i> is the LlamaIndex starter tutorial (one Document per page, "
        "SentenceSplitter 1024/200, dense top-k over Chroma, same MiniLM embedder, no header stripping). "
        f"Each answers with its top passage cut to {run.meta.get('baseline_answer_chars', ANSWER_CHARS)} characters (about the length of a median "
        "boardbot answer) and cites its page; <i>answer in whole top passage</i> scores the uncut passage. "
        "Baselines never abstain.</li></ul>",
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(run: EvalRun, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(run), encoding="utf-8")
    return path
