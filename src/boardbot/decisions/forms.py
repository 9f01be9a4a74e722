"""Decision forms in UK council and NHS minutes: what a record is, its outcome and its votes.

``classify`` reads the operative verb of a resolution ("RESOLVED that Council notes ...",
"Delegates authority to ...", "Agree to submit ...") and gives the form (the labels'
vocabulary: resolution, approval, agreement, noted, endorsement, recommendation, motion,
amendment, deferral, withdrawal, call_in, referral, delegation, action) and an outcome.
``kind_v1`` maps a form onto the register's first five kinds, which the app, the API
filters and ``evals/decisions.jsonl`` use.

``read_votes`` reads a printed vote table ("For (52) ... Against (0) ... Abstain (11)").
A count that cannot be read is left out and logged: a vote count is never invented.
"""

from __future__ import annotations

import logging
import re

from ..text.sentences import squash
from .layout import ITEM_VERB
from .vocabulary import WITHDREW

log = logging.getLogger(__name__)

FORMS = ("resolution", "approval", "agreement", "noted", "endorsement", "recommendation", "motion",
         "amendment", "deferral", "withdrawal", "call_in", "referral", "delegation", "action")
_V1 = {"noted": "noting", "approval": "approval", "recommendation": "recommendation", "action": "action"}


def kind_v1(form: str) -> str:
    """The register's first vocabulary: noting, approval, recommendation, action, else decision."""
    return _V1.get(form, "noting" if form == "noting" else "decision")


# "RESOLVED that the County Council:", "that Cabinet agree to", "Members", "This Council"
_PREFIX = re.compile(
    r"^(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed)?\s*[:\-–]?\s*(?:[Tt]hat\s*[:\-–]?\s*)?"
    r"(?:(?:the\s+)?(?:County\s+Council|Council|Cabinet|Committee|Panel|Board|Members|This\s+Council|"
    r"Leader\s+and\s+Cabinet|Sub-Committee|Group|it)\s+)?(?:resolves\s*:?\s*|also\s+|therefore\s+)?",
)
# "It was proposed by Cllr A, seconded by Cllr B and unanimously RESOLVED to approve ...": what was resolved
_MOVED = re.compile(r"^It\s+was\s+(?:(?:then\s+)?(?:proposed|moved)\b[^.]*?\b)?(?:unanimously\s+)?"
                    r"(?:RESOLVED|[Rr]esolved|AGREED)\b\s*[:\-–]?\s*(?:that\s+)?"
                    # "Members RESOLVED, by 12 votes to 3 with 1 abstention, to approve ..."
                    r"|^(?:The\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:unanimously\s+)?RESOLVED\b(?:\s*,[^,]{0,80},)?\s*(?:that\s+)?")
# "AGREED to ask the Head of Democratic Services to report ...": work given to an officer is an action
# (asking Cabinet or a Minister to act is a resolution)
_ASKS_OFFICER = re.compile(
    r"^(?:The\s+(?:[A-Z][\w-]*\s+){1,3}(?:also\s+)?)?(?:(?i:to)\s+)?(?:(?i:agree[sd]?)\s+to\s+)?"
    r"(?i:ask|asks|asked|instruct|instructs|instructed|request|requests|requested)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&-]*\s+(?:(?:of|for|and)\s+)?){0,4}?"
    # ... or a Cabinet Member: "The Committee asked the Cabinet Member for Communities to report to it on ..."
    r"(?:Clerk|Director|Head|Officer|Manager|Chief\s+Executive|Secretary|Treasurer|Lead|Cabinet\s+Member"
    r"|Portfolio\s+Holder)\b[^.]{0,80}?\bto\s+[a-z]"
    # ... or resolved in the subjunctive: "(ii) the Head of Planning report on the assessment ... by 30 June 2026"
    r"|^(?:[Tt]hat\s+)?[Tt]he\s+(?:[A-Z][\w&-]*\s+(?:(?:of|for|and)\s+)?){0,4}?"
    r"(?:Clerk|Director|Head|Officer|Manager|Chief\s+Executive|Secretary|Treasurer|Lead)(?:\s+(?:of|for)\s+[A-Z][\w&-]*)*"
    r"\s+(?:report|provide|bring|submit|prepare|circulate|write|review|arrange)\s+(?:on|to|a|an|the|back)\b")
