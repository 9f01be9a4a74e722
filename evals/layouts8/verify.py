"""Check every label in decisions-layouts8.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts8/verify.py

The checks of evals/labelcheck.py (ids dt001, dt002, ... with folder layouts8; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged: this set's text layers read as the page does. One check is added (``sanity`` of
labelcheck.check), since the set is about which meeting a decision belongs to: in the three files whose
printed dates are meant to mislead, the labels' meeting dates are exactly the meetings listed in MEETINGS,
and each of those meetings' dates is printed in its file as written there.
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check, load, norm  # noqa: E402

LABELS = "decisions-layouts8.jsonl"
MEETINGS = {  # file -> {meeting_date of its labels: that meeting's date as the file prints it}
    # the Audit and Governance Committee's meeting, in an appendix to the Council papers of 17 July 2025
    "council-report-appendix-b-2025-07-17.pdf": {"2025-06-24": "held on 24 June 2025"},
    # the minutes of 12 March 2025 reprinted in the pack for 11 June 2025, and the reports to 11 June 2025
    "hwb-agenda-pack-2025-06-11.pdf": {"2025-03-12": "held on Wednesday 12 March 2025",
                                       "2025-06-11": "Wednesday 11 June 2025"},
    # a meeting adjourned on one day and reconvened on another
    "council-minutes-2025-07-01.pdf": {"2025-07-01": "Tues 1st July 2025", "2025-07-08": "08/07/2025"},
}


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad: list[tuple] = []
    for name, meetings in MEETINGS.items():
        dates = Counter(r["meeting_date"] for r in rows if r["file"] == name)
        print(f"{name}: labels by meeting date {dict(sorted(dates.items()))}")
        if set(dates) != set(meetings):
            bad.append((name, "labels' meeting dates are not the meetings meant", sorted(dates), sorted(meetings)))
        text = norm(" ".join(pages(name)))
        bad += [(name, "meeting date not printed as expected", printed)
                for printed in meetings.values() if printed not in text]
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "dt", "layouts8", sanity=sanity))
