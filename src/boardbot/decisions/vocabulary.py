"""The words minutes decide with: "The Board noted ...", "... were agreed as an accurate record",
"X were asked to ...", "The Chairman agreed to ..."; the first register's kind of a minutes
sentence, and an action's owner and deadline.
"""

from __future__ import annotations

import re

from ..text.dates import FULL_MONTH_PATTERN
from ..text.sentences import squash

_BODY = (
    r"(?:Boards?|HWBB?|ICP|ICB|JHWBSC|Committee|Sub-Committee|Partnerships?|Cabinet|Council|"
    r"Panel|Forum|Executive|Assembly|Group|Trustees|Governors|[Mm]embers|[Mm]eeting|joint board|Authority)"
)
# "RESOLVED that ...", "AGREED:", "DECISION –", "RECOMMENDED (to Council):" opening a line
RESOLVED_LINE = re.compile(
    # ... not a schedule's heading "DECISION 1 – TCA/D/25/031 ..." or "DECISION NOTICE"
    r"^(?:\(?\d{1,3}[.)]\s*)?(?:RESOLVED|AGREED|DECIDED|DECISION(?!\s+(?:\d|NOTICE|NUMBER|MAKER))|RECOMMENDED|Resolved"
    r"|Agreed|Recommended"
    r"|Decisions?(?:\s+made|\s+taken)?(?=\s*:)|Outcome(?=\s*:)|OUTCOME(?=\s*:)"
    # "RECOMMENDATION TO COUNCIL:", "RECOMMENDATION to NHS Westbury ICB:" (in minutes: the meeting's own)
    r"|RECOMMENDATIONS?(?:\s+(?:TO|to)\s+[A-Z][^:\n]{1,60})?(?=\s*:))\b(?:\s*\([^)]{0,40}\))?\s*[:\-–]?\s*",
)
# "Decision: Approved." - the outcome word alone is the whole record of the item's decision
BARE_OUTCOME = re.compile(
    r"^(?:Approved|Agreed|Noted|Received|Deferred|Withdrawn|Endorsed|Ratified|Adopted|Supported|Carried|Lost"
    r"|Granted|Refused|Permitted)"
    r"(?:\s+unanimously)?\.?$", re.I)
# "Deferred for a site visit, to allow Members to ...": a planning committee's deferral on a line of its own,
# and "Withdrawn by the Executive Member, pending ...": a withdrawal
DEFERRED_LINE = re.compile(r"^[ \t]*(?:(?:Deferred|DEFERRED)\s+(?:for|to|until|pending)"
                           r"|(?:Withdrawn|WITHDRAWN)\s+(?:by|from|at|pending))\b", re.M)
# "Councillor Bhatt, with the consent of the Council, withdrew his motion on notice ...": the item
# the meeting had before it is withdrawn at the meeting (not "had withdrawn" beforehand)
WITHDREW = re.compile(r"(?<!\bhad )\bwithdrew\s+(?:his|her|their|its|the)\s+(?:(?:Notice\s+of\s+)?motion|amendment|petition|question"
                      r"|application|item|report|proposal)\b", re.I)
