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
from ..text.dates import DATE_RE, FULL_MONTH_PATTERN, MONTH_NAMES, MONTHS, find_dates, iso_in_name
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
# What kind of paper: cues on the first page, most specific first. Whole-paper cues
# ("minutes of the meeting") beat words any report uses ("recommendations").
KIND_CUES = [
    ("record of decision", r"\brecord of decision\b|\bdecision to be taken by\b"),
    ("minutes", r"^minutes\b|\bminutes of (?:a |the )?(?:meeting|proceedings)\b|\bprinted minutes\b"
                # what else a meeting's own record is called: an officer group's note, a Cabinet's
                # record of decisions, a committee's report of what it resolved at its meeting
                r"|\bmeeting notes?$|^notes? of (?:the|a) meeting\b|\baction notes\b|\brecord of decisions\b"
                # a combined authority's or joint committee's published list of what its meeting decided
                r"|\bschedule of decisions\b|\bdecision notice\b|\bnotice of (?:key )?decisions\b"
                # a Scottish council's "MINUTE of MEETING of the ... Committee"
                r"|^minute of (?:the |a )?meeting\b"
                r"|^(?:recommendations|decisions) (?:from|of|taken at) the meeting of\b"),
    ("questions and answers", r"\bquestions? (?:put )?and answers?\b|^question \d+\b|\bquestion by [A-Z]"),
    ("agenda pack", r"^agenda(?: pack)?$|\bagenda pack\b|\bagenda frontsheet\b"),
    ("appendix", r"^(?:appendix|annex|annexe)\b"),
    ("terms of reference", r"\bterms of reference\b"),
    ("newsletter", r"\bnewsletter\b"),
    ("report", r"^(?:from|by|to|subject)\s*:|\bpurpose of (?:the |this )?report\b|\breport\b"),
    ("plan", r"\b(?:forward|delivery|strategic|joint) plan\b|\bstrategy\b"),
]
# the same kinds as file names spell them, for papers whose first page says nothing
NAME_KINDS = [
    ("record of decision", r"\brecord of decision\b|\bprod\b"), ("minutes", r"\bminutes\b"),
    ("questions and answers", r"\bquestions\b"), ("agenda pack", r"\bagenda\b"),
    ("appendix", r"\b(?:appendix|annex)\b"), ("report", r"\breport\b"),
]
# "To: Cabinet – 30 January 2025" on a cover sheet; "DECISION TO BE TAKEN BY: Cabinet"
_TO_LINE = re.compile(r"^(?:To|Meeting|Committee|Title of meeting|Decision to be taken by)[ \t]*:?\s*([^\n]{3,120})$",
                      re.I | re.M)
_SUBJECT = re.compile(r"^(?:Subject|Title|Report title|Title of (?:the )?(?:paper|report))\s*:\s*(.{4,200})$"
                      r"|^Subject Matter / Title of Decision\s*:?\s*\n\s*(.{4,200})$", re.I | re.M)
_MEETING_OF = re.compile(r"\bmeeting of (?:the )?(.{3,80}?)\s+held\b", re.I | re.S)
_FORM_LABEL = re.compile(r"^[A-Z][A-Za-z /()]{1,40}:\s")  # "Classification: ...", the next field of a form
_HELD_ON = re.compile(r"\b(?:held|meeting)\b.{0,160}?\bon\b", re.I | re.S)
_NOISE_LINE = re.compile(r"@|https?:|www\.|\.(?:gov|org|co|nhs)\.uk\b|^page \d+|^\d+$|tel(?:ephone)?\s*:"
                         r"|^(?:direct dial|ask for|date|official)\b", re.I)
MANIFEST_FIELDS = {"title", "organisation", "board", "meeting", "date", "doc_type", "visibility"}


