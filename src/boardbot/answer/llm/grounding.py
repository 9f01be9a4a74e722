"""The grounding checker: a generated sentence survives only if its cited sources back it.

A language model writes fluent text whether or not the papers support it, so
every sentence is checked after generation (in streaming, as soon as it ends):

- it must cite at least one [n], and every n must be a source it was given
  (unknown numbers are dropped; a sentence left with none is removed);
- every number, date, time, money amount and percentage in it must appear in
  the cited sources (``£1.2m``, ``£1.2 million`` and ``£1,200,000`` are the same
  amount; ``2023-24`` and ``2023/2024`` the same year; ``21st July`` and
  ``21/07`` the same date);
- every capitalised name (a run of capitalised words, minus titles such as
  "Cllr") must appear in the cited sources, as a phrase;
- every negation or change-of-state word ("not", "abolished", "cut", "rose")
  must appear in the cited sources, so a sentence cannot flip what they say;
- at least half of its content words must occur in the cited sources or the
  question, so a sentence that cites a source but talks about something else
  is removed.

Optionally (on by default in the answerer) a sentence with no marker at all is
credited to the one source that passes all of the above with every content
word covered - small local models state sourced facts but rarely cite them.

Kept sentences are renumbered in order of first citation, so the answer's
markers always run 1..k and match ``Answer.citations``. What this cannot see
is meaning beyond those words: a sentence that rearranges the cited words into
a false claim with no new figure, name or polarity word passes. The checker
bounds what a model can invent; it does not prove that what is left is right.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ...text.dates import MONTHS
from ...text.sentences import squash
from ...text.stemming import stem, stems_of
from ...text.terms import query_terms
from ...text.terms import words as all_words
from .claims import ENUMERATOR_RE, MARKER_RE, POLARITY, contradictions, facts, moved_figure

log = logging.getLogger(__name__)

MIN_WORD_OVERLAP = 0.5
# An uncited sentence is credited to a source only if it restates it: every content word in it.
ATTRIBUTE_OVERLAP = 1.0

_CAP_WORD = re.compile(r"[A-Z][A-Za-z0-9'’&-]*|[A-Z]")
_TITLES = {"cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "cllr."}
_CAP_SKIP = set("""the a an this that these those it its in on at for of and or but by to from with as if yes no
however also according source sources i we they he she there their our each all both total answer
note please overall in addition furthermore""".split())

_DELIMITER = re.compile(r"<{2,}|>{2,}")


def neutralise(text: str) -> str:
    """Paper text must not be able to close the sources block it is quoted in."""
    return _DELIMITER.sub(lambda m: " ".join(m.group(0)), text)


# --- facts ----------------------------------------------------------------------------
def names(sentence: str) -> list[str]:
    """Runs of capitalised words ("Red Kite Room", "ICB"), without titles, leading fillers and months."""
    found: list[str] = []
    tokens = list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9'’&-]*", MARKER_RE.sub(" ", sentence)))  # same text as below
    run: list[str] = []
    first_index = 0

    def flush(at_start: bool) -> None:
        words = [w for w in run if w.lower().rstrip(".") not in _TITLES]
        while words and words[0].lower() in _CAP_SKIP:
            words.pop(0)
        words = [w for w in words if w.lower().rstrip(".") not in MONTHS]
        words = [re.sub(r"['’]s$", "", w) for w in words]
        if not words:
            return
        # A lone capitalised first word is just how sentences start ("Members agreed ...").
        if at_start and len(words) == 1 and len(run) == 1 and not words[0].isupper():
            return
        if len(words) == 1 and len(words[0]) == 1:
            return
        found.append(" ".join(words))

    start_of_run = 0
    text = MARKER_RE.sub(" ", sentence)
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if run and text[tokens[i - 1].end():tok.start()].strip():  # "Board / ICP", "Hall, Alconbury"
            flush(start_of_run == first_index)
            run = []
        if _CAP_WORD.fullmatch(word) and not word.isdigit():
            if not run:
                start_of_run = i
            run.append(word)
            continue
        if run:
            flush(start_of_run == first_index)
            run = []
    if run:
        flush(start_of_run == first_index)
    return found


def _norm(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9£%]+", " ", text.lower()).strip() + " "


# --- sources and verdicts -------------------------------------------------------------
@dataclass
class Source:
    """One numbered source shown to the model: a short passage and where it is."""

    n: int
    text: str
    file: str
    page: int
    title: str = ""
    board: str = ""
    date: str = ""  # human form, e.g. "21 July 2023"
    section: str = ""
    context: str = ""
    score: float = 0.0
    ocr_confidence: float | None = None  # the page's text came from OCR (a scan), with this confidence

    def header(self) -> str:
        bits = [self.title or self.file]
        for extra in (self.board, self.date):
            if extra and extra.lower() not in bits[0].lower():
                bits.append(extra)
        return ", ".join(bits) + f", page {self.page}"

    def support_text(self) -> str:
        """What a claim citing this source may rest on: the passage, with the meeting's board
        and date from the catalogue - never the title, which is the paper's own words and can
        be written to smuggle a claim in ("... the fund was abolished")."""
        return f"{self.board}, {self.date}\n{self.text}"


@dataclass
class Verdict:
    ok: bool
    text: str  # the sentence with unknown markers dropped (numbers still the model's)
    cited: list[int]
    reason: str = ""
    overlap: float = 0.0  # share of its content words found in the cited sources


def markers(sentence: str) -> list[int]:
    out: list[int] = []
    for m in MARKER_RE.finditer(sentence):
        body = re.sub(r"(?i)sources?", "", m.group(1))
        for a, b in re.findall(r"(\d+)\s*(?:[–-]\s*(\d+))?", body):
            lo, hi = int(a), int(b or a)
            out.extend(range(lo, min(hi, lo + 20) + 1) if hi >= lo else [lo])
    return list(dict.fromkeys(out))


def check(sentence: str, sources: dict[int, Source], question: str = "") -> Verdict:
    """Is every fact of ``sentence`` in the sources it cites?

    Content words of the ``question`` count as supported for the word-overlap test
    (restating the user's framing is not invention), but never for facts, names or
    polarity words: "was the fund abolished?" does not license "the fund was abolished".
    """
    cited_all = markers(sentence)
    cited = [n for n in cited_all if n in sources]
    wrong = [n for n in cited_all if n not in sources]
    text = _strip_unknown(sentence, set(sources)) if wrong else sentence
    if not cited_all:
        return Verdict(False, text, [], "no citation")
    if not cited:
        return Verdict(False, text, [], f"cites unknown source {', '.join(f'[{n}]' for n in wrong)}")
    support = "\n".join(sources[n].support_text() for n in cited)
    missing = facts(sentence) - facts(support, source=True)
    if missing:
        return Verdict(False, text, cited, f"figure/date not in cited source: {', '.join(sorted(missing))}")
    norm_support = _norm(support)
    for name in names(sentence):
        if _norm(name) not in norm_support:
            return Verdict(False, text, cited, f"name not in cited source: {name}")
    bare = MARKER_RE.sub(" ", sentence)
    support_all = stems_of(support)
    flips = sorted({w for w in all_words(bare) if stem(w) in POLARITY and stem(w) not in support_all})
    if flips:
        return Verdict(False, text, cited, f"polarity word not in cited source: {', '.join(flips)}")
    contradicted = contradictions(bare, support)
    if contradicted:
        return Verdict(False, text, cited, f"contradicts the cited source: {contradicted}")
    moved = moved_figure(bare, support)
    if moved:
        return Verdict(False, text, cited, f"figure attached to another noun in the cited source: {moved}")
    words = [stem(w) for w in query_terms(bare) if not w[0].isdigit()]
    share = 1.0
    if words:
        support_stems = {stem(w) for w in query_terms(support)} | {stem(w) for w in query_terms(question)}
        share = sum(w in support_stems for w in words) / len(words)
        if share < MIN_WORD_OVERLAP:
            return Verdict(False, text, cited, f"only {share:.0%} of its words are in the cited source", share)
    return Verdict(True, text, cited, overlap=share)


def attribute(sentence: str, sources: dict[int, Source], question: str = "") -> int | None:
    """The source that backs an uncited sentence on its own - all its facts, names and words - if any."""
    best: tuple[float, int] | None = None
    for n in sorted(sources):
        v = check(with_marker(sentence, n), sources, question)
        if v.ok and v.overlap >= ATTRIBUTE_OVERLAP and (best is None or v.overlap > best[0]):
            best = (v.overlap, n)
    return best[1] if best else None


def with_marker(sentence: str, n: int) -> str:
    """``sentence`` with ``[n]`` before its closing punctuation."""
    m = re.search(r"[.!?]*[\"'”’]*\s*$", sentence)
    cut = m.start() if m else len(sentence)
    return f"{sentence[:cut].rstrip()} [{n}]{sentence[cut:].strip()}"


def _strip_unknown(sentence: str, known: set[int]) -> str:
    def fix(m: re.Match[str]) -> str:
        keep = [n for n in markers(m.group(0)) if n in known]
        return " " + "".join(f"[{n}]" for n in keep) if keep else ""

    return MARKER_RE.sub(fix, sentence)


@dataclass
class Grounder:
    """Checks sentences in order, keeps the supported ones and renumbers their citations."""

    sources: dict[int, Source]
    refusal: str = ""
    question: str = ""  # its words count towards overlap, never towards facts (see check)
    # Small models often state a sourced fact without its [n]. When on, an uncited sentence
    # gets the marker of the single source that passes the same check for it; counted apart.
    attribute_uncited: bool = False
    kept: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (sentence, reason)
    attributed: int = 0
    order: list[int] = field(default_factory=list)  # original source numbers, in new numbering order
    declined: bool = False  # the model said the sources do not answer

    def add(self, sentence: str) -> str | None:
        sentence = ENUMERATOR_RE.sub("", sentence.strip())
        sentence = re.sub(r"^(?:answer|response)\s*:\s*", "", sentence, flags=re.I).strip()
        # "[2] Paper title, page 4: ..." at the start is the source list copied back, not a citation.
        sentence = re.sub(r"^\[\s*\d+\s*\]\s*", "", sentence)
        if not sentence or not re.search(r"[A-Za-z0-9]", MARKER_RE.sub("", sentence)):
            return None
        if self.refusal and squash(MARKER_RE.sub("", sentence)).lower().rstrip(".") == squash(self.refusal).lower().rstrip("."):
            self.declined = True
            return None
        if MARKER_RE.sub("", sentence).rstrip().endswith(":"):
            self.removed.append((sentence, "a lead-in, not a claim"))
            return None
        verdict = check(sentence, self.sources, self.question)
        if not verdict.ok and verdict.reason == "no citation" and self.attribute_uncited:
            n = attribute(sentence, self.sources, self.question)
            if n is not None:
                sentence = with_marker(sentence, n)
                verdict = check(sentence, self.sources, self.question)
                self.attributed += 1
        if not verdict.ok:
            log.info("grounding removed %r: %s", sentence, verdict.reason)
            self.removed.append((sentence, verdict.reason))
            return None
        for n in verdict.cited:
            if n not in self.order:
                self.order.append(n)
        renumber = {old: i for i, old in enumerate(self.order, start=1)}

        def fix(m: re.Match[str]) -> str:
            keep = [renumber[n] for n in markers(m.group(0)) if n in renumber]
            return " " + "".join(f"[{n}]" for n in keep) if keep else ""

        out = squash(MARKER_RE.sub(fix, verdict.text))
        out = re.sub(r"\s+([.,;:!?])", r"\1", out)
        self.kept.append(out)
        return out

    @property
    def text(self) -> str:
        return " ".join(self.kept)

    def note(self) -> str:
        """Parseable by the eval runner: ``grounding: kept=K removed=R``."""
        return f"grounding: kept={len(self.kept)} removed={len(self.removed)}"
