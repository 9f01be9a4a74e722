"""What a generated claim must share with its cited passage: its figures, and its polarity.

Numbers, dates, times, money and percentages are normalised to comparable facts
(``£1.2m`` = ``£1.2 million`` = ``£1,200,000``; a financial year ``2023-24`` is one
fact and does not license a bare ``2024``). Polarity: a word that flips a claim must
be in the passage itself, a claim word whose opposite the passage says instead
contradicts it, and a figure may not move onto another noun. Used by ``grounding``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ...text.dates import (
    DMY_LOOSE_RE,
    ISO_LOOSE_RE,
    MONTH_WORD_RE,
    MONTHS,
    YEAR_SPAN_RE,
)
from ...text.stemming import stem
from ...text.terms import STOPWORDS

# Words that flip or change a claim's meaning; each must be in the cited source itself.
POLARITY = frozenset(stem(w) for w in """not no never none nor neither without cannot unable
abolished scrapped cancelled withdrawn rejected refused declined terminated suspended ended
closed stopped halted deferred postponed delayed failed overturned reversed opposed
increased decreased reduced rose risen fell fallen cut""".split())
# A claim word whose opposite is what the cited source says (and which the source never says
# itself) contradicts it: "approved" against a source that says "rejected".
_OPPOSITES = [
    ("approve agree accept adopt endorse support carry pass", "reject refuse decline oppose lose defeat"),
    ("increase rise grow expand gain", "decrease reduce fall drop cut shrink lose"),
    ("open start begin launch", "close stop end halt"),
    ("retain keep continue", "abolish scrap remove withdraw end"),
]
OPPOSITES: dict[str, frozenset[str]] = {}
for _a, _b in _OPPOSITES:
    for _x, _y in ((_a, _b), (_b, _a)):
        for _w in _x.split():
            OPPOSITES[stem(_w)] = OPPOSITES.get(stem(_w), frozenset()) | frozenset(stem(v) for v in _y.split())
_NEGATORS = frozenset({"not", "no", "never", "neither", "nor", "without", "cannot", "unable"})
NEGATION_WINDOW = 3  # "did not approve", "was not formally approved"
MARKER_RE = re.compile(r"\s*\[\s*(?:sources?\s*)?(\d+(?:\s*(?:,|;|and|–|-)\s*(?:sources?\s*)?\d+)*)\s*\]", re.I)
_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})\s*([ap])\.?\s*m\b\.?|\b(\d{1,2}):(\d{2})\b|\b(\d{1,2})\s*([ap])\.?m\b\.?", re.I)
_NUMBER = re.compile(
    r"(?<![\w.])(?:[£$€]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:st|nd|rd|th)?"
    r"(?:\s?(%|per ?cent\b|k\b|m\b|mn\b|million\b|bn\b|billion\b|thousand\b))?(?![A-Za-z])",
    re.I,
)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
ENUMERATOR_RE = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")


def _num_key(intpart: str, frac: str | None, scale: float = 1.0) -> str:
    try:
        value = Decimal(intpart.replace(",", "") + ("." + frac if frac else "")) * Decimal(str(scale))
    except InvalidOperation:
        return intpart
    return format(value.normalize(), "f")


def facts(text: str, source: bool = False) -> set[str]:
    """Normalised numeric facts in ``text``; for sources, also the looser forms a writer may use."""
    out: set[str] = set()
    text = MARKER_RE.sub(" ", text)
    text = "\n".join(ENUMERATOR_RE.sub("", line) for line in text.split("\n"))

    def time_key(h: int, mnt: int, ap: str | None) -> str:
        if ap and ap.lower() == "p" and h < 12:
            h += 12
        if ap and ap.lower() == "a" and h == 12:
            h = 0
        return f"t{h:02d}:{mnt:02d}"

    def cut_time(m: re.Match[str]) -> str:
        if m.group(1):
            out.add(time_key(int(m.group(1)), int(m.group(2)), m.group(3)))
            if source:
                out.add(_num_key(m.group(1), m.group(2)))
        elif m.group(4):
            out.add(time_key(int(m.group(4)), int(m.group(5)), None))
        else:
            out.add(time_key(int(m.group(6)), 0, m.group(7)))
        return " "

    text = _TIME.sub(cut_time, text)

    def cut_dmy(m: re.Match[str]) -> str:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= mo <= 12:
            out.update({str(d), f"m{mo}", str(int(y) + 2000) if len(y) == 2 else y})
            return " "
        return m.group(0)

    text = DMY_LOOSE_RE.sub(cut_dmy, text)

    def cut_iso(m: re.Match[str]) -> str:
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return m.group(0)
        out.update({m.group(1), f"m{mo}"})
        if m.group(3):
            out.add(str(int(m.group(3))))
        return " "

    text = ISO_LOOSE_RE.sub(cut_iso, text)

    def cut_range(m: re.Match[str]) -> str:
        # a financial year is one fact: "2023-24" does not say anything happened "in 2024"
        start, end = m.group(1), m.group(2)
        out.add(f"y{start}-{end if len(end) == 4 else start[:2] + end}")
        return " "

    text = YEAR_SPAN_RE.sub(cut_range, text)
    for m in MONTH_WORD_RE.finditer(text):
        word = m.group(1).lower()
        # "may" is a month only next to a number ("3 May", "May 2023")
        if word == "may" and not re.search(r"\d\s*$", text[: m.start()]) and not re.match(r"\s*\d", text[m.end():]):
            continue
        out.add(f"m{MONTHS[word]}")
    for m in _NUMBER.finditer(text):
        unit = (m.group(3) or "").lower().replace(" ", "")
        scale = _SCALE.get(unit, 1.0)
        out.add(_num_key(m.group(1), m.group(2), scale))
        if source and scale != 1.0:
            out.add(_num_key(m.group(1), m.group(2)))
    return out


def _tokens(text: str) -> list[str]:
    return [w.lower().replace("n't", " not") for w in re.findall(r"[A-Za-z0-9£%.,']+", text)]


def _stem_positions(text: str) -> tuple[list[str], list[bool]]:
    """Stems of ``text``'s words, and whether each is negated (a negator just before it)."""
    words: list[str] = []
    for tok in _tokens(text):
        words.extend(tok.strip(".,'").split())
    stems = [stem(w) for w in words]
    negated = [any(w in _NEGATORS for w in words[max(0, i - NEGATION_WINDOW):i]) for i in range(len(words))]
    return stems, negated


