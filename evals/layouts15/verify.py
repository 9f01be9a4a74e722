"""Check every label in decisions-layouts15.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts15/verify.py

The checks of evals/labelcheck.py (ids lf001, lf002, ... with folder layouts15; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged. One check is added (``sanity`` of labelcheck.check): ids are unique and every label's
fields are valid (kind, kind_v1, outcome, votes, types; actions have outcome null, an owner and an ISO deadline);
every document has two or three pages, each starting with its running head and ending with its "Page n of m"
footer; every label's text is 5 to 32 words (the Corporate Parenting Panel's "RESOLVED that the report be noted."
is six); every label's `meeting_date` is in its file's name, and the extract's is the committee's date printed in
its heading, not the County Council pack's date in the running head; a lettered or numbered part is printed right
after its marker ("(b) ", "(iv) ") and an "Agreed:" / "Action:" line right after those words, each after its
lead-in; every part printed after a "RESOLVED that:" or "The Committee RECOMMENDS / AGREED" lead-in, every
single-sentence "RESOLVED that …" and every "Agreed:" / "Action:" line is labelled (none missed); every
recommendation in the extract is followed by its "(Note: this recommendation is considered at item n of this
agenda)"; nothing is labelled in the meeting note's "Decisions/agreements" box; and the printed counts "(6 for,
2 against, 0 abstentions)" agree with every label's `votes`, one label for each bracket of counts printed.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import LABEL_SCHEMA, check, document_checks, load, norm, printed_votes  # noqa: E402

LABELS = "decisions-layouts15.jsonl"
CPP = "northmoor-corporate-parenting-panel-minutes-2025-01-23.pdf"
EX = "oakshire-county-council-2024-12-12-item-6b-extract-audit-governance-committee-2024-11-21.pdf"
TMG = "kelbrook-transport-management-group-meeting-note-2024-11-14.pdf"
WT = "wealdbridge-library-trust-board-minutes-2016-10-27.pdf"
SM = "hallamshire-selection-member-services-committee-recommendations-appendix-2025-02-04.pdf"
HEADS = {
    CPP: "NORTHMOOR COUNTY COUNCIL Corporate Parenting Panel – 23 January 2025",
    EX: "Oakshire County Council – Meeting of the County Council – 12 December 2024 Agenda Item 6(b)",
    TMG: "Kelbrook County Council – Transport Management Group Meeting note – 14 November 2024",
    WT: "Wealdbridge Library and Heritage Trust (Registered Charity No. 1154872) Board of Trustees – 27.10.2016",
    SM: "Appendix 1 – Selection and Member Services Committee – 4 February 2025 – recommendations to County Council",
}
COUNTS = re.compile(r"\((\d+) for, (\d+) against, (\d+) abstentions?\)")
PART = re.compile(r"^\s*\(([a-z]|[ivx]+)\) ")
LINE_LEADS = ("Agreed:", "Action:")


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad = document_checks(pages, rows, HEADS, LABEL_SCHEMA)

    def page(r: dict) -> str:
        return norm(pages(r["file"])[r["page"] - 1])

    # The extract: the committee's date, not the pack's, and its labels inside the extract
    ex = norm(" ".join(pages(EX)))
    start = ex.find("EXTRACT FROM THE MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE HELD AT SHIRE "
                    "HALL, OAKHAMPTON, ON THURSDAY 21 NOVEMBER 2024")
    end = ex.find("[End of extract]")
    if not 0 < start < end:
        bad.append((EX, "no extract heading with the committee's date, or no end of extract"))
    for r in (r for r in rows if r["file"] == EX):
        if r["meeting_date"] != "2024-11-21":
            bad.append((r["id"], "extract label not dated with the committee's meeting", r["meeting_date"]))
        if not start < ex.find(r["text"]) < end:
            bad.append((r["id"], "extract label outside the extract"))
        if r["kind"] == "recommendation":
            at = ex.find(r["text"])
            note = re.compile(r"\(Note: this recommendation is considered at item \d of this agenda\)")
            m = note.search(ex, at)
            if not m or m.start() - at > 400:
                bad.append((r["id"], "no agenda note after the recommendation"))

    # Parts follow their marker ("(b) ", "Agreed: "), and the lead-in is printed before them
    for r in rows:
        if not r.get("lead_in"):
            continue
        marker = r["lead_in"] + " " if r["lead_in"] in LINE_LEADS else f"({r['item']}) "
        if marker + r["text"] not in page(r):
            bad.append((r["id"], "part not printed after its marker", marker))
        whole = norm(" ".join(pages(r["file"])[:r["page"]]))
        at = whole.find(marker + r["text"])
        if at < 0 or whole.rfind(r["lead_in"], 0, at + (len(marker) if r["lead_in"] in LINE_LEADS else 0)) < 0:
            bad.append((r["id"], "no lead-in before it", r["lead_in"]))

    # Nothing missed: lettered / numbered parts, "Agreed:" / "Action:" lines, single-sentence RESOLVED
    for name in HEADS:
        for i, t in enumerate(pages(name), 1):
            here = [norm(r["text"]) for r in rows if r["file"] == name and r["page"] == i]
            body = t
            if name == TMG and "Decisions/agreements" in t:
                body = t[:t.find("Decisions/agreements")]
            in_block = False  # inside the parts under a "RESOLVED that:" / "RECOMMENDS …:" / "AGREED:" lead-in
            for ln in body.splitlines():
                s = ln.strip()
                m = PART.match(ln)
                first = None
                if s.endswith(("RESOLVED that:", "RECOMMENDS that County Council:", "the Committee AGREED:")):
                    in_block = True
                    continue
                if in_block and not m and not ln.startswith(" "):
                    in_block = False
                if m and in_block:
                    first = " ".join(s[len(m[0].strip()) + 1:].split()[:6])
                elif s.startswith(LINE_LEADS):
                    first = " ".join(s.split(" ", 1)[1].split()[:6])
                elif s.startswith("RESOLVED that ") or s.startswith("RESOLVED that the"):
                    first = " ".join(s.split()[:6])
                if first and not any(x.startswith(first) for x in here):
                    bad.append((name, i, "printed decision line not labelled", first))

    # Meeting note: nothing labelled in the closing Decisions/agreements box
    last = norm(pages(TMG)[-1])
    box = last.find("Decisions/agreements – 14 November 2024")
    if box < 0:
        bad.append((TMG, "no Decisions/agreements box on the last page"))
    for r in (r for r in rows if r["file"] == TMG and r["page"] == len(pages(TMG))):
        if last.find(r["text"]) >= box >= 0:
            bad.append((r["id"], "labelled in the Decisions/agreements box"))

    # Printed counts agree with votes
    bad += printed_votes(pages, rows, COUNTS, list(HEADS), 400)
    print(f"sanity: {len(bad)} problems")
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "lf", "layouts15", sanity=sanity))
