"""Which papers record a meeting's own decisions, read from the paper's opening lines.

Minutes say so in their title ("MINUTES of the meeting ...", "Notes of the meeting",
"Note of meeting – 24 September 2025"). So, in other words, does a committee's report of
its own meeting to its parent body: "REPORT OF THE SELECTION AND MEMBER SERVICES
COMMITTEE" over "Meeting held on 12 November 2025". Such a report tells what the committee
decided and what it recommends, in the minutes' past tense ("The Committee approved ...",
"The Committee agreed to recommend that the County Council ..."), and its closing "Council
is asked to: (a) consider the recommendations ... (b) note ..." only points back at them.
An officer's report ("Report of the Director of Finance", "Recommendations: The Cabinet is
asked to ...") names no meeting it reports on and stays a report.
"""

from __future__ import annotations

import re

_BODY_TAIL = r"(?i:committee|sub-committee|board|panel|forum|partnership|group)"
MINUTES_TITLE = re.compile(
    r"^(?:[A-Z][A-Z ]{0,40} )?MINUTES\b[^\n]{0,80}$|^(?:(?:An? )?[Ee]xtract (?:from|of) (?:the )?)?[Mm]inutes of (?:the|a)\b"
    r"|^(?:[A-Z][\w ]{0,60} )?[Mm]eeting [Nn]otes?\b[^\n]{0,80}$|^Notes? of (?:the |a )?meeting\b"
    # a series' numbered meeting: "Notes of the sixth (final) meeting, held on ..."
    r"|^Notes? of the (?:first|second|third|\w+th|\d{1,2}(?:st|nd|rd|th))(?: \(?(?:final|last)\)?)? meeting\b"
    r"|^(?i:minute\s+of\s+(?:the\s+|a\s+)?meeting)\b"
    # a committee's report of its own meeting: the meeting it reports on is named right under the title
    rf"|^(?i:report\s+of\s+the\s+)(?:[\w&’'-]+\s+){{1,8}}?{_BODY_TAIL}[ \t]*\n(?:[^\n]*\n){{0,2}}?"
    r"[^\n]*\b(?i:meeting\s+held\s+on|from\s+its\s+meeting\s+(?:held\s+)?on)\b",
    re.M)