BODY_WORD = re.compile(rf"\b{_BODY}\b")
# NHS minutes: "The Board:" on its own line, then "• RECEIVED the report; • NOTED ...; • APPROVED ..."
BODY_COLON = re.compile(rf"^The\s+(?:[A-Z][\w-]*\s+){{0,3}}{_BODY}\s*:\s*$")
# Minutes: "The Board noted ...", "members noted ...", "... Partnerships received and noted ..."
BODY_VERB = re.compile(
    rf"\b{_BODY}\s+(?:(?:then|also|further|formally|unanimously|duly|therefore)\s+|[a-z]+ed,?\s+and\s+|[A-Z]+ED,?\s+and\s+"
    # "The Board was ASSURED by the improvement ..., and NOTED ...": a state in capitals, then the verb
    r"|(?:was|were)\s+[A-Z]{4,}ED\s+[^.;]{0,200}?,?\s+and\s+)*"
    r"(?P<verb>(?i:noted(?!\s+with\s+(?:concern|interest|regret|disappointment)\s+that\b)"  # what they observed
    # ("Members agreed with the officer's assessment of the terrace" is a view shared, not a decision)
    r"|agreed(?!\s+with\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:assessment|view|views|analysis|comments|points?)\b)"
    # ("The Council of Governors ELECTED Colin Ashworth as Lead Governor": an election the meeting held)
    # ("Members supported the project but were concerned that ...": a view with a reservation, said in debate)
    r"|approved|endorsed|ratified|resolved|supported(?![^.;]{0,80}?\bbut\s+(?:was|were|felt|expressed|raised|questioned)\b)"
    r"|accepted|adopted|decided|appointed|deferred|elected(?=\s+[A-Z])|"
    r"gave\s+delegated\s+authority|delegated\s+authority|raised\s+no\s+objections?|objected"
    # "The Panel made the following recommendations to the Police and Crime Commissioner:"
    r"|made\s+the\s+following\s+recommendations?|determined\s+to"
    # a call-in's outcome: "the Committee referred the decision back to the Cabinet with the following comments"
    r"|referred\s+(?:the\s+|its\s+)?(?:decision|matter)\s+back\b"
    # a planning committee's determination told with its vote: "voted by 9 votes to 2 to APPROVE", "voted
    # unanimously to refuse" (a count before "to support the precept" is a motion's vote, read with the motion)
    r"|voted\s+to|voted\s+(?:unanimously\s+|by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}\s+)to(?=\s+(?i:approve|refuse|grant|defer)\b)"
    r"|did\s+not\s+(?:agree|approve|support|refer\s+(?:the\s+)?decision\s+back)"
    r"|requested\s+that|found\s+that|confirmed\s+its\s+(?:earlier\s+|original\s+|previous\s+)?decision|recommends(?=\s+(?:that|to)\b)|(?:also\s+)?asked(?=\s+the\s+[A-Z]))|RECEIVED|RECOMMENDS"
    # a joint committee's own recommendation in capitals: "The Joint Committee RECOMMENDED the Strategy to ..."
    r"|RECOMMENDED(?=\s+(?:to|that|the)\b))\b"
)
# Minutes, passive: "The minutes ... were agreed as an accurate record", "It was agreed that ..."
PASSIVE = re.compile(
    r"\b(?:was|were|be|been)\s+(?:(?:formally|unanimously|duly|then|also|subsequently)\s+|[a-z]+ed,?\s+(?:and\s+)?){0,3}"
    r"(?:agreed|approved|ratified|endorsed|resolved|adopted|accepted|deferred|withdrawn|decided)\b"
    # (a pension scheme's "deferred members": "Councillors A and B declared that they were deferred or active
    # members of the Local Government Pension Scheme" is an interest declared, nothing put off)
    r"(?<!deferred(?=\s+(?:or\s+[a-z]+\s+)?(?:members?|pensioners?|benefits?)\b))"
    r"|\b(?:was|were)\s+given\s+approval\b|\b[Aa]pproval\s+was\s+(?:given|granted)\b"
    # authority given at the meeting: "The CEO was authorised to agree and sign a new lease ..." (a delegation)
    r"|\b(?:was|were)\s+(?:(?:formally|duly|also|further)\s+)?authori[sz]ed\s+to\s+[a-z]"
    # "The minutes ... were confirmed as a correct record" ("It was confirmed that ..." is narrative)
    r"|\b(?:was|were)\s+confirmed\s+as\s+(?:a\s+|an\s+)?(?:correct|accurate|true)\b"
    # "The bank reconciliation to 30 November 2024 was noted": a paper formally noted ("It was noted
    # that", "the following points were noted" are what was said, not decisions)
    r"|\b(?:report|reconciliation|update|accounts|statement|register|briefing|summary)\b[^.\n]{0,60}?"
    r"\b(?:was|were)\s+noted\b(?!\s+(?:that|in|as|for|with)\b)"
    # a verb in capitals is the minutes' formal record: "The risk register was NOTED", "... were APPROVED"
    r"|\b(?:was|were)\s+(?:NOTED|RECEIVED|APPROVED|AGREED|ENDORSED|RATIFIED|ADOPTED|ACCEPTED|DEFERRED|WITHDRAWN"
    # a planning committee's determination in capitals: "The application was REFUSED for the following reasons"
    r"|REFUSED|GRANTED)\b"
)
_CAPS_NOTED = re.compile(r"\b(?:was|were)\s+(?:NOTED|RECEIVED)\b")
_NOT_PASSIVE_BEFORE = re.compile(r"\b(?:will|would|to|could|should|may|might|can|had|has|have|being|not|never)\s*$", re.I)
_BY_BODY = re.compile(rf"\s+by\s+(?:all\s+)?(?:the\s+)?{_BODY}\b")
# Minutes: "The Senior Responsible Officers were asked to ...", "It was requested that ..."
# who is given work by role: "Clerk", "Scrutiny Officer", "Head of Service", "RFO"
_ROLE = r"(?:Clerk|RFO|Officer|Manager|Director|Head|Secretary|Treasurer|Lead|Team|Adviser|Advisor|Co-?ordinator)"
ACTION = re.compile(
    # ("Members were asked to declare any interests" is the meeting's routine, not work given)
    r"\b(?:was|were)\s+(?:asked|requested|tasked|instructed)\s+to\b(?!\s+declare\b)|\bIt was requested that\b"
    # ("ACTION LOG" heads a table of actions, read row by row by ``actionlog``)
    r"|^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:ACTIONS?\b(?!\s+LOG\b)\s*[:\-–]?|Actions?\s*:)|\(\s*Action\s*:"
    # "The Head of Housing to provide a written briefing ... by 30 April 2025": a line that assigns work
    # ("The Joint Committee AGREED to invite ...": the body's own verb in capitals is no part of who acts)
    r"|(?:^\s*(?:\(?[a-z\d]{1,2}[.)]\s*)?(?:The\s+(?:(?!(?:AGREED|DECIDED|RESOLVED)\b)[A-Z][\w&-]*\s+(?:(?:of|for|and)\s+)?){1,5}"
    # ... or a person by name: "Mr Harker to obtain quotes ..."
    r"|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+\s+)"
    # ... or an officer by role, with no article, at any sentence's start: "... Members discussed speeding
    # on Mill Lane. Clerk to write to the County Council's Highways team ..."
    rf"|(?:^\s*|(?<=\.\s))(?:[A-Z][\w&-]*\s+){{0,3}}{_ROLE}\s+)to\s+"
    r"(?:provide|circulate|report|bring|arrange|write|submit|share|update|confirm|review|prepare|present|send|"
    r"liaise|investigate|produce|develop|contact|seek|follow|give|obtain|draft|organi[sz]e|invite|ensure|"
    r"check|publish|issue|notify|inform|advise|forward|book|schedule|chase|explore|obtain|clarify|monitor)\b",
    re.M,
)
# "It was moved by the Leader, seconded by ... and agreed unanimously that the Council place on record ...":
# proposed and decided in one sentence, no vote taken
MOVED_AGREED = re.compile(r"\bIt\s+was\s+(?:then\s+)?(?:moved|proposed)\s+by\b[^.]{0,200}?\band\s+(?:was\s+)?"
                          r"(?:unanimously\s+)?agreed(?:\s+unanimously)?\s+that\b")
