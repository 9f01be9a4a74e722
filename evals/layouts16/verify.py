"""Check every label in decisions-layouts16.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts16/verify.py

The checks of evals/labelcheck.py (ids lg001, lg002, ... with folder layouts16; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged. One check is added (``sanity`` of labelcheck.check): ids are unique and every label's
fields are valid (kind, kind_v1, outcome, votes, types; actions have outcome null, an owner and an ISO deadline);
every document has two or three pages, each starting with its running head and ending with its "Page n of m"
footer; every label's text is 5 to 32 words; every label's `meeting_date` is in its file's name; a lettered or
numbered part is printed right after its marker ("(b) ", "3. ") and an "Action:" line right after that word, each
after its lead-in; nothing missed: every part printed under a lead-in ("The Integration Joint Board:",
"RESOLVED that:", "RESOLVED – That the Committee:", "Resolved – That the Council approves the following
recommendations …:"), also where the parts run over a page break, every sentence under a "Decision" heading, and
every line opening "RESOLVED", "Resolved", "Proposed by", "It was moved by" or "Action:" is labelled; the printed
counts agree with `votes` (the Scottish division "there voted for the amendment 3 and for the motion 5", the
Northern Ireland recorded vote's "For (26):" / "Against (12):" / "No Vote (0)" headings, whose names are counted
too, and "(4 for, 2 against, 0 abstentions)"), one vote printed for each label with votes (two for the division);
the called-in decision is LOST with more for than against (qualified majority); the contested elections' candidate
votes ("received 27 votes") give no label `votes`; each Direction label's `ref` is printed right after its text;
and the Pension Fund Committee's resolution runs over the page break (lead-in and parts 1-2 on page 1, parts 3-4
on page 2).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import LABEL_SCHEMA, check, document_checks, load, norm  # noqa: E402

LABELS = "decisions-layouts16.jsonl"
IJB = "glenmorven-integration-joint-board-minute-2026-02-25.pdf"
NI = "ballyfern-lisnamore-borough-council-minutes-2026-03-03.pdf"
PF = "calderbridge-pension-fund-committee-minutes-2026-03-12.pdf"
AC = "ashcombe-borough-council-annual-meeting-minutes-2026-05-20.pdf"
AB = "westcombe-area-board-minutes-2026-01-29.pdf"
HEADS = {
    IJB: "Glenmorven Health and Social Care Partnership Integration Joint Board – 25 February 2026",
    NI: "BALLYFERN AND LISNAMORE BOROUGH COUNCIL Minutes of the Council Meeting – 3 March 2026",
    PF: "Calderbridge Pension Fund Pension Fund Committee – 12 March 2026 – Minutes",
    AC: "ASHCOMBE BOROUGH COUNCIL Annual Meeting of the Council – Wednesday 20 May 2026",
    AB: "KENNETSHIRE COUNCIL Westcombe Area Board – 29 January 2026",
}
LEADS = ("The Integration Joint Board:", "RESOLVED that:", "RESOLVED – That the Committee:",
         "Resolved – That the Council approves the following recommendations of the Corporate Services Committee "
         "of 24 February 2026:")
PART = re.compile(r"^\s*(?:\(([a-z]|[ivx]+)\)|(\d+)\.(?= [a-z])) ")
SINGLE = ("RESOLVED", "Resolved", "Proposed by", "It was moved by", "Action:")
DIVISION = re.compile(r"there voted for the amendment (\d+) and for the motion (\d+)")
RECORDED = re.compile(r"For \((\d+)\): (.*?) Against \((\d+)\): (.*?) No Vote \((\d+)\)")
COUNTS = re.compile(r"\((\d+) for, (\d+) against, (\d+) abstentions?\)")


def votes_printed(pages: Callable[[str], list[str]], rows: list[dict]) -> list[tuple]:
    """Each label with votes against the first vote printed after its text (within 2,000 characters)."""
    bad: list[tuple] = []
    printed = 0
    for name in HEADS:
        whole = norm(" ".join(pages(name)))
        printed += 2 * len(DIVISION.findall(whole)) + len(RECORDED.findall(whole)) + len(COUNTS.findall(whole))
        for m in RECORDED.finditer(whole):
            for count, people in ((m[1], m[2]), (m[3], m[4])):
                if len([p for p in people.split(",") if p.strip()]) != int(count):
                    bad.append((name, "recorded vote: names differ from the heading's count", count))
    for r in (r for r in rows if r["votes"]):
        whole = norm(" ".join(pages(r["file"])))
        at = whole.find(r["text"])
        found = []
        for pat in (DIVISION, RECORDED, COUNTS):
            m = pat.search(whole, at)
            if m and m.start() - at < 2000:
                found.append((m.start(), pat, m))
        want = None
        if found:
            _, pat, m = min(found, key=lambda f: f[0])
            if pat is DIVISION:
                amend, motion = int(m[1]), int(m[2])
                want = ({"for": amend, "against": motion, "abstain": 0} if r["kind"] == "amendment"
                        else {"for": motion, "against": amend, "abstain": 0})
            elif pat is RECORDED:
                want = {"for": int(m[1]), "against": int(m[3]), "abstain": int(m[5])}
            else:
                want = {"for": int(m[1]), "against": int(m[2]), "abstain": int(m[3])}
        if want != r["votes"]:
            bad.append((r["id"], "printed counts differ from votes", want, r["votes"]))
    with_votes = sum(1 for r in rows if r["votes"])
    if printed != with_votes:
        bad.append(("votes printed", printed, "labels with votes", with_votes))
    return bad


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad = document_checks(pages, rows, HEADS, LABEL_SCHEMA)

    def page(r: dict) -> str:
        return norm(pages(r["file"])[r["page"] - 1])

    # Parts follow their marker ("(b) ", "3. ", "Action: "), and the lead-in is printed before them
    for r in rows:
        if not r.get("lead_in"):
            continue
        if r["lead_in"] == "Action:":
            marker = "Action: "
        else:
            marker = f"{r['item']}. " if r["item"].isdigit() else f"({r['item']}) "
        if marker + r["text"] not in page(r):
            bad.append((r["id"], "part not printed after its marker", marker))
        whole = norm(" ".join(pages(r["file"])[:r["page"]]))
        at = whole.find(marker + r["text"])
        if at < 0 or whole.rfind(r["lead_in"], 0, at + len(marker)) < 0:
            bad.append((r["id"], "no lead-in before it", r["lead_in"]))

    # Nothing missed: parts under a lead-in (over page breaks too), the sentence under "Decision", single lines
    for name in HEADS:
        doc = pages(name)
        in_block = False
        after_decision = False
        pending_lead = False  # inside a lead-in paragraph wrapped over lines ("Proposed by … Resolved – That …:")
        for i, t in enumerate(doc, 1):
            here = [norm(r["text"]) for r in rows if r["file"] == name and r["page"] == i]
            lines = t.splitlines()
            flat = norm(t)
            for ln in lines[1:-1]:  # not the running head or the footer
                s = ln.strip()
                if not s:
                    continue
                if pending_lead:
                    if s.endswith(":"):
                        pending_lead, in_block = False, True
                    continue
                m = PART.match(ln)
                first = None
                if s.endswith(LEADS):
                    in_block, after_decision = True, False
                    continue
                rest = flat[flat.find(norm(s)):]
                if s.startswith(SINGLE) and ":" in rest[:400] and rest[:rest.find(":") + 1].endswith(LEADS):
                    pending_lead, after_decision = True, False
                    continue
                if in_block and not m and not ln.startswith(" "):
                    in_block = False
                if m and in_block:
                    first = " ".join(s[len(m[0].strip()) + 1:].split()[:6])
                elif after_decision:
                    first = " ".join(s.split()[:6])
                elif s.startswith(SINGLE):
                    first = " ".join((s.split(" ", 1)[1] if s.startswith("Action:") else s).split()[:6])
                after_decision = s == "Decision"
                if first and not any(x.startswith(first) for x in here):
                    bad.append((name, i, "printed decision line not labelled", first))

    # The called-in decision: more for than against, yet LOST for want of the qualified majority
    ni = norm(" ".join(pages(NI)))
    called = [r for r in rows if r["file"] == NI and r["kind"] == "motion" and r["outcome"] == "lost"]
    if len(called) != 1 or not called[0]["votes"] or called[0]["votes"]["for"] <= called[0]["votes"]["against"]:
        bad.append((NI, "no lost motion with more for than against"))
    if "failed to achieve the qualified majority of 80 per cent" not in ni:
        bad.append((NI, "qualified majority not printed"))

    # Contested elections: candidates' votes printed, no label votes
    ac = norm(" ".join(pages(AC)))
    for printed in ("Councillor Onslow received 27 votes and Councillor Lunn 14 votes",
                    "Councillor Hargreaves received 26 votes and Councillor Barraclough 15 votes"):
        if printed not in ac:
            bad.append((AC, "candidate votes not printed", printed))
    bad += [(r["id"], "votes on an Annual Meeting label") for r in rows if r["file"] == AC and r["votes"]]

    # Directions: the printed reference follows the label's text
    for r in (r for r in rows if r["ref"]):
        if not re.search(re.escape(r["text"]) + r"[^()]{0,3}\(Direction reference " + re.escape(r["ref"]) + r"\)",
                         page(r)):
            bad.append((r["id"], "ref not printed after the text", r["ref"]))

    # The Pension Fund Committee's resolution runs over the page break
    pf = [norm(t) for t in pages(PF)]
    parts = {r["item"]: r["page"] for r in rows if r["file"] == PF and r.get("lead_in") == LEADS[2]}
    if parts != {"1": 1, "2": 1, "3": 2, "4": 2} or LEADS[2] not in pf[0] or LEADS[2] in pf[1]:
        bad.append((PF, "resolution not split over the page break as meant", parts))

    bad += votes_printed(pages, rows)
    print(f"sanity: {len(bad)} problems")
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "lg", "layouts16", sanity=sanity))
