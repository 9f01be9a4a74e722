"""What paper is this? Title, organisation, board, date and type from its first pages.

Detection is a best effort from the text; a ``manifest.json`` beside the PDFs
(a list of objects keyed by ``file``) overrides any field it gives, because a
clerk's record beats a heuristic.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..records import DocMeta
from ..text.dates import find_dates, iso_in_name
from ..text.sentences import squash

log = logging.getLogger(__name__)

BOARD_PATTERNS = [
    r"Health and Wellbeing Boards? Joint Sub-Committee",
    r"Health (?:and|&) Wellbeing Board",
    r"Integrated Care Partnership",
    r"Integrated Care Board",
    r"Joint Health Overview and Scrutiny Committee",
    r"Health Overview and Scrutiny Committee",
    r"Cabinet",
    r"County Council",
    r"Scrutiny Committee",
    r"Partnership Board",
]
ORG_PATTERNS = [
    r"NHS [A-Z][A-Za-z ,&]+? Integrated Care Board",
    r"(?:London Borough of|Royal Borough of) [A-Z][a-z]+",
    r"[A-Z][A-Za-z ]+? (?:County|City|Borough|District) Council",
]
DOC_TYPES = [
    ("minutes", r"\bminutes of (?:the )?meeting\b|^minutes$|\bprinted minutes\b"),
    ("agenda pack", r"\bagenda pack\b|\bagenda\b"),
    ("plan", r"\b(?:forward|delivery|strategic|joint) plan\b|\bstrategy\b"),
    ("newsletter", r"\bnewsletter\b"),
    ("terms of reference", r"\bterms of reference\b"),
    ("report", r"\breport\b|\bpurpose of (?:the )?report\b|\brecommendations?\b"),
]
MANIFEST_FIELDS = {"title", "organisation", "board", "meeting", "date", "doc_type", "visibility"}


def _most_common(patterns: list[str], text: str) -> str:
    counts: Counter[str] = Counter()
    for pat in patterns:
        for m in re.finditer(pat, text, re.I):
            counts[squash(m.group(0))] += 1
    return counts.most_common(1)[0][0] if counts else ""


def detect(file: str, raw_pages: list[str]) -> DocMeta:
    """Guess metadata from raw (uncleaned) text: running headers name the meeting and date."""
    head = "\n".join(raw_pages[:3])
    first_lines = [ln.strip() for ln in raw_pages[0].splitlines() if len(ln.strip()) > 8][:6]
    title = max(first_lines[:4], key=len, default=Path(file).stem)
    title = re.sub(r"Page \d+ of \d+", "", title).strip()[:200]
    dates = find_dates(head)
    date = Counter(d for _, d in dates).most_common(1)[0][0] if dates else ""
    if not date:
        date = iso_in_name(file)
    lowered = head.lower()
    doc_type = next((t for t, pat in DOC_TYPES if re.search(pat, lowered, re.M)), "paper")
    return DocMeta(
        file=file,
        title=title,
        organisation=_most_common(ORG_PATTERNS, head),
        board=_most_common(BOARD_PATTERNS, head),
        date=date,
        doc_type=doc_type,
    )


def load_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / "manifest.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        log.error("%s: ignored, not valid JSON (%s)", path, exc)
        return {}
    entries = data if isinstance(data, list) else data.get("papers", [])
    return {e["file"]: e for e in entries if isinstance(e, dict) and "file" in e}


def apply_manifest(meta: DocMeta, entry: dict[str, Any] | None) -> DocMeta:
    if not entry:
        return meta
    values = meta.to_dict()
    for key in MANIFEST_FIELDS & entry.keys():
        target = "board" if key == "meeting" else key
        if entry[key]:
            values[target] = str(entry[key])
    return DocMeta(**values)
