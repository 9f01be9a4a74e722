"""Check every label in decisions-layouts14.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts14/verify.py

The checks of evals/labelcheck.py (ids le001, le002, ... with folder layouts14; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged: this set's text layers read as the page does. One check is added (``sanity`` of
labelcheck.check): every document has three or four pages, each starting with the document's running head and
ending with its "Page n of m" footer; every label's text is 10 to 30 words; every action has an owner and an ISO
deadline; every label's `meeting_date` is in its file's name; a numbered or lettered part is printed right after
its marker ("(2) ", "(b) ") and a bullet right after "• ", each after its lead-in; every bullet printed in the
Health and Wellbeing Board and Trust Board minutes is labelled (no bullet missed); in the Cabinet Committee
minutes each label's `ref` is the "Decision No:" printed under its minute's heading (labels without a `ref`
have none there), three numbers in all; in the Integrated Care Partnership minutes no label sits in the "SUMMARY
OF OUTCOMES" table, and every action has a row in the actions table with its owner and due date (dd/mm/yy); and
the printed counts "(4 for, 8 against, 1 abstention)" agree with every label's `votes`.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import action_problems, check, load, norm, printed_pages, printed_votes  # noqa: E402

LABELS = "decisions-layouts14.jsonl"
HWB = "brackenford-health-wellbeing-board-minutes-2026-03-05.pdf"
ICP = "severnvale-icp-joint-committee-minutes-2026-02-17.pdf"
TB = "northcliffe-hospitals-trust-board-minutes-2026-01-29.pdf"
ASC = "ashbury-county-adult-social-care-cabinet-committee-minutes-2026-01-21.pdf"
HO = "wyndham-health-overview-scrutiny-committee-minutes-2026-02-11.pdf"
HEADS = {
    HWB: "Brackenford Borough Council Health and Wellbeing Board – 5 March 2026",
    ICP: "Severnvale Integrated Care Partnership (Joint Committee) Minutes – 17 February 2026",
    TB: "Northcliffe Hospitals NHS Trust Trust Board meeting in public – 29 January 2026",
    ASC: "ASHBURY COUNTY COUNCIL – ADULT SOCIAL CARE AND HEALTH CABINET COMMITTEE – 21 JANUARY 2026",
    HO: "Wyndham County Council Health Overview and Scrutiny Committee 11 February 2026",
}
COUNTS = re.compile(r"\((\d+) for, (\d+) against, (\d+) abstentions?\)")
DECISION_NO = re.compile(r"Decision No: (\d{2}/\d{5})")


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad = printed_pages(pages, rows, HEADS, 3, 4)
    for r in rows:
        if r["kind"] == "action":
            bad += action_problems(r)
        if r["meeting_date"] not in r["file"]:
            bad.append((r["id"], "meeting date not the file's", r["meeting_date"]))

    def page(r: dict) -> str:
        return norm(pages(r["file"])[r["page"] - 1])

    # Parts follow their marker ("(2) " or "• "), and the lead-in is printed before them
    for r in rows:
        if not r.get("lead_in"):
            continue
        marker = f"({r['item']}) " if r.get("item") else "• "
        if marker + r["text"] not in page(r):
            bad.append((r["id"], "part not printed after its marker", marker))
        whole = norm(" ".join(pages(r["file"])[:r["page"]]))
        if whole.rfind(r["lead_in"], 0, whole.find(r["text"])) < 0:
            bad.append((r["id"], "no lead-in before it", r["lead_in"]))

    # Every bullet in the bulleted minutes is labelled
    for name in (HWB, TB):
        for i, t in enumerate(pages(name), 1):
            starts = [norm(r["text"]) for r in rows if r["file"] == name and r["page"] == i]
            for ln in t.splitlines():
                if ln.strip().startswith("• "):
                    first = " ".join(ln.strip()[2:].split()[:6])
                    if not any(s.startswith(first) for s in starts):
                        bad.append((name, i, "bullet not labelled", first))

    # Cabinet Committee: the Decision No under a label's minute heading is its ref
    asc = norm(" ".join(pages(ASC)))
    for r in (r for r in rows if r["file"] == ASC):
        at = asc.find(r["text"])
        head = asc.rfind(f" {r['minute']}. ", 0, at)
        m = DECISION_NO.search(asc, head, at)
        if head < 0 or (m[1] if m else None) != r["ref"]:
            bad.append((r["id"], "decision number differs", m and m[1], r["ref"]))
    if len({r["ref"] for r in rows if r["file"] == ASC and r["ref"]}) != 3:
        bad.append((ASC, "not three decision numbers"))

    # Integrated Care Partnership: nothing labelled in the summary; every action has its row in the actions table
    icp = pages(ICP)
    last = norm(icp[-1])
    summary, actions = last.find("SUMMARY OF OUTCOMES"), last.find("ACTIONS ARISING FROM THIS MEETING")
    if not 0 < summary < actions:
        bad.append((ICP, "no summary followed by an actions table"))
    table_lines = icp[-1][icp[-1].find("ACTIONS ARISING"):].splitlines()
    for r in (r for r in rows if r["file"] == ICP):
        if r["page"] == len(icp) and summary <= last.find(r["text"]) < actions:
            bad.append((r["id"], "labelled in the summary of outcomes"))
        if r["kind"] == "action":
            due = date.fromisoformat(r["deadline"]).strftime("%d/%m/%y")
            if not any(r["owner"] in ln and due in ln for ln in table_lines):
                bad.append((r["id"], "no actions-table row with its owner and due date", r["owner"], due))
            if r.get("item") and not any(ln.startswith(r["item"] + " ") and r["text"] in norm(ln)
                                         for ln in table_lines):
                bad.append((r["id"], "table action not the first line of its row", r["item"]))

    # Printed counts agree with votes
    bad += printed_votes(pages, rows, COUNTS, list(HEADS), 600)
    print(f"sanity: {len(bad)} problems")
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "le", "layouts14", sanity=sanity))
