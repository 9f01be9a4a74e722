"""Whether a figure or name stands beside what the question asks about.

A passage holds many figures; the one that answers "how many homes ..." stands beside "homes", not
beside the place or the year the question also names. These read the few words either side of a
figure against the question's words: any of them (``counts_asked``), the thing counted
(``counts_head``, ``counts_counted``), or a closeness score to rank two candidates (``nearness``).
"""

from __future__ import annotations

import re

from ..search.rerank import ALTERNATIVES
from ..text.dates import MONTHS
from ..text.stemming import stem, stems_of
from ..text.terms import STOPWORDS, query_terms
from .scope import qualifiers

_COUNT_STOP = frozenset({"mani", "many", "how", "number", "total", "much"})


# ... a range's start too: "over the next 1-5 years"
_TIME_UNIT = re.compile(r"\s*(?:(?:-|–|to)\s*\d+\s*)?(?:hours?|days?|weeks?|months?|years?|minutes?|hrs|mins)\b", re.I)


def _asked_stems(question: str) -> set[str]:
    """The question's word stems, less the count words."""
    return {stem(w) for w in query_terms(question)} - _COUNT_STOP


def _counts_time(text: str, b: int, question: str) -> bool:
    """Whether the figure ending at ``b`` counts hours, days or years ("within 4 hours") that the
    question does not count: no number of appointments, whatever words stand near it."""
    m = _TIME_UNIT.match(text, b)
    return bool(m) and stem(m.group(0).split()[-1].strip("-–").lower()) != counted_noun(question)


def counts_asked(text: str, a: int, b: int, question: str) -> bool:
    """Whether a question word is within four words of the figure at ``text[a:b]``."""
    if counted_noun(question) and _counts_time(text, b, question):
        return False
    asked = _asked_stems(question)
    asked |= {alt for a in asked for alt in ALTERNATIVES.get(a, ())}  # "wrote" is met by "Author:"
    near = _near(text, a, b)
    return bool(asked & stems_of(near))


# words that stand between a figure and what it counts without saying anything: "the Kent veteran
# population make up over 52,000", "around 4,000 of the beds"
_FILLER = frozenset("a an the of up over around about some approximately almost nearly roughly more than less fewer "
                    "at least just make makes made was were is are be been totalled totals total".split())


def _says(word: str, content: bool) -> bool:
    """Whether ``word`` counts towards a figure's neighbourhood: not a filler; with ``content``, a word
    that says something (no stopword, no number)."""
    w = word.lower().strip(",.;:()[]'’\"")
    return w not in _FILLER and (not content or (w.isalpha() and w not in STOPWORDS))


def _near(text: str, a: int, b: int, n: int = 4, fill: bool = False, content: bool = False) -> str:
    """The ``n`` words either side of ``text[a:b]``; with ``fill``, not counting fillers (a figure's own
    noun may stand behind them: "the Kent veteran population make up over 52,000"); with ``content``,
    counting only words that say something."""
    def side(words: list[str]) -> list[str]:
        if not fill:
            return words[:n]
        out: list[str] = []
        for w in words:
            out.append(w)
            if sum(_says(x, content) for x in out) >= n:
                break
        return out
    return " ".join(side(text[:a].split()[::-1])[::-1] + side(text[b:].split()))


