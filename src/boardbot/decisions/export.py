"""The register as text, JSON or CSV: one writer for the CLI and the app's download."""

from __future__ import annotations

import csv
import json
from typing import Any

from ..terminal import safe as terminal_text
from .extract import Decision

CSV_FIELDS = ("meeting_date", "board", "item", "kind", "form", "outcome", "votes", "proposer", "seconder", "ref",
              "text", "owner", "deadline", "file", "page", "lead_in", "also_in", "linked", "proposed", "id")
# What makes Excel, LibreOffice or Sheets read a cell as a formula (OWASP "CSV injection"):
# text from a PDF or a file name is untrusted, so such a cell is written as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: Any) -> Any:
    """One CSV cell that no spreadsheet will run: a leading ``'`` before a formula start
    (also after leading spaces, which some spreadsheets skip). The one escaping function
    for every CSV the project writes."""
    if not isinstance(value, str):
        return value
    if value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def vote_text(votes: dict[str, int] | None) -> str:
    """"For 52, Against 0, Abstain 11" from the printed counts ("" when none were printed)."""
    if not votes:
        return ""
    return ", ".join(f"{label} {votes[k]}" for k, label in (("for", "For"), ("against", "Against"),
                                                           ("abstain", "Abstain")) if k in votes)


def outcome_text(r: Decision) -> str:
    """"carried (For 52, Against 0, Abstain 11)", "noted", or ""."""
    votes = vote_text(r.votes)
    return f"{r.outcome} ({votes})" if r.outcome and votes else r.outcome or votes


def _csv_value(key: str, value: Any) -> Any:
    if key == "votes":
        return vote_text(value)
    if key in ("also_in", "linked"):
        return "; ".join(value or [])
    return csv_cell(value)


def write(rows: list[Decision], out: Any, fmt: str = "text") -> None:
    if fmt == "json":
        out.write(json.dumps([_public(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        w = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: csv_cell(_csv_value(k, v)) for k, v in r.to_dict().items() if k in CSV_FIELDS})
        return
    if not rows:
        out.write("(no decisions found)\n")
        return
    for r in rows:
        item = f" | {r.item}" if r.item else ""
        extra = "".join(f"; {k}: {v}" for k, v in (("owner", r.owner), ("by", r.deadline), ("proposed by", r.proposer),
                                                    ("seconded by", r.seconder)) if v)
        outcome = outcome_text(r)
        ref = f" {r.ref}" if r.ref else ""
        out.write(terminal_text(f"{r.meeting_date or '----------':10}  {r.board}{item}{ref}") + "\n")
        out.write(terminal_text(f"  [{r.form or r.kind}{': ' + outcome if outcome else ''}] {r.text}{extra}") + "\n")
        out.write(terminal_text(f"  {r.file}:{r.page}") + "\n")
        for label, files in (("also in", r.also_in), ("report", r.linked)):
            if files:
                out.write(terminal_text(f"  {label}: {'; '.join(files)}") + "\n")
        out.write("\n")


def _public(r: Decision) -> dict[str, Any]:
    d = r.to_dict()
    if not d.get("scores"):
        d.pop("scores", None)
        d.pop("score", None)
    return d