_RECOMMENDS = re.compile(r"\bRECOMMENDS?\b|\b(?:recommends|further\s+recommends)\s+to\b"
                         r"|\bmade\s+the\s+following\s+recommendations?\b"
                         # "RESOLVED that the final report be approved and that the following recommendations be
                         # made to the Cabinet: ... 3. That the Cabinet ask the Director ...": the Cabinet is asked
                         r"|\bfollowing\s+recommendations?\s+(?:be\s+)?(?:made|submitted|sent|put)\s+to\b")
_LEAD_VERB = re.compile(r"\b(RATIFIED|APPROVED|NOTED|ENDORSED|ratified|approved)\b(?![^:]*\bthat\b)[^:]*:\s*$")
_LEAD_FORMS = {"ratified": ("approval", "ratified"), "approved": ("approval", "approved"), "noted": ("noted", "noted"),
               "endorsed": ("endorsement", "endorsed")}
_VERB_FORMS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^(?:to\s+)?(?:award|awards|awarded|appoint|appoints|appointed)\b", re.I), "approval", "approved"),
    # accepting a supplier's quotation or tender commits the spend: an approval, as awarding a contract is
    (re.compile(r"^(?:to\s+)?accept(?:s|ed)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:quotation|quote|tender|bid)s?\b", re.I),
     "approval", "approved"),
    (re.compile(r"^(?:to\s+)?recommended\s+to\b", re.I), "recommendation", "recommended"),
    # a budget resolution's "determines that the basic amount of council tax is not excessive": what it decides,
    # whatever the part goes on to cite ("in accordance with the principles approved under section 52ZB")
    (re.compile(r"^(?:to\s+)?(?:determine|determines)\s+that\b", re.I), "resolution", "agreed"),
    # "To authorise the Director of Environment to award the contract ...": authority given to an officer
    (re.compile(r"^(?:to\s+)?(?:authori[sz]e|authori[sz]es)\s+the\b", re.I), "delegation", "agreed"),
    # "RECEIVED the report": taken receipt of, a noting of its own; "RECEIVED and NOTED" takes its first verb
    (re.compile(r"^(?:to\s+)?(?:receive|receives|received)\b", re.I), "noted", "received"),
    (re.compile(r"^(?:to\s+)?(?:note|notes|noted|receive|receives|received|recognise|recognize|acknowledge)\b", re.I),
     "noted", "noted"),
    (re.compile(r"^(?:to\s+)?(?:agree[sd]?\s+to\s+)?delegat\w*\b", re.I), "delegation", "agreed"),
    # "authority be delegated to the Director ... to approve ...", "if ... by 31 May, authority be delegated to ...
    # to REFUSE", "The Committee agreed to delegate authority to the Chair ...": the verb after is the officer's
    (re.compile(r"^(?:if\b[^,]{0,120},\s*)?(?:that\s+)?(?:authority|power)\s+(?:be|is|was|to\s+be)\s+delegated\b"
                r"|^(?:The\s+(?:[A-Z][\w-]*\s+){1,3})?(?:agreed|resolved|decided)\s+to\s+delegate\b", re.I),
     "delegation", "agreed"),
    (re.compile(r"^(?:to\s+)?(?:agree[sd]?\s+to\s+)?(?:refer|refers|referred)\b", re.I), "referral", "referred"),
    (re.compile(r"^(?:to\s+)?(?:agree[sd]?\s+to\s+)?(?:defer|defers|deferred)\b", re.I), "deferral", "deferred"),
    (re.compile(r"^(?:to\s+)?(?:withdraw\w*)\b", re.I), "withdrawal", "withdrawn"),
    (re.compile(r"^(?:to\s+)?(?:recommend|recommends)\b", re.I), "recommendation", "recommended"),
    # "(a) the Committee endorse the proposed decision to be taken by the Cabinet Member": advice to its maker
    (re.compile(r"^(?:to\s+)?(?:endorse|endorses|endorsed|support|supports)\s+the\s+proposed\s+decision\s+to\s+be\s+taken\b",
                re.I),
     "recommendation", "recommended"),
    (re.compile(r"^(?:to\s+)?(?:continue\s+to\s+)?(?:endorse|endorses|endorsed|support|supports)\b", re.I), "endorsement", "endorsed"),
    (re.compile(r"^(?:to\s+)?ratif\w+\b", re.I), "approval", "ratified"),
    (re.compile(r"^(?:to\s+)?(?:approve|approves|approved|adopt|adopts|adopted)\b", re.I),
     "approval", "approved"),
    # a planning or licensing committee's "Outcome: Granted with conditions" / "Permitted"
    (re.compile(r"^(?:granted|permitted)\b", re.I), "approval", "approved"),
    # ("agreed unanimously to renew ..." as "agreed to")
    (re.compile(r"^(?:to\s+)?(?:agree|agrees|agreed)\s+(?:unanimously\s+)?(?:to|that)\b", re.I), "resolution", "agreed"),
    (re.compile(r"^(?:to\s+)?(?:agree|agrees|agreed)\b", re.I), "approval", "agreed"),
)
# a short phrase before the body's verb: "Under its delegated powers, the Committee ...", "After discussion, ..."
_OPENING = r"^(?:[A-Z][^,.]{0,60},\s*)?"
_ANYWHERE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # ("The Council of Governors RECEIVED the Annual Report ...")
    (re.compile(r"^The\s+(?:[A-Z][\w-]*\s+|of\s+|and\s+){1,4}RECEIVED\b"), "noted", "received"),
    # a Cabinet Committee advising a Cabinet Member: "the Committee endorse the proposed decision to be taken by
    # the Cabinet Member ...", "the proposed decision ... be endorsed": advice to the decision maker
    # (a Council's "Endorses the proposed decision by the Leader" stays its endorsement)
    (re.compile(r"\b(?:endorse[sd]?|support(?:s|ed)?)\s+the\s+proposed\s+decision\s+to\s+be\s+taken\b"
                r"|\bproposed\s+decision\s+to\s+be\s+taken\b[^.;]{0,250}?\bbe\s+(?:endorsed|supported)\b", re.I),
     "recommendation", "recommended"),
    # "The CEO was authorised to agree and sign a new lease ...": authority given to whom it names
    (re.compile(r"^(?:The\s+)?(?:[A-Z][\w-]*\s+(?:(?:of|for|and)\s+)?){1,5}(?:was|were)\s+(?:(?:formally|duly|also|further)\s+)?"
                r"authori[sz]ed\s+to\s+[a-z]"), "delegation", "agreed"),
    # a body's verb in capitals as NHS boards and joint committees print it: "The Joint Committee DEFERRED ..."
    (re.compile(rf"{_OPENING}The\s+(?:[A-Z][\w-]*\s+){{1,3}}DEFERRED\b"), "deferral", "deferred"),
    (re.compile(rf"{_OPENING}The\s+(?:[A-Z][\w-]*\s+){{1,3}}ENDORSED\b"), "endorsement", "endorsed"),
    (re.compile(rf"{_OPENING}The\s+(?:[A-Z][\w-]*\s+){{1,3}}RECOMMENDED\b"), "recommendation", "recommended"),
    (re.compile(rf"{_OPENING}The\s+(?:[A-Z][\w-]*\s+){{1,3}}AGREED\s+(?:to|that)\b"
                r"(?!\s+(?:defer|refer|recommend|delegate|approve|endorse|note)\b)"), "agreement", "agreed"),
    (re.compile(r"\b(?:was|were|be|been)\s+deferred\b(?!\s+(?:or\s+[a-z]+\s+)?(?:members?|pensioners?|benefits?)\b)", re.I),
     "deferral", "deferred"),
    (re.compile(r"\b(?:was|were|be|been)\s+withdrawn\b", re.I), "withdrawal", "withdrawn"),
    (WITHDREW, "withdrawal", "withdrawn"),
    # "The Combined Authority deferred consideration ...", "... appointed Ms Oyelowo as Monitoring Officer"
    (re.compile(r"^The\s+(?:[A-Z][\w-]*\s+){1,3}deferred\b"), "deferral", "deferred"),
    # ... also after an opening phrase: "Under its delegated powers, the Committee appointed ..."
    (re.compile(rf"{_OPENING}[Tt]he\s+(?:[A-Z][\w-]*\s+){{1,3}}(?:re-?)?appointed\b"), "approval", "approved"),
    # "The Board approved the winter plan and gave delegated authority to ...": the approval leads
    (re.compile(rf"{_OPENING}[Tt]he\s+(?:[A-Z][\w-]*\s+){{1,3}}approved\b"), "approval", "approved"),
    # a committee's own recommendation, told in the present: "The Committee recommends that Mrs A ..."
    (re.compile(rf"{_OPENING}[Tt]he\s+(?:[A-Z][\w-]*\s+){{1,3}}recommends\s+that\b"), "recommendation", "recommended"),
    # "Approval was given for ...", "RESOLVED that the minutes of the meeting held on 17 July be confirmed"
    (re.compile(r"^[Aa]pproval\s+was\s+(?:given|granted)\b"), "approval", "approved"),
    (re.compile(r"\bminutes\b[^.]{0,80}?\b(?:be|was|were)\s+(?:confirmed|approved|agreed)\b"
                r"|\bminutes\b[^.]{0,80}?\b(?:are|were|be)\s+correctly\s+recorded\b", re.I), "approval", "approved"),
    # a call-in's outcome is what the committee did with the decision, not that it agreed something
    # "The Committee resolved not to refer (did not refer) the decision back to the Cabinet": the decision stands
    (re.compile(r"\b(?:(?:resolved|agreed|decided)\s+not\s+to|did\s+not)\s+refer\b[^.]{0,60}?\bback\b", re.I),
     "call_in", "no further action"),
    (re.compile(r"\breferred\s+(?:the\s+|its\s+)?decision\s+back\s+to\b", re.I), "call_in", "referred back"),
    (re.compile(r"\b(?:call(?:ed)?[ -]in\b|require reconsideration)[^.]*\bno\s+further\s+action\b"
                r"|\bno\s+further\s+action\b[^.]*\bcall(?:ed)?[ -]in\b", re.I), "call_in", "no further action"),
    (re.compile(r"\b(?:call(?:ed)?[ -]in\b|require reconsideration)[^.]*\brefer\w*\b[^.]*\bback\b", re.I),
     "call_in", "referred back"),
    (re.compile(r"\bcalled[ -]in\b|\bcall-in\b|require reconsideration", re.I), "call_in", "agreed"),
    (re.compile(r"\bbe\s+recommended\s+to\b", re.I), "recommendation", "recommended"),
    # "(3) the following recommendations be made to the Trust and the ICB: (a) ..."
    # (only as the part's own opening: "that the final report be approved and that the following ..." approves)
    (re.compile(r"^(?:that\s+)?the\s+following\s+recommendations?\s+(?:be\s+)?(?:made|submitted|sent|put)\s+to\b", re.I),
     "recommendation", "recommended"),
    # "The Committee AGREED to defer ...", "The Group agreed to recommend to the S151 Officer ..."
    (re.compile(r"\b(?:agreed|resolved)(?:,[^,.]{1,40},)?\s+to\s+(?:defer|continue\s+consideration|adjourn)\b", re.I),
     "deferral", "deferred"),
    (re.compile(r"\b(?:agreed|resolved)\s+to\s+refer\b", re.I), "referral", "referred"),
    # "The Forum did not agree the proposed transfer ...": sought and refused
    (re.compile(r"\bdid\s+not\s+(?:agree|approve|support)\b", re.I), "agreement", "lost"),
    (re.compile(r"\bvoted\s+(?:unanimously\s+|by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}\s+)?to\s+(?:approve|agree|adopt|grant)\b",
                re.I), "approval", "approved"),
    # "That Tree Preservation Order TPO/2025/04 be confirmed": an order or scheme made final
    (re.compile(r"\bbe\s+confirmed\b(?!\s+(?:that|as|by)\b)", re.I), "approval", "approved"),
    # "That planning permission be GRANTED", "determined to grant the premises licence", "be elected Chair"
    (re.compile(r"\bbe\s+(?:GRANTED|granted)\b|\bdetermined\s+to\s+grant\b|\bauthori[sz]ed\s+to\s+GRANT\b"
                r"|\bbe\s+(?:duly\s+)?elected\b"), "approval", "approved"),
    (re.compile(r"^The\s+(?:[A-Z][\w-]*\s+){1,3}requested\s+that\b"), "action", ""),
    (re.compile(r"\b(?:agreed|resolved)\s+to\s+recommend\b", re.I), "recommendation", "recommended"),
    # ("agreed to appoint" stays agreed: the labelled sets read it both ways)
    (re.compile(r"\b(?:agreed|resolved)\s+to\s+award\b|\bresolved\s+to\s+appoint\b", re.I), "approval", "approved"),
    # "... confirmed its decision to award the contract" on reconsidering it
    (re.compile(r"\bconfirmed\s+its\s+(?:earlier\s+|original\s+|previous\s+)?decision\b", re.I), "approval", "approved"),
    # "RESOLVED that the Cabinet Member be informed that the Committee was unable to reach a view ..., and that the
    # comments made be reported to her": what it decided is to tell the decision maker its position
    (re.compile(r"^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}be\s+(?:informed|advised|notified)\s+that\b"),
     "agreement", "agreed"),
    # "that the comments of the Panel ... be passed to the Cabinet Member": views sent to another decision maker
    # (the comments are what is sent: "That the Panel's report, containing the comments made ..., be sent to the
    # Commissioner" is the Panel agreeing its own report)
    (re.compile(r"(?:^|\bthat\s+)(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:comments|views|concerns?)\b[^.]{0,120}?"
                r"\bbe\s+(?:passed|forwarded|sent|submitted|reported)\s+to\b", re.I), "referral", "referred"),
    # "That grants totalling £1.14m be awarded to ...", "That £4.6m be added to the capital programme"
    # ... and a grant made at the meeting: "The Scout Group was awarded £2,750 towards the roof"
    (re.compile(r"\b(?:was|were|be)\s+awarded\s+(?:a\s+grant\s+of\s+)?£\s?\d|\bbe\s+awarded\s+to\b|\bbe\s+(?:added|allocated)\s+to\s+the\s+(?:[\w-]+\s+){0,2}?"
                r"(?:capital\s+programme|budget)\b", re.I), "approval", "approved"),
    (re.compile(r"\b(?:RECOMMENDS|recommends\s+to)\b"), "recommendation", "recommended"),
    (re.compile(r"\b(?:minutes|note)\s+of\s+the\s+(?:last|previous)\s+meeting\b[^.]{0,80}?\b(?:was|were)\s+"
                r"(?:agreed|approved|confirmed)\b", re.I), "approval", "approved"),
    (re.compile(r"\b(?:RATIFIED|ratified)\b"), "approval", "ratified"),
    (re.compile(r"\bbe\s+referred\b", re.I), "referral", "referred"),
    # "RESOLVED unanimously to co-opt Mr P Hollis as a member of the Council": a co-option is an appointment
    (re.compile(r"\bresolved\s+(?:unanimously\s+)?to\s+co-?opt\b", re.I), "approval", "approved"),
    # "That Mr X and Ms Y be appointed as Independent Persons": an appointment is approved
    # ... as is an employer admitted to a pension fund: "That X Ltd be admitted to the Fund as an admission body"
    (re.compile(r"\bbe\s+(?:re-?)?appointed\b|\bbe\s+admitted\s+(?:to|into)\s+the\b", re.I), "approval", "approved"),
    # (grants "awarded under delegated authority since the last meeting" were decided before: what the
    # meeting does with them is its own verb)
    (re.compile(r"(?<!\bunder\s)\bdelegated\s+authority\b", re.I), "delegation", "agreed"),
    (re.compile(r"\b(?:correct|accurate|true)\s+record\b", re.I), "approval", "approved"),
    # Northern Ireland: "That the minutes of the Council meeting ... be taken as read and signed as correct"
    (re.compile(r"\bminutes\b[^.]{0,160}?\btaken\s+as\s+read\b", re.I), "approval", "approved"),
    # "that the district rate for 2026/27 be struck at ...p in the pound", "That the precept be set at £..."
    (re.compile(r"\b(?:district\s+rates?|rates?|precept|council\s+tax)\b[^.;]{0,80}?\bbe\s+(?:struck|set|fixed)\s+at\b",
                re.I), "approval", "approved"),
    (re.compile(r"\bbe\s+noted\b|\b(?:was|were)\s+noted\b(?!\s+that\b)", re.I), "noted", "noted"),
)
_FROM_V1 = {"noting": ("noted", "noted"), "approval": ("approval", "approved"), "action": ("action", ""),
            "recommendation": ("recommendation", "recommended")}
