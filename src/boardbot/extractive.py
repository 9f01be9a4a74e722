"""The default answerer: quote the sentences that answer, with exact page citations.

No language model: sentences from the retrieved chunks are scored against the
question (content-word coverage weighted by IDF, the chunk's retrieval rank,
and what kind of thing the question asks for - a "who" wants a name, a "how
much" a figure, a "what did we agree" a decision verb). The best few are quoted
verbatim with [n] markers. If nothing clears the confidence bar the answer says
so plainly and offers the closest passages instead of dressing a weak match up
as an answer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.stem import PorterStemmer

from .catalog import query_terms
from .records import Answer, Citation, Hit
from .sentences import spans, squash

NOT_FOUND = "I could not find this in the papers."

_stemmer = PorterStemmer()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stem(word.lower())


QTYPES: list[tuple[str, re.Pattern[str]]] = [
    ("who", re.compile(r"^\s*(?:who|whom|whose)\b|\bwhich (?:officer|director|member|person|organisation)\b|\bname of\b", re.I)),
    ("when", re.compile(r"^\s*when\b|\bwhat (?:date|time|day|year|month)\b|\bdeadline\b|\bby when\b", re.I)),
    ("where", re.compile(r"^\s*where\b|\bvenue\b|\bwhich room\b", re.I)),
    ("amount", re.compile(r"\bhow (?:much|many)\b|\bwhat (?:is|was) the (?:total|cost|budget|number|value|amount|percentage|figure)\b|\bwhat (?:percentage|proportion|share)\b|\bfigure\b|\bcost\b|\bbudget\b|£", re.I)),
    ("decision", re.compile(r"\b(?:agree|agreed|decide|decided|decision|approve|approved|resolve|resolved|endorse|endorsed|note|noted|recommend|recommended|recommendations?|ratif)\w*\b", re.I)),
]
_NAME = re.compile(r"\b(?:Cllr|Councillor|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.? [A-Z][a-z]+|\b[A-Z][a-z]+ [A-Z][a-z'’-]+(?:,| –| -| \()")
_ROLE = re.compile(r"\b(?:Director|Chair|Chief|Officer|Head of|Manager|Lead|Executive|Councillor|Cabinet Member|Consultant|Clinical)\b")
_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\bQ[1-4]\b")
_AMOUNT = re.compile(r"£\s?\d|\d+(?:\.\d+)?\s?%|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s?(?:m|million|bn|billion|k)\b|\b\d{2,}\b")
_PLACE = re.compile(r"\b(?:Room|Hall|House|Centre|Center|Council Chamber|Town Hall|Civic|Venue|Street|Road|PE\d|N\d+)\b")
_DECISION = re.compile(r"\b(?:RESOLVED|resolved|agreed|approved|endorsed|noted|ratified|recommended|is asked to|are asked to|delegated authority|decided)\b")


def question_type(question: str) -> str:
    for name, pat in QTYPES:
        if pat.search(question):
            return name
    return "what"


def type_match(qtype: str, sentence: str) -> float:
    if qtype == "who":
        return 1.0 if _NAME.search(sentence) else 0.5 if _ROLE.search(sentence) else 0.0
    if qtype == "when":
        return 1.0 if _DATE.search(sentence) else 0.0
    if qtype == "amount":
        return 1.0 if _AMOUNT.search(sentence) else 0.0
    if qtype == "where":
        return 1.0 if _PLACE.search(sentence) else 0.0
    if qtype == "decision":
        return 1.0 if _DECISION.search(sentence) else 0.0
    return 0.5


@dataclass
class Candidate:
    hit_rank: int
    hit: Hit
    start: int
    end: int
    text: str
    coverage: float
    score: float = 0.0


class ExtractiveAnswerer:
    """Scores sentences of retrieved chunks; composes a short, cited, verbatim answer."""

    def __init__(self, idf: callable, threshold: float = 0.5, max_sentences: int = 3, hits_used: int = 6) -> None:
        self.idf = idf  # term list -> {term: idf}
        self.threshold = threshold
        self.max_sentences = max_sentences
        self.hits_used = hits_used

    def confidence(self, coverage: float, dense: float, tmatch: float) -> float:
        # Weights calibrated on evals/questions.jsonl (see evals/README.md): coverage of the
        # question's rare words by one sentence is the strongest single signal; the dense
        # cosine separates paraphrases from off-topic matches.
        return 0.55 * coverage + 0.45 * max(0.0, (dense - 0.2) / 0.5) + 0.1 * tmatch

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        terms = [stem(t) for t in query_terms(question)]
        qtype = question_type(question)
        if not hits or not terms:
            return Answer(question, NOT_FOUND, [], True, passages=hits[:3])
        weights = self.idf(list(dict.fromkeys(terms)))
        total = sum(weights.values()) or 1.0
        cands: list[Candidate] = []
        for rank, hit in enumerate(hits[: self.hits_used]):
            chunk_terms = {stem(w) for w in re.findall(r"[A-Za-z0-9£]+", hit.text.lower())}
            chunk_cov = sum(w for t, w in weights.items() if t in chunk_terms) / total
            prior = 1.0 / (1.0 + 0.25 * rank)
            for a, b in spans(hit.text):
                sent = hit.text[a:b]
                words = re.findall(r"[A-Za-z0-9£]+", sent.lower())
                if len(words) < 4:
                    continue
                sterms = {stem(w) for w in words}
                cov = sum(w for t, w in weights.items() if t in sterms) / total
                tm = type_match(qtype, sent)
                length_pen = 0.0 if len(words) <= 70 else 0.15
                score = 0.5 * cov + 0.2 * chunk_cov * prior + 0.15 * prior + 0.15 * tm - length_pen
                cands.append(Candidate(rank, hit, a, b, sent, cov, score))
        if not cands:
            return Answer(question, NOT_FOUND, [], True, passages=hits[:3])
        cands.sort(key=lambda c: -c.score)
        best = cands[0]
        dense = max((h.metadata.get("dense", 0.0) or 0.0) for h in hits[:3])
        conf = self.confidence(best.coverage, dense, type_match(qtype, best.text))
        if conf < self.threshold:
            return Answer(question, NOT_FOUND, [], True, passages=hits[:3])
        chosen: list[Candidate] = []
        seen_text: set[str] = set()
        for c in cands:
            if len(chosen) >= self.max_sentences or c.score < 0.6 * best.score:
                break
            key = squash(c.text).lower()
            if key in seen_text or any(_overlaps(c, o) for o in chosen):
                continue
            seen_text.add(key)
            chosen.append(c)
        citations, parts = [], []
        for n, c in enumerate(chosen, start=1):
            quote = squash(c.text)
            m = c.hit.metadata
            citations.append(Citation(
                n=n, file=c.hit.file, page=c.hit.page_at(c.start), quote=quote, score=round(c.score, 4),
                title=m.get("title", ""), board=m.get("board", ""), date=m.get("meeting_date", ""),
                section=m.get("section", ""), context=c.hit.text,
            ))
            parts.append(f"{quote} [{n}]")
        return Answer(question, " ".join(parts), citations, False, passages=hits[:3])


def _overlaps(a: Candidate, b: Candidate) -> bool:
    """Same text reached through two overlapping chunks."""
    if a.hit.file != b.hit.file:
        return False
    sa = a.hit.metadata.get("char_start", 0) + a.start
    sb = b.hit.metadata.get("char_start", 0) + b.start
    return abs(sa - sb) < 5


def idf_from_counts(doc_freq: dict[str, int], total: int) -> dict[str, float]:
    return {t: math.log(1 + (total - n + 0.5) / (n + 0.5)) for t, n in doc_freq.items()}
