"""Lettered, numbered and bulleted lists under a lead-in ("RESOLVED that:", "The Committee agreed:–"):
where each part starts and ends across line and page breaks, and what is a sub-list of a part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.sentences import ends_sentence
from .layout import ITEM_MARK, ITEM_VERB, _Doc, _is_stop

# "(3) the following recommendations be made to the Trust and the ICB: (a) that ... (c) that ...": the lettered
# recommendations are what part (3) sends, one decision, not parts of the resolution of their own
_RECOMMENDS_TO = re.compile(r"\bfollowing\s+recommendations?\s+(?:be\s+)?(?:made|submitted|sent|put)\s+to\b", re.I)


@dataclass
class _Span:
    start: int
    end: int
    lead_in: str = ""


def _list_items(d: _Doc, after: int, hi: int) -> list[_Span]:
    """Lettered, numbered or bulleted items (or bare "Note ...", "To ...") following an intro."""
    items: list[_Span] = []
    i = d.line_index(after)
    first: _Span | None = None
    if d.lines[i].start < after:
        rest = d.text[after:d.lines[i].end].strip()
        if rest and not ITEM_MARK.match(rest):
            return []  # the intro sentence goes on: no list
        if rest:  # "RESOLVED - (a) that ...": the first item shares the intro's line
            off = after + len(d.text[after:d.lines[i].end]) - len(d.text[after:d.lines[i].end].lstrip())
            first = _Span(off + ITEM_MARK.match(rest).end(), d.lines[i].start + len(d.lines[i].text.rstrip()))
        i += 1
    cur: _Span | None = first
    prev_num: int | None = None
    paren = False
    prev_terminal = first is None or ends_sentence(d.text[first.start:first.end]) or d.text[first.start:first.end].endswith(";")
    blank = False
    sub = False  # inside a part's own lettered sub-list ("(4) agrees the following amounts: (a) ... (d) ...")
    while i < len(d.lines) and d.lines[i].start < hi:
        line = d.lines[i]
        s = line.text.strip()
        if not s:
            blank = True
            i += 1
            continue
        if cur is not None and re.fullmatch(r"(?:and|or)\s*[;,]?", s, re.I):
            cur.end = line.start + len(line.text.rstrip())  # "...Appendix A;" / "and" / "• Delegates ..."
            i += 1
            continue
        mark = ITEM_MARK.match(s)
        body = s[mark.end():] if mark else s
        if sub and cur is not None:
            nxt = mark is not None and mark.group("num") is not None and prev_num is not None and int(
                mark.group("num")) == prev_num + 1 and s.startswith("(") == paren
            if not nxt:
                if _is_stop(s) or (not mark and prev_terminal):
                    break
                cur.end = line.start + len(line.text.rstrip())
                prev_terminal = ends_sentence(s) or s.endswith(";")
                i += 1
                continue
            sub = False
        is_item = False
        if mark:
            num = mark.group("num")
            head = d.text[cur.start:cur.end].rstrip() if cur is not None else ""
            if (num is None and prev_num is not None and head.endswith(":")
                    and (not ITEM_VERB.match(body) or _RECOMMENDS_TO.search(head))):
                # figures or names a numbered part lists under its colon are the part's own words, not
                # parts of the resolution: they run on to the next number
                sub = True
                cur.end = line.start + len(line.text.rstrip())
                prev_terminal = ends_sentence(s) or s.endswith(";")
                i += 1
                continue
            if num is None and prev_num is not None and prev_terminal and not ITEM_VERB.match(body):
                break  # "(1) ... (2) ... ." then "(b) Treasury Management ...": the minute's next part
            if num is None:
                is_item = True
            # "1." may number a minute's paragraphs; "(1)" opening a list numbers its parts
            # ... but "(3) ..." then "4. HOUSEHOLD WASTE ...": the next minute's number, not the list's
            elif ITEM_VERB.match(body) or (prev_num is not None and int(num) == prev_num + 1 and s.startswith("(") == paren) or (
                    prev_num is None and num == "1" and s.startswith("(")):
                is_item = True
            if is_item and num is not None:
                prev_num, paren = int(num), s.startswith("(")
        elif (cur is None or prev_terminal or blank) and ITEM_VERB.match(s) and not _is_stop(s):
            is_item = True  # a verb after a full stop, or opening a paragraph of its own ("DELEGATE ...")
        if is_item:
            if cur:
                items.append(cur)
            off = line.start + (len(line.text) - len(line.text.lstrip())) + (mark.end() if mark else 0)
            cur = _Span(off, line.start + len(line.text.rstrip()))
        elif cur is not None and not prev_terminal and not _is_stop(s):
            cur.end = line.start + len(line.text.rstrip())
        else:
            break
        prev_terminal = ends_sentence(s) or s.endswith(";")
        blank = False
        i += 1
    if cur:
        items.append(cur)
    return items


def _follows_list(d: _Doc, end: int, hi: int) -> bool:
    """Is the text after ``end`` a list (so the sentence ending there is its lead-in)?"""
    i = d.line_index(end)
    j = i + 1
    while j < len(d.lines) and not d.lines[j].text.strip():
        j += 1
    if j >= len(d.lines) or d.lines[j].start >= hi:
        return False
    nxt = d.lines[j].text.strip()
    m = ITEM_MARK.match(nxt)
    return bool(m and (m.group("num") is None or ITEM_VERB.match(nxt[m.end():]))) or bool(ITEM_VERB.match(nxt))
