"""The register as text, JSON or CSV: one writer for the CLI and the app's download."""

from __future__ import annotations

import csv
import json
from typing import Any

from .extract import Decision

CSV_FIELDS = ("meeting_date", "board", "item", "kind", "text", "owner", "deadline", "file", "page", "lead_in", "id")


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
