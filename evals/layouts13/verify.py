"""Check every label in decisions-layouts13.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts13/verify.py

The checks of evals/labelcheck.py (ids ld001, ld002, ... with folder layouts13; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged: this set's text layers read as the page does. One check is added (``sanity`` of
labelcheck.check): every document has three to five pages, each starting with the document's running head and
ending with its "Page n of m" footer; every label's text is 10 to 30 words; every action has an owner and a
deadline; a numbered or lettered part is printed right after its marker ("(3) ", "(ii) ", "b) ") and after its
lead-in; in the county Cabinet minutes each label's `ref` is the "Decision No:" printed under its minute's
heading (labels without a `ref` have none there), four references in all; the printed counts agree with every
`votes` (the governors' show of hands, the London borough's amendment "(For 13, Against 34, Abstain 2)" and its
recorded vote, whose table names 40 or more councillors and tallies to the motion's counts and the "Result:"
line, the Scottish division "Amendment 5 votes, Motion 7 votes" and the names printed for each side, the district
committee's amendment); and every label's `meeting_date` is in its file's name.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check, load, norm, printed_pages  # noqa: E402

LABELS = "decisions-layouts13.jsonl"
CAB = "westmarch-county-cabinet-minutes-2026-01-14.pdf"
COG = "hartmoor-vale-ft-council-of-governors-minutes-2025-12-10.pdf"
LB = "hollowmere-council-minutes-2026-02-25.pdf"
SC = "inverallan-housing-communities-committee-minute-2026-01-20.pdf"
DC = "ashdown-vale-policy-resources-committee-minutes-2026-01-22.pdf"
HEADS = {
    CAB: "Westmarch County Council Cabinet – 14 January 2026",
    COG: "Hartmoor and Vale NHS Foundation Trust Council of Governors (meeting in public) – 10 December 2025",
    LB: "London Borough of Hollowmere Minutes of the Council – 25 February 2026",
    SC: "Inverallan Council Housing and Communities Committee – 20 January 2026",
    DC: "ASHDOWN VALE DISTRICT COUNCIL – POLICY AND RESOURCES COMMITTEE – 22 JANUARY 2026",
}
MARKERS = {CAB: "({}) ", LB: "({}) ", SC: "({}) ", DC: "{}) "}
COUNTS = re.compile(r"\((\d+) (?:for|in favour), (\d+) against, (\d+) abstentions?\)|\(For (\d+), Against (\d+), "
                    r"Abstain (\d+)\)")
RESULT = re.compile(r"Result: For (\d+), Against (\d+), Abstain (\d+)\.")
DIVISION = re.compile(r"Amendment (\d+) votes, Motion (\d+) votes")
SIDE = re.compile(r"For the (amendment|motion) \((\d+)\): Councillors ([^.]+)\.")
TABLE_ROW = re.compile(r"Cllr ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?) +(For|Against|Abstain)\b")
DECISION_NO = re.compile(r"Decision No: (\d{2}/\d{5})")


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad = printed_pages(pages, rows, HEADS, 3, 5)
    for r in rows:
        if r["kind"] == "action" and not (r.get("owner") and r.get("deadline")):
            bad.append((r["id"], "action without owner or deadline"))
        if r["meeting_date"] not in r["file"]:
            bad.append((r["id"], "meeting date not the file's", r["meeting_date"]))

    def page(r: dict) -> str:
        return norm(pages(r["file"])[r["page"] - 1])

    # Parts follow their marker, and a lead-in is printed before them
    for r in rows:
        if r.get("item") and r.get("lead_in"):
            t = page(r)
            if MARKERS[r["file"]].format(r["item"]) + r["text"] not in t:
                bad.append((r["id"], "part not printed after its marker", r["item"]))
            whole = norm(" ".join(pages(r["file"])[:r["page"]]))
            at = whole.find(r["text"])
            if whole.rfind(r["lead_in"], 0, at) < 0:
                bad.append((r["id"], "no lead-in before it", r["lead_in"]))

    # County Cabinet: the Decision No under a label's minute heading is its ref
    cab = norm(" ".join(pages(CAB)))
    for r in (r for r in rows if r["file"] == CAB):
        at = cab.find(r["text"])
        head = cab.rfind(r["minute"] + " ", 0, at)
        m = DECISION_NO.search(cab, head, at)
        if (m[1] if m else None) != r["ref"]:
            bad.append((r["id"], "decision number differs", m and m[1], r["ref"]))
    if len({r["ref"] for r in rows if r["file"] == CAB and r["ref"]}) != 4:
        bad.append((CAB, "not four decision numbers"))

    # Printed counts agree with votes
    for r in (r for r in rows if r["votes"]):
        whole = norm(" ".join(pages(r["file"])))
        at = whole.find(r["text"])
        if r["file"] == SC:
            m = DIVISION.search(whole, at)
            a, mo = int(m[1]), int(m[2])
            want = {"motion": {"for": mo, "against": a, "abstain": 0},
                    "amendment": {"for": a, "against": mo, "abstain": 0}}[r["kind"]]
            sides = {s[1]: (int(s[2]), len(re.split(r", | and ", s[3]))) for s in SIDE.finditer(whole, at)}
            if sides != {"amendment": (a, a), "motion": (mo, mo)}:
                bad.append((r["id"], "division names do not match the counts", sides))
        elif r["file"] == LB and r["kind"] == "motion":
            m = RESULT.search(whole, at)
            want = {"for": int(m[1]), "against": int(m[2]), "abstain": int(m[3])}
            table = Counter(v for _, v in TABLE_ROW.findall(" ".join(pages(LB))))
            tally = {"for": table["For"], "against": table["Against"], "abstain": table["Abstain"]}
            if tally != want or sum(table.values()) < 40:
                bad.append((r["id"], "recorded vote table differs from its result", tally, want))
        else:
            m = COUNTS.search(whole, at)
            g = [int(x) for x in m.groups() if x is not None]
            want = {"for": g[0], "against": g[1], "abstain": g[2]}
            if m.start() - at > 1200:
                bad.append((r["id"], "counts printed far from the text"))
        if want != r["votes"]:
            bad.append((r["id"], "printed counts differ from votes", want, r["votes"]))
    print(f"sanity: {len(bad)} problems")
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "ld", "layouts13", sanity=sanity))
