"""What a question asks for (a name, a figure, a date, a place, a reason, a decision) and how far a
sentence holds it: the answerer scores units by this and a direct answer line is held to it."""

from __future__ import annotations

import re

from .checks import NAME_RE, PLACE_RE, ROLE_RE, has_type

# what a figure answers: "the total", "the allocation", "the overspend", "the rate"
_MEASURES = ("total|cost|costs|budget|value|amount|allocation|spend|spending|expenditure|income|overspend|underspend"
             "|deficit|surplus|savings?|price|rate|percentage|proportion|share|number|salary|salaries|fees?|charges?"
             "|allowance|grant funding|turnout|gap|multiple|ratio|population|GVA|balance|debt|borrowing")
QTYPES: list[tuple[str, re.Pattern[str]]] = [
    ("time", re.compile(r"\bwhat time\b|\bat what time\b|\bstart(?:ed)? at\b", re.I)),
    ("who", re.compile(r"^\s*(?:who|whom|whose)\b|\bwhich (?:officer|director|member|person|organisation)\b|\bname of\b", re.I)),
    ("when", re.compile(r"^\s*when\b|\bwhat (?:exact |precise |specific )?(?:date|time|day|year|month)\b|\bdeadline\b"
                        r"|\bby when\b", re.I)),
    ("where", re.compile(r"^\s*where\b|\bvenue\b|\bwhich room\b", re.I)),
    ("amount", re.compile(r"\bhow (?:much|many|big|large|small)\b|\bwhat (?:[a-z]+\s+)?(?:percentage|proportion|share)\b|\bfigure\b|£"
                          # "What was the ICB's total revenue allocation", "What will the Council spend in total"
                          rf"|\bwhat(?:'s| is| was| are| were| will)\b[^?]{{0,50}}?\b(?:{_MEASURES})\b"
                          rf"|\bwhat (?:[a-z-]+\s+){{0,3}}?(?:{_MEASURES})\b"
                          # "What did the event cost to run?": cost as a verb
                          r"|\b(?:did|does|do|will|would|could)\b[^?]{0,60}\bcost\b", re.I)),
    ("why", re.compile(r"^\s*why\b|\bwhat (?:is|was) the reason\b|\bfor what reason\b", re.I)),
    ("decision", re.compile(r"\b(?:agree|agreed|decide|decided|decision|approve|approved|resolve|resolved|endorse|endorsed|note|noted|recommend|recommended|recommendations?|ratif)\w*\b", re.I)),
    # "Which road safety award did the team win?": a named thing of the kind asked about
    ("which", re.compile(r"^\s*which\s+(?!of\b)[A-Za-z]", re.I)),
]
_ROLE = re.compile(r"\b(?:Director|Chair|Chief|Officer|Head of|Manager|Lead|Executive|Councillor|Cabinet Member|Consultant|Clinical)\b")
_DECISION = re.compile(r"\b(?:RESOLVED|resolved|agreed|approved|endorsed|noted|ratified|recommended|is asked to|are asked to|delegated authority|decided)\b")


# "When the statement was presented, what did the officer say ...?", "If the contract is not renewed, where
# would ...?": a question opened by a clause of time or condition asks what its main clause asks
_OPENING_CLAUSE = re.compile(r"\s*(?:when|if|after|before|since|once|while|as|unless)\b[^?]*?,\s+"
                             r"((?:what|who|whom|whose|which|where|when|how|why)\b.*)$", re.I | re.S)


def question_type(question: str) -> str:
    if m := _OPENING_CLAUSE.match(question):
        question = m.group(1)
    for name, pat in QTYPES:
        if pat.search(question):
            return name
    return "what"




def type_match(qtype: str, sentence: str, question: str = "") -> float:
    """How far ``sentence`` holds the kind of thing asked for: 1 it does, 0.5 in part or unknown, 0 not."""
    if qtype == "who":
        # a person by name ("Mr P Bartlett", "From: Oliver Richardson") beats a role alone
        return 1.0 if NAME_RE.search(sentence) else 0.5 if ROLE_RE.search(sentence) or _ROLE.search(sentence) else 0.0
    if qtype == "where":
        # a venue's own words ("Room", "Hall", a postcode); a name after "at" or "in" may be anything, so it
        # makes a unit quotable for a "where" (``has_type``) but adds no confidence
        return 1.0 if PLACE_RE.search(sentence) else 0.0
    if qtype in ("time", "when", "amount"):
        # the checks a direct answer line is held to: a count of the thing asked about, not any number
        return 1.0 if has_type(qtype, sentence, question) else 0.0
    if qtype == "decision":
        return 1.0 if _DECISION.search(sentence) else 0.0
    if qtype == "why":
        return 1.0 if _REASON.search(sentence) else 0.5
    return 0.5


# what gives a reason: a "why" question is answered by the sentence that says "because", "following", ...
_REASON = re.compile(r"\b(?:because|due to|owing to|as a result|following|in order to|so that|reflects?|reflecting"
                     r"|driven by|caused by|reasons?|since|therefore|given (?:that|the))\b", re.I)


_FIGURE = r"(?:£\s?\d|\d[\d,.]*\s?(?:%|per cent\b|m\b|bn\b|k\b|million\b|billion\b))"
_MEASURE_WORD = rf"(?:{_MEASURES}|target|limit|cap|threshold|salary)"
_MEASURE_Q = re.compile(rf"\b{_MEASURE_WORD}(?:\s+{_MEASURE_WORD})*\b", re.I)


def measure_asked(question: str) -> str:
    """The measure a "how much / what was the X" question names first ("the savings target": target), or ''."""
    m = _MEASURE_Q.search(question)
    return m.group(0).split()[-1].lower() if m else ""


def measure_beside(sentence: str, measure: str) -> float:
    """0.5 when a figure stands right after the measure asked about ("savings target of £111.2m"): it is
    that measure's figure, not another one the sentence also gives ("£80.3m ... forecast to be delivered")."""
    m = re.search(rf"\b{re.escape(measure)}\w*\b(?:\s+[\w-]+){{0,4}}?\s+{_FIGURE}", sentence, re.I)
    return 0.5 if m else 0.0