_NAME_PARTICLES = {"of", "and", "the", "&", "upon", "on", "in"}
_NOT_PLACE = {*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _most_common(patterns: list[str], text: str) -> str:
    counts: Counter[str] = Counter()
    for pat in patterns:
        for m in re.finditer(pat, text, re.I):
            # a name's words are capitalised ("Kent County Council", "KENT COUNTY COUNCIL"): the case-blind
            # match keeps only its capitalised tail ("Report to Kent County Council" is Kent County Council;
            # "... was adopted by County Council" names no council)
            words = squash(m.group(0)).split()
            start = len(words)
            # ... up to a date's month or day ("13 March 2025 County Council" names no council)
            while start > 0 and (words[start - 1][0].isupper() or words[start - 1].lower() in _NAME_PARTICLES) \
                    and words[start - 1].lower() not in _NOT_PLACE:
                start -= 1
            while start < len(words) and words[start].lower() in _NAME_PARTICLES:
                start += 1
            if len(words) - start >= 3:
                counts[" ".join(words[start:])] += 1
    return counts.most_common(1)[0][0] if counts else ""


def _body_in(text: str) -> str:
    """The first meeting body named in ``text`` (most specific pattern first)."""
    found = []
    for pat in BOARD_PATTERNS:
        for m in re.finditer(pat, text, re.I):
            before = text[: m.start()].split()[-1:] or [""]
            # "Kent County Council" is the organisation; "the County Council" is the meeting
            if before[0][:1].isupper() and before[0].lower() not in ("the", "to:", "of") and "council" in pat.lower():
                continue
            found.append((m.start(), -len(m.group(0)), squash(m.group(0))))
            break
    return min(found)[2] if found else ""


# A minutes heading names its body with a body noun last: "CORPORATE PARENTING PANEL - 29 October 2024",
# "Audit and Governance Committee", "Primary Care Commissioning Sub-Committee"
_BODY_NOUN = r"(?:Board|Committee|Sub-Committee|Panel|Group|Cabinet|Council|Executive|Forum|Partnership|Commission)"
_HEADING_BODY = re.compile(
    rf"^(?:the\s+)?((?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){{0,7}}{_BODY_NOUN})\b", re.I)
_ORG_NAME = re.compile(r"\b(?:County|City|Borough|District|Town|Parish) Council$|^(?:London Borough|Royal Borough)\b", re.I)


def _heading_body(first: str) -> str:
    """The body a minutes paper's heading names, before its "MINUTES" line ('' when none does)."""
    for ln in [squash(x) for x in first.splitlines() if x.strip()][:6]:
        if re.match(r"minutes\b", ln, re.I):
            break
        m = _HEADING_BODY.match(ln)
        if not m:
            continue
        name, rest = m.group(1), DATE_RE.sub("", ln[m.end():])
        # a heading line holds the name (and its date) alone, in capitals or title case: not a sentence
        # wrapped onto a line of its own ("... supported by Suffolk County" / "Council")
        heading = not re.sub(r"\b[A-Z][a-z]+day\b", "", rest).strip(" -–—:,.") and (
            len(name.split()) >= 2 or name.lower() in ("cabinet", "executive"))
        if heading and not _ORG_NAME.search(name) and all(w[0].isupper() or w.lower() in _NAME_PARTICLES
                                                          for w in name.split()):
            return name
    return ""


def _canonical(body: str) -> str:
    """"CABINET" and "County council" as "Cabinet" and "County Council"."""
    return " ".join(w.lower() if w.lower() in ("and", "of", "for") else w[:1].upper() + w[1:].lower()
                    for w in body.split()) if body.isupper() or body.islower() else body


def _kind(first: str, file: str) -> str:
    lines = "\n".join(ln.strip() for ln in first.splitlines()[:12])
    for kind, pat in KIND_CUES:
        if re.search(pat, lines, re.I | re.M):
            return kind
    name = re.sub(r"[_\-.]+", " ", Path(file).stem)
    return next((k for k, pat in NAME_KINDS if re.search(pat, name, re.I)), "paper")


def _subject(first: str) -> str:
    """A cover sheet's "Subject:" field, with its continuation lines."""
    m = _SUBJECT.search(first)
    if not m:
        return ""
    parts = [(m.group(1) or m.group(2)).strip()]
    for ln in first[m.end():].splitlines()[1:3]:
        ln = ln.strip()
        if not ln or _FORM_LABEL.match(ln) or len(parts[0]) + len(ln) > 200:
            break
        parts.append(ln)
    return squash(" ".join(parts)).rstrip(" :")


def _cover_title(first: str) -> str:
    """The title printed on a cover: its leading short lines, read as one phrase.

    A cover sets its title over several short lines ("West Sussex / Drug and Alcohol /
    Partnership / Annual Progress Report / October 2024"); web addresses, phone numbers
    and page numbers around it are not part of it.
    """
    parts: list[str] = []
    for ln in first.splitlines()[:14]:
        ln = ln.strip()
        if not ln or _NOISE_LINE.search(ln):
            if parts and not ln:
                continue
            continue
        words = ln.split()
        sentence = len(words) > 14 or ln.endswith((".", ";", ",")) or sum(c.isdigit() for c in ln) > len(ln) / 2
        if sentence:
            break
        parts.append(ln)
        if len(" ".join(parts)) > 110:
            break
    title = squash(" ".join(parts))
    m = re.search(rf"\s((?:{FULL_MONTH_PATTERN}) (?:19|20)\d\d)$", title)
    if m:  # "... Annual Progress Report, October 2024"
        title = title[: m.start()] + ", " + m.group(1)
    return title[:200]


# "Minutes excerpt from Selection and Member Services Committee – 13 December 2024", "Extract from the
# minutes of the Audit Committee held on ...": another body's minutes, appended to a report
_EXTRACT = re.compile(r"\b(?:minutes?\s+)?(?:extract|excerpt|except)\s+(?:from|of)\s+(?:the\s+)?"
                      r"(?:minutes\s+of\s+(?:the\s+)?)?(?:(?:a\s+)?meeting\s+of\s+(?:the\s+)?)?"
                      rf"((?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|&)\s+)?){{0,7}}{_BODY_NOUN})\b", re.I)


def _extract_of(first: str) -> tuple[str, str]:
    """(body, ISO date) of the minutes a paper's heading says it is an extract from, or ('', '')."""
    top = squash(" ".join(first.splitlines()[:10]))
    m = _EXTRACT.search(top)
    if not m or not m.group(1)[0].isupper():
        # a covering note may come first ("Agenda Item 6(b) ... The County Council is asked to note the
        # extract"): further down, only a line the extract's heading opens counts, not a list that names one
        lines = first.splitlines()
        at = next((i for i, line in enumerate(lines[10:40], start=10) if re.match(r"\s*(?:minutes?\s+)?(?:extract|excerpt)\b",
                                                                              line, re.I)), None)
        if at is None:
            return "", ""
        top = squash(" ".join(lines[at:at + 4]))
        m = _EXTRACT.match(top)
        if not m or not m.group(1)[0].isupper():
            return "", ""
    dates = find_dates(top[m.end(): m.end() + 80])
    return m.group(1), dates[0][1] if dates else ""


def _meeting(first: str, kind: str) -> tuple[str, str]:
    """(body, ISO date) of the meeting the paper goes to or records, from explicit cues."""
    body, date = _extract_of(first)
    if body:
        return body, date
    if kind == "minutes":  # "MINUTES of a meeting of the Cabinet held ... on Thursday, 30 January 2025"
        m = _MEETING_OF.search(first)
        held = _HELD_ON.search(first)
        dates = find_dates(first[held.end(): held.end() + 60]) if held else []
        if m:
            name = squash(m.group(1))
            return _body_in(name) or (name if len(name.split()) <= 8 else ""), dates[0][1] if dates else ""
        if heading := _heading_body(first):  # "CORPORATE PARENTING PANEL - 29 October 2024" / "MINUTES of the meeting held"
            # the heading's own date first: "held on" may be the previous meeting's, further down
            top = find_dates("\n".join(first.splitlines()[:3]))
            return heading, (top or dates)[0][1] if top or dates else ""
    m = _TO_LINE.search(first)
    if m:  # a cover sheet or a decision record addresses its meeting
        value = m.group(1)
        dates = find_dates(value) or (find_dates(first[m.end(): m.end() + 80]) if kind == "minutes" else [])
        body = _body_in(value)
        if not body and m.group(0).lower().startswith("title of meeting"):
            body = squash(re.sub(r"\s*-?\s*\bmeeting\b.*$", "", value, flags=re.I))
        return body, dates[0][1] if dates else ""
    return "", ""


def minutes_date(found: str, meta: DocMeta) -> str:
    """The meeting a paper's minutes record: the date ``found`` beside their heading, unless that is
    the date of the meeting whose pack they came in (an appendix's running head, "Appendix 1 – County
    Council 13 March 2025") and the paper's own heading gave an earlier one."""
    if not found or (meta.date and found == iso_in_name(meta.file) and meta.date < found):
        return meta.date
    return found


def detect(file: str, raw_pages: list[str]) -> DocMeta:
    """Guess metadata from raw (uncleaned) text: the cover's fields first, running headers next."""
    first = raw_pages[0] if raw_pages else ""
    head = "\n".join(raw_pages[:3])
    kind = _kind(first, file)
    if _extract_of(first)[0]:
        kind = "minutes"
    body, date = _meeting(first, kind)
    named = iso_in_name(file)
    if kind == "minutes" and date and named and date > named and f"{int(date[:4]) - 1}{date[4:]}" < named:
        # minutes are received after the meeting they record: a date after the pack's own meeting is a
        # misprinted year ("13 December 2025" in a pack for 13 March 2025)
        log.warning("%s: minutes dated %s, after the meeting of %s they went to; read as a year earlier",
                    file, date, named)
        date = f"{int(date[:4]) - 1}{date[4:]}"
    if not body:
        body = _body_in("\n".join(first.splitlines()[:8])) or _body_in(head)
    if not date and kind in ("agenda pack", "questions and answers"):
        top = find_dates("\n".join(first.splitlines()[:8]))
        date = top[0][1] if top else ""
    if not date:
        dates = find_dates(head)
        # an appendix's own dates (tables, letters) say less than the pack it came in
        date = named or (Counter(d for _, d in dates).most_common(1)[0][0] if dates else "")
    body = _canonical(body)
    title = _subject(first)
    if not title and kind == "minutes":
        title = f"Minutes of the {body or 'meeting'}" + (f", {date}" if date else "")
    if not title and kind == "agenda pack" and body:
        title = f"Agenda: {body}" + (f", {date}" if date else "")
    if not title:
        title = _cover_title(first) or Path(file).stem
    if not date:  # "... Annual Progress Report, October 2024": the month it reports to
        m = re.search(rf"\b({FULL_MONTH_PATTERN}) ((?:19|20)\d\d)$", title)
        date = f"{m.group(2)}-{MONTH_NAMES.index(m.group(1)) + 1:02d}" if m else ""
    return DocMeta(
        file=file,
        title=re.sub(r"Page \d+ of \d+", "", title).strip()[:200],
        organisation=_most_common(ORG_PATTERNS, head),
        board=body,
        date=date,
        doc_type=kind,
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