def contradictions(claim: str, support: str) -> str:
    """A claim word the cited source contradicts: its opposite is there and it is not, or the
    source says it only negated ("did not approve") while the claim says it plainly."""
    c_stems, c_neg = _stem_positions(claim)
    s_stems, s_neg = _stem_positions(support)
    s_set = set(s_stems)
    for i, s in enumerate(c_stems):
        if s not in s_set and not OPPOSITES.get(s, frozenset()).isdisjoint(s_set):
            return s
        if s in OPPOSITES and s in s_set and not c_neg[i]:
            hits = [j for j, x in enumerate(s_stems) if x == s]
            if hits and all(s_neg[j] for j in hits):
                return f"not {s}"
    return ""


def _attached(text: str) -> set[tuple[str, str]]:
    """(figure, stem of the word right after it) for figures used as a count of something."""
    out: set[tuple[str, str]] = set()
    text = MARKER_RE.sub(" ", text)
    for m in _NUMBER.finditer(text):
        nxt = re.match(r"\s+([A-Za-z][A-Za-z-]*)", text[m.end():])
        if not nxt:
            continue
        word = nxt.group(1).lower()
        if word in STOPWORDS or len(word) < 3:
            continue
        scale = _SCALE.get((m.group(3) or "").lower().replace(" ", ""), 1.0)
        out.add((_num_key(m.group(1), m.group(2), scale), stem(word)))
    return out


def moved_figure(claim: str, support: str) -> str:
    """"4.2 million voluntary groups" when the source has 4.2 million people and the groups
    with another figure: the number was moved onto another noun."""
    src = _attached(support)
    for key, noun in _attached(claim):
        if (key, noun) in src:
            continue
        own_noun_elsewhere = any(k != key and n == noun for k, n in src)
        figure_on_other = any(k == key and n != noun for k, n in src)
        if own_noun_elsewhere and figure_on_other:
            return f"{key} {noun}"
    return ""
