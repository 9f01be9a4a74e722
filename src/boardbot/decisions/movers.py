"""Who moved it: "Who proposed the amendment on disposable vapes?" answered from the register.

Minutes name a motion's proposer and seconder once ("Mr Hood proposed, and Ms Hawkins seconded the
motion that ..."), often pages before the resolution, and a debate holds several motions: the
amendments, and procedural ones ("that the motion be put to the vote"). Retrieval finds the debate's
pages but the sentence it quotes is often another motion's. The register records each motion and
amendment with its movers, so the question is answered from the record that matches its topic, its
form (motion or amendment) and its outcome ("the amendment that was carried").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..records import Answer
from ..store.catalog import Catalog
from ..store.filters import Filters
from ..text.dates import date_range
from ..text.stemming import stem
from .answer import ITEM_IS_TOPIC, MIN_OWN_COVERAGE, _compose, _weights, coverage, topic_terms
from .excerpt import abridge
from .store import DecisionStore

MOVER_Q = re.compile(r"^\s*who\s+(?:first\s+)?(?:proposed|moved|put forward|tabled|seconded)\b", re.I)
# the question's words that say what was asked about the motion, not what it was about
_NOT_TOPIC = {stem(w) for w in "propose proposed moved move put forward tabled second seconded amendment amendments "
                                "motion motions carried lost agreed defeated vote".split()}
_CARRIED = re.compile(r"\b(?:was|were)\s+(?:carried|agreed|passed|accepted)\b|\bthat (?:was )?carried\b", re.I)
_LOST = re.compile(r"\b(?:was|were)\s+(?:lost|defeated|rejected)\b|\bthat (?:was )?lost\b", re.I)
# a motion about the debate itself, not the one the question names
_PROCEDURAL = re.compile(r"\bbe put to the vote\b|\bbe now put\b|\bvote be taken\b|\bunder s(?:tanding order )?\d", re.I)
MIN_COVERAGE = 0.5  # share of the topic (IDF-weighted) the record with its agenda item must hold


def answer_mover(store: DecisionStore, catalog: Catalog, question: str,
                 filters: Filters | dict[str, Any] | None = None) -> Answer | None:
    """The proposer (or seconder) of the motion or amendment the question names, or None."""
    question = question.strip()
    if not MOVER_Q.search(question) or not store.count():
        return None
    side = "seconder" if re.match(r"\s*who\s+seconded\b", question, re.I) else "proposer"
    amendment = bool(re.search(r"\bamendments?\b", question, re.I))
    terms = [t for t in topic_terms(question) if stem(t) not in _NOT_TOPIC]
    if not terms:
        return None
    f = Filters.from_any(filters)
    since, until = date_range(question)
    rows = store.search(" ".join(terms), since=since or f.since or None, until=until or f.until or None,
                        groups=f.groups, files=tuple(f.files) or None, board=f.board or None, limit=60)
    if amendment:
        # an amendment's record names only the words it changes: it is found through its motion's item
        items = {(d.file, d.item) for d in rows[:20]}
        seen = {d.id for d in rows}
        for file in sorted({file for file, _ in items}):
            rows += [r for r in store.search(None, files=(file,), groups=f.groups, limit=200)
                     if r.form == "amendment" and (r.file, r.item) in items and r.id not in seen]
    rows = [d for d in rows if getattr(d, side) and (d.form == "amendment") == amendment
            and not _PROCEDURAL.search(d.text)]
    if _CARRIED.search(question):
        rows = [d for d in rows if d.outcome in ("carried", "agreed", "accepted", "approved")]
    elif _LOST.search(question):
        rows = [d for d in rows if d.outcome in ("lost", "defeated", "rejected")]
    weights = _weights(catalog, terms, f.groups)
    amended = {id(d): _amended(store, d, f.groups) for d in rows} if amendment else {}
    # the record's words or its agenda item must hold the topic: an amendment's record often says only
    # which words it changed, under the item's heading ("(a) Pavement parking")
    scored = [(coverage(terms, weights, f"{d.lead_in} {d.text} {amended.get(id(d), '')} \n{d.item}"),
               max(coverage(terms, weights, f"{d.lead_in} {d.text} {amended.get(id(d), '')}") / MIN_OWN_COVERAGE,
                   coverage(terms, weights, d.item) / ITEM_IS_TOPIC), d) for d in rows]
    scored = [(full, d) for full, own, d in scored if full >= MIN_COVERAGE and own >= 0.5]
    if not scored:
        return None
    best = max(full for full, _ in scored)
    top = [d for full, d in scored if full >= best - 0.1]
    # a motion's movers stand on its record and on each part it resolved: the one most of the best
    # records name is the motion's; an amendment is one record
    person = Counter(getattr(d, side) for d in top).most_common(1)[0][0]
    theirs = [d for d in top if getattr(d, side) == person]
    record = next((d for d in theirs if d.form in ("motion", "amendment")), theirs[0])  # the record that moves it
    return _compose(question, [record], [best], False, lead=f"{person} [1]", shown=[abridge(record.text)])



def _amended(store: DecisionStore, d: Any, groups: tuple[str, ...] | None) -> str:
    """The words of the motion an amendment amends: the nearest other record of its agenda item (the
    motion, or the resolution it carried). "An amendment was moved ... to delete the words ..." names
    only the words it changes."""
    rows = [r for r in store.search(None, files=(d.file,), groups=groups, limit=200)
            if r.item == d.item and r.form != "amendment"]
    return min(rows, key=lambda r: abs(r.char_start - d.char_start)).text if rows else ""