_BODY_VERB_FORM = {"agreed": ("agreement", "agreed"), "endorsed": ("endorsement", "endorsed"),
                   "supported": ("endorsement", "endorsed"), "adopted": ("approval", "adopted")}


_ADOPTS_RECS = re.compile(r"\b(?:approves?|adopts?|agrees?|accepts?|endorses?|approved|adopted|agreed|accepted|endorsed)"
                          r"\s+the\s+following\s+recommendations?\b", re.I)


def classify(text: str, lead_in: str = "", v1: str = "") -> tuple[str, str]:
    """(form, outcome) of one resolution, or of one part of it (``lead_in`` is what it hangs from).

    ``v1`` is the first extractor's kind for the same text: it decides sentences that do not
    open with an operative verb ("The Board noted ...", "... were agreed as a correct record").
    """
    t = squash(text)
    body = _PREFIX.sub("", _MOVED.sub("", t, count=1), count=1).strip()
    if lead_in and _RECOMMENDS.search(lead_in):
        # "(c) ..." under "The Committee RECOMMENDS to County Council that:", even one asking an officer to act:
        # the body recommended to decides whether to ask
        return "recommendation", "recommended"
    if _ASKS_OFFICER.match(body):
        return "action", ""
    for pat, form, outcome in _VERB_FORMS:
        if pat.match(body):
            return form, outcome
    for pat, form, outcome in _ANYWHERE:
        if pat.search(t):
            return form, outcome
    # a listed item with no verb of its own takes its lead-in's: "The Committee RATIFIED the decisions: • ..."
    lead = _LEAD_VERB.search(lead_in) if lead_in else None
    if lead and not ITEM_VERB.match(body):
        return _LEAD_FORMS[lead.group(1).lower()]
    if v1 == "approval" and re.search(r"\bendorse[sd]?\b", t) and not re.search(r"\b(?:approv|adopt)", t, re.I):
        return "endorsement", "endorsed"
    if v1 in _FROM_V1:
        return _FROM_V1[v1]
    # ... in capitals as NHS boards print them: "The Board SUPPORTED the recommendation of ..."
    verb = re.search(r"\b(agreed|endorsed|supported|adopted|AGREED|ENDORSED|SUPPORTED|ADOPTED)\b", t)
    if verb and verb.group(1).lower() in _BODY_VERB_FORM:
        return _BODY_VERB_FORM[verb.group(1).lower()]
    # ... but "That the Council approves the following recommendations of the ... Committee:" adopts them: each
    # part is the Council's own resolution
    if lead_in and re.search(r"\brecommend", lead_in, re.I) and not _ADOPTS_RECS.search(lead_in):
        return "recommendation", "recommended"
    return "resolution", "agreed"