# "The Chairman agreed to write to ...": an officer or member undertaking to act
ACTS = re.compile(
    r"\b(?:The\s+)?(?:Chair|Chairman|Chairwoman|Vice-Chair(?:man)?|Leader|Cabinet Member(?: for [A-Z][\w&, ]{0,50}?)?"
    r"|(?:Corporate\s+)?Director(?: of [A-Z][\w&, ]{0,50}?)?|Clerk|Chief Executive)\s+"
    r"(?:agreed|undertook|offered|promised|AGREED)\s+to\s+(?!the\s+(?:motion|amendment|recommendation|proposal))"
)
_MONTH = rf"(?:{FULL_MONTH_PATTERN})"
DEADLINE = re.compile(
    rf"\b(?:by|before|at|to|for|in|no later than)\s+(?P<d>(?:the\s+)?(?:next|following|future)\s+(?:\w+\s+)?meeting"
    rf"|(?:the\s+)?end\s+of\s+(?:{_MONTH}|the\s+\w+)(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}(?:\s+\d{{4}})?|Q[1-4](?:\s+\d{{4}}(?:/\d{{2}})?)?)\b"
)
OWNER_ACTION = re.compile(r"\b(?:Action|ACTION)\s*[:\-–]\s*(?P<o>[A-Z][^.;\n)]{2,80})")
_NOTING = re.compile(r"^(?:to\s+)?(?:note|noted|recognise|recognize|acknowledge|receive|received)\b", re.I)
_APPROVING = re.compile(r"^(?:to\s+)?(?:approve|approved|ratify|ratified|endorse|endorsed|adopt)\b", re.I)
_APPROVAL_ANY = re.compile(
    r"\b(?:approve|approved|ratif\w+|endorse|endorsed|adopt|adopted|accepted)\b"
    r"|\b(?:accurate|correct|true) (?:record|account)\b|\bapproval\s+was\s+(?:given|granted)\b", re.I
)
_NOTED_ANY = re.compile(r"\b(?:noted|note)\b", re.I)