_COUNTED = re.compile(r"\bhow\s+many\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I)
_COUNT_BREAK = frozenset("were was did does do are is have has had will would can could in of at on for from with by to the "
                         "a an that who which".split())
_PLURAL_ODD = frozenset({"people", "children", "staff", "men", "women", "personnel", "police"})


def _counted_words(question: str) -> list[str]:
    """The words naming what a "how many" question counts ("how many long-term empty homes did ...")."""
    m = _COUNTED.search(question)
    words: list[str] = []
    for w in m.group(1).split() if m else ():
        if w.lower() in _COUNT_BREAK:
            break
        words.append(w)
    return words


def counted_noun(question: str) -> str:
    """The stem of what a "how many" question counts ("how many long-term empty homes did ..." -> "home")."""
    words = _counted_words(question)
    head = next((w for w in words if w.lower() in _PLURAL_ODD or (len(w) > 3 and w.lower().endswith("s"))),
                words[-1] if words else "")
    return stem(head.lower().strip("'’")) if head else ""


def counts_head(text: str, a: int, b: int, question: str) -> bool:
    """Whether what a "how many" question counts stands within four words of the figure at ``text[a:b]``."""
    head = counted_noun(question)
    near = _near(text, a, b)
    return bool(head) and head in stems_of(near)


def nearness(text: str, a: int, b: int, question: str, window: int = 6) -> float:
    """How closely the question's words stand around ``text[a:b]``: each within ``window`` words
    counts 1 / (1 + its distance in words), a word the question capitalises ("Fenland", "Red")
    twice. Of two figures or names in one passage, the one beside the words that set the question
    apart ("Vice-Chairman Cllr Vince Maple", not the Chairman named before him) is the answer."""
    caps = {stem(w.lower()) for w in re.findall(r"(?<=\s)[A-Z][A-Za-z-]+", question)}
    asked = {stem(w) for w in query_terms(question)} - _COUNT_STOP - _scope_stems(question)
    before, after = text[:a].split()[-window:][::-1], text[b:].split()[:window]
    best: dict[str, float] = {}
    for side in (before, after):
        for d, w in enumerate(side):
            for t in stems_of(w):
                hit = t if t in asked else next((q for q in asked if t in ALTERNATIVES.get(q, ())), None)
                if hit:
                    best[hit] = max(best.get(hit, 0.0), (2.0 if hit in caps else 1.0) / (1 + d))
    return sum(best.values())


def counts_counted(text: str, a: int, b: int, question: str) -> bool:
    """Whether the figure at ``text[a:b]`` counts what a "how many" question counts: the counted noun
    stands beside it, or a word asked about that is neither a name the question gives nor a word
    qualifying the counted noun. "Blackpool is 2, 3, 4 ... out of the top 10" counts no networks for
    "how many Primary Care Networks are there in Blackpool?"; "Against (37)" counts the votes asked for."""
    if _counts_time(text, b, question):
        return False  # "community pharmacies over the next 1-5 years": years, whatever stands before them
    if counts_head(text, a, b, question):
        return True
    counted = {w.lower() for w in _counted_words(question)}
    names = {w.lower() for w in re.findall(r"(?<=\s)[A-Z][\w'’-]*", question)}
    asked = {stem(w) for w in query_terms(question) if w.lower() not in counted | names} - _COUNT_STOP
    asked |= {alt for s in asked for alt in ALTERNATIVES.get(s, ())}
    near = _near(text, a, b)
    return bool(asked & stems_of(near))


def _scope_stems(question: str) -> set[str]:
    """The words that scope a question rather than say what it asks: its years, quarters, months and
    one-word places. Every quote that meets the scope has them; they tell no figure from another."""
    q = qualifiers(question)
    words = {w.lower() for n in (*q.places, *(n for n in q.names if " " not in n)) for w in re.findall(r"[A-Za-z]+", n)}
    words |= {w.lower() for w in re.findall(r"\b(?:Q[1-4]|[Qq]uarter)\b", question)}
    words |= {w.lower() for w in re.findall(r"[A-Za-z]+", question) if w.lower() in MONTHS}
    return {stem(w) for w in words} | {s for s in (stem(w) for w in query_terms(question)) if s[:1].isdigit()}


def figure_about(text: str, a: int, b: int, question: str) -> bool:
    """Whether the figure at ``text[a:b]`` stands within eight words of something the question asks about,
    not only of the place, body or year it is scoped to: "In Blackpool, 24.7% of the population was
    income-deprived in 2019" gives no suicide rate for Blackpool in 2019. True when the question names
    nothing else."""
    # (a place: a name of one word or a compass place; a body's or a grant's name says what is asked about)
    asked = _asked_stems(question) - _scope_stems(question)
    if not asked:
        return True
    asked |= {alt for s in asked for alt in ALTERNATIVES.get(s, ())}
    return bool(asked & stems_of(_near(text, a, b, 8, fill=True, content=True)))


_RANGE_LINK = re.compile(r"\s*(?:to|-|–|and)\s*")


def own_phrase(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The words that belong to the ``i``-th of several figures in ``text``: those after it up to the next
    figure when it leads its phrase ("£1,926.7k from our allocation of New Homes Bonus and £1,758.1k use
    of reserves"), else those before it back to the figure before ("Homes £5m, Roads £3m"). A range is told
    by its end: "places from 6,000 to 7,500 a year" gives 7,500 the words of both."""
    a, b = spans[i]
    after = text[b:spans[i + 1][0] if i + 1 < len(spans) else len(text)]
    if i + 1 < len(spans) and _RANGE_LINK.fullmatch(after):
        return ""
    led = re.match(r"\s+[a-z]", after) and not re.match(r"\s+(?:and|or|but|while|plus|compared|against|than|to)\b", after)
    own = re.sub(r"\s+(?:and|or|plus|with)\s*$", "", after) if led else ""
    start = spans[i - 1][1] if i else 0
    if i and _RANGE_LINK.fullmatch(text[start:a]):
        own = f"{text[spans[i - 2][1] if i >= 2 else 0:spans[i - 1][0]]} {own}"
    elif not led:
        own = text[start:a]
    return own


def phrase_matches(text: str, spans: list[tuple[int, int]], i: int, question: str) -> int:
    """How many of the question's words (not its numbers) stand in the ``i``-th figure's own phrase."""
    return len(_asked_stems(question) & stems_of(own_phrase(text, spans, i)))