# --- votes ---------------------------------------------------------------------
_VOTE_LINE = re.compile(r"^\s*(?P<side>For|Against|Abst(?:ain(?:ed|ing)?|entions?))\s*[:\-–]?\s*\(?(?P<n>[^)\n]{0,8})\)?\s*$",
                        re.M | re.I)
_SIDE = {"for": "for", "against": "against"}
# "For (14): Councillors Ashworth, Bellamy, ..." - the count in brackets, the names after it
_VOTE_NAMED = re.compile(r"^\s*(?P<side>For|Against|Abst(?:ain(?:ed|ing)?|entions?))\s*\((?P<n>\d{1,4})\)\s*:", re.M | re.I)
# "... and was CARRIED (For: 28, Against: 12, Abstentions: 3)"
_VOTE_INLINE = re.compile(r"\bFor\s*[:\-–]?\s*(?P<f>\d{1,4})\s*[,;]\s*Against\s*[:\-–]?\s*(?P<a>\d{1,4})"
                          r"(?:\s*[,;]\s*(?:and\s+)?Abst(?:ain|ention)\w*\s*[:\-–]?\s*(?P<x>\d{1,4}))?", re.I)

# a recorded vote by name, its count after the names: "For: Cllrs Jarvis, Kemp, Marsh (3)", on a line of its
# own or run on in a sentence ("...; Against: Cllrs Jarvis, Kemp (2); Abstain: Cllr Nuttall (1).")
_VOTE_NAMES_COUNT = re.compile(r"\b(?P<side>For|Against|Abst(?:ain(?:ed|ing)?|entions?))\s*:\s*"
                               r"(?P<who>(?:Cllrs?|Councillors?)\s[^():;]{1,400}?)\s*\((?P<n>\d{1,3})\)", re.I)