def minutes_kind(text: str) -> str:
    t = squash(text)
    if ACTION.search(t):
        return "action"
    if _NOTING.match(t) or _CAPS_NOTED.search(t):
        return "noting"
    if _APPROVING.match(t) or _APPROVAL_ANY.search(t):
        return "approval"
    verb = BODY_VERB.search(t)
    if verb:
        return "noting" if verb.group("verb").lower() in ("noted", "received") else "decision"
    if _NOTED_ANY.search(t) and not PASSIVE.search(t):
        return "noting"
    return "decision"


# "ACTIONS: Travel time analysis to be circulated to members – RB – 31 October 2025.": owner and date
# after the action, each set off by a dash
_DASHED_TAIL = re.compile(rf"\s[–—-]\s+(?P<o>[A-Z]{{2,4}}(?:\s*[/,&]\s*[A-Z]{{2,4}})*)\s+[–—-]\s+"
                          rf"(?P<d>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}})\s*\.?\s*$")


def action_owner(sentence: str) -> str:
    m = _DASHED_TAIL.search(sentence)
    if m:
        return m.group("o")
    m = OWNER_ACTION.search(sentence)
    if m:
        # "Action: LB to circulate ...": the owner is who the work is given to, not the work
        who = re.match(r"(.{2,60}?)\s+to\s+[a-z]", m.group("o"))
        return (who.group(1) if who else m.group("o")).strip(" -–")
    m = ACTS.search(sentence)
    if m:
        return squash(re.sub(r"\s+(?:agreed|undertook|offered|promised|AGREED)\s+to\s*$", "", m.group(0)))
    m = re.search(r"\b(?:was|were)\s+(?:asked|requested|tasked|instructed)\s+to\b", sentence)
    if m and not sentence.lower().startswith("it was"):
        owner = sentence[: m.start()].strip(" ,")
        return owner[:120]
    m = re.match(rf"(?:The\s+)?((?:[A-Z][\w&-]*\s+){{0,3}}{_ROLE})\s+to\s+[a-z]", sentence)  # "Clerk to write ..."
    return m.group(1) if m else ""


def find_deadline(text: str) -> str:
    m = _DASHED_TAIL.search(text) or DEADLINE.search(text)
    return squash(m.group("d")) if m else ""