# "Members voted 7 in favour, 3 against (1 abstention)"
_VOTE_FAVOUR = re.compile(r"\b(?P<f>\d{1,4})\s+in\s+favour\s*,?\s*(?:and\s+)?(?P<a>\d{1,4})\s+against"
                          r"(?:\s*[,(]?\s*(?:and\s+)?(?P<x>\d{1,4})\s+abstentions?)?", re.I)
# "... the motion was not carried (4 for, 6 against, 1 abstention)"
_VOTE_COUNTS_FIRST = re.compile(r"\((?P<f>\d{1,4})\s+for,\s*(?P<a>\d{1,4})\s+against"
                                r"(?:,?\s*(?:and\s+)?(?P<x>\d{1,4})\s+abstentions?)?\)", re.I)


def read_votes(block: str, where: str = "") -> tuple[dict[str, int] | None, dict[str, list[str]]]:
    """Counts and names of a printed vote table; a side whose count cannot be read is left out."""
    votes: dict[str, int] = {}
    names: dict[str, list[str]] = {}
    found = list(_VOTE_LINE.finditer(block))
    for i, m in enumerate(found):
        side = _SIDE.get(m.group("side").lower(), "abstain")
        raw = m.group("n").strip()
        if not raw.isdigit():
            log.warning("%s: vote table: the %r count cannot be read (%r); left out", where or "minutes", side, raw)
            continue
        votes[side] = int(raw)
        end = found[i + 1].start() if i + 1 < len(found) else len(block)
        listed = block[m.end():end]
        stop = re.search(r"^\s*(?:(?:Substantive\s+)?(?:Motion|Amendment)\b|Agreed|Carried|Lost|\d{1,2}[.)])", listed,
                         re.M | re.I)
        listed = listed[: stop.start()] if stop else listed
        # names run four to a line with no commas in some tables: a title starts the next name
        who = [squash(n) for n in re.split(r",\s*|\s+and\s+|\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor)\s)",
                                            squash(listed)) if n.strip()]
        who = [n for n in who if re.match(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor|Canon|Lord|Lady)\b", n)]
        if who:
            names[side] = who
    if not found:
        votes = {_SIDE.get(m.group("side").lower(), "abstain"): int(m.group("n")) for m in _VOTE_NAMED.finditer(block)}
        named = [] if votes else list(_VOTE_NAMES_COUNT.finditer(block))
        for m in named:
            side = _SIDE.get(m.group("side").lower(), "abstain")
            votes[side] = int(m.group("n"))
            # "Cllrs Jarvis, Kemp and Marsh": the title is printed once for all the names
            listed = re.sub(r"^(?:Cllrs?|Councillors?)\s+", "", m.group("who"))
            names[side] = [f"Cllr {squash(n)}" for n in re.split(r",\s*|\s+and\s+", listed) if n.strip()]
        inline = (_VOTE_INLINE.search(block) or _VOTE_COUNTS_FIRST.search(block)
                  or _VOTE_FAVOUR.search(block)) if not votes else None
        if inline:
            votes = {k: int(v) for k, v in (("for", inline["f"]), ("against", inline["a"]), ("abstain", inline["x"])) if v}
    if not votes and not found and re.search(r"\b(?:voting was as follows|recorded vote)\b", block, re.I):
        log.warning("%s: a vote is recorded but its table cannot be read; counts left out", where or "minutes")
    return (votes or None), names


_OUTCOME = re.compile(
    r"(?:^|[.\n]\s*)(?:(?:Substantive\s+)?(?:Motion|Amendment)\s+)?(?P<o>carried|lost|agreed(?:\s+unanimously)?|"
    r"accepted|defeated|fell|withdrawn)\b",
    re.I,
)


# "The amendment was therefore LOST.", "The substantive motion was then put to the vote and was CARRIED",
# "The original motion was then put to the vote and CARRIED"
_OUTCOME_SENTENCE = re.compile(
    # ... "On a show of hands the proposal was CARRIED", "the amendment was put and CARRIED", "The recommendations
# were CARRIED" (a recorded vote on the recommendations moved)
    # ("... the proposal\nwas carried": the line may break before the verb)
    r"\b(?:motion|amendment|proposal|recommendations)\b[^.\n]{0,60}?\s*\b(?:(?:was|were)\s+(?:therefore\s+|duly\s+)?"
    r"|put\s+to\s+the\s+vote\s+and\s+(?:was\s+)?|was\s+(?:then\s+)?put\s+and\s+)"
    r"(?P<o>carried|lost|defeated|withdrawn|"
    r"not\s+carried|not\s+agreed|agreed(?:\s+unanimously)?)\b"
    # "The proposal, having failed to achieve the qualified majority ..., was declared LOST", "... put to the
    # meeting and declared carried"
    r"|\b(?:was\s+|and\s+)declared\s+(?P<d>carried|lost|defeated)\b", re.I)


_TIED = re.compile(r"\b(?:votes?\s+(?:were|was|being)\s+equal(?:ly\s+divided)?|equality\s+of\s+votes)\b", re.I)
_CASTING_FOR = re.compile(r"\bcasting\s+vote\s+(?:in\s+favour|for\b)|\bused\s+(?:his|her|their)\s+casting\s+vote\b"
                          r"(?![^.]{0,40}\bagainst\b)", re.I)


def read_outcome(block: str) -> str:
    """"Motion carried." / "Amendment lost." / "Agreed unanimously." -> carried, lost, agreed."""
    m = _OUTCOME.search(block) or _OUTCOME_SENTENCE.search(block)
    if not m:
        if re.search(r"\bagreed to the amendment\b|\baccepted the amendment\b", block, re.I):
            return "accepted"
        if re.search(r"\bit was agreed\b|\bwas agreed\b", block, re.I):
            return "agreed"
        # "The votes were equal (5 for, 5 against), and the Chairman did not use a casting vote": a tie the
        # chair does not break leaves the motion not carried; broken in favour, it is carried
        if _TIED.search(block):
            return "carried" if _CASTING_FOR.search(block) else "lost"
        return ""
    o = squash((m.group("o") or m.group("d")).lower())
    # "Agreed unanimously." under a motion is its carrying; a bare "Agreed." stays agreed
    return {"defeated": "lost", "fell": "lost", "not carried": "lost", "not agreed": "lost",
            "agreed unanimously": "carried"}.get(o, o)
