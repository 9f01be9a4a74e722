"""The data that flows through boardbot, one way: Page -> Chunk -> Hit -> Citation -> Answer.

Plain dataclasses so every stage (reader, chunker, store, retriever, answerer,
UI, eval) can be tested and swapped independently. Page numbers are 1-based PDF
page indices throughout, because that is what a reader types into a PDF viewer.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class DocMeta:
    """What a paper is: detected from its text, overridden by a manifest entry."""

    file: str  # file name (no directory) - the key everything else hangs off
    title: str = ""
    organisation: str = ""
    board: str = ""  # the meeting body, e.g. "Health and Wellbeing Board"
    date: str = ""  # ISO date (YYYY-MM-DD or YYYY-MM) of the meeting the paper goes to
    doc_type: str = ""  # agenda pack / minutes / report / plan / ...
    visibility: str = "public"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Page:
    """One PDF page of cleaned text."""

    number: int  # 1-based
    text: str


@dataclass
class Chunk:
    """A retrievable span of one document.

    ``page_breaks`` lists (offset_in_chunk, page_number) for every page that
    starts inside or at the beginning of the chunk, so the page of any
    character - and so of any quoted sentence - is exact by construction.
    """

    id: str
    file: str
    text: str
    page_start: int
    page_end: int
    char_start: int  # offsets into the whole cleaned document text
    char_end: int
    page_breaks: list[tuple[int, int]]
    section: str = ""
    meeting_date: str = ""
    meta: dict[str, Any] = field(default_factory=dict)  # document metadata copied on

    def page_at(self, offset: int) -> int:
        return page_at(self.page_breaks, offset)


def page_at(page_breaks: list[tuple[int, int]], offset: int) -> int:
    """Page holding chunk-relative character ``offset``."""
    starts = [b[0] for b in page_breaks]
    i = bisect.bisect_right(starts, offset) - 1
    return page_breaks[max(i, 0)][1]


def encode_breaks(page_breaks: list[tuple[int, int]]) -> str:
    # Chroma metadata values must be scalars, so the list travels as JSON.
    return json.dumps(page_breaks, separators=(",", ":"))


def decode_breaks(raw: str | None, page_start: int) -> list[tuple[int, int]]:
    if not raw:
        return [(0, page_start)]
    return [(int(a), int(b)) for a, b in json.loads(raw)]


@dataclass
class Hit:
    """A chunk returned by retrieval, with its fused score."""

    id: str
    file: str
    page_start: int
    page_end: int
    text: str
    score: float
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def page_breaks(self) -> list[tuple[int, int]]:
        return decode_breaks(self.metadata.get("page_breaks"), self.page_start)

    def page_at(self, offset: int) -> int:
        return page_at(self.page_breaks, offset)

    def ocr_confidence(self, page: int) -> float | None:
        """OCR confidence (0-100) of ``page`` if its text came from OCR, else None."""
        return next((float(c) for p, c in self.metadata.get("ocr_pages") or () if int(p) == page), None)

    def to_dict(self) -> dict[str, Any]:
        meta = {k: v for k, v in self.metadata.items() if k != "page_breaks"}
        return {
            "id": self.id,
            "file": self.file,
            "page_start": self.page_start,
            "page_end": self.page_end,
            "score": round(self.score, 4),
            "text": self.text,
            "metadata": meta,
        }


@dataclass
class Citation:
    """One numbered source of an answer: the sentence quoted and exactly where it is."""

    n: int
    file: str
    page: int
    quote: str
    score: float
    title: str = ""
    board: str = ""
    date: str = ""
    section: str = ""
    context: str = ""  # the surrounding chunk text, for highlighting in the UI
    ocr: bool = False  # the quoted page's text came from OCR (a scan): "text from OCR"
    ocr_confidence: float | None = None  # that page's mean OCR word confidence, 0-100
    also_in: list[str] = field(default_factory=list)  # other papers repeating this page (copies)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["score"] = round(self.score, 4)
        return d


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation]
    abstained: bool
    passages: list[Hit] = field(default_factory=list)  # closest passages (shown on abstention)
    mode: str = "extractive"
    notes: list[str] = field(default_factory=list)  # e.g. LLM fallback reasons
    # answered | partial (a near miss: what the papers give instead, never the answer) | not_found;
    # "" is derived from ``abstained``. ``abstained`` is true whenever the question was not answered.
    status: str = ""
    # the direct answer line (a name, figure, date, place) that opens ``text``, "" when there is none
    lead: str = ""

    def __post_init__(self) -> None:
        if not self.status:
            self.status = "not_found" if self.abstained else "answered"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "status": self.status,
            "lead": self.lead,
            "abstained": self.abstained,
            "mode": self.mode,
            "citations": [c.to_dict() for c in self.citations],
            "passages": [h.to_dict() for h in self.passages],
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Answer:
        """The Answer ``to_dict`` wrote (e.g. a stored conversation's), so it renders as it did then.

        Unknown keys are ignored, so answers stored by an older or newer version still load.
        """
        cite_fields = {f.name for f in fields(Citation)}
        hit_fields = {f.name for f in fields(Hit)}
        return cls(
            question=d.get("question", ""),
            text=d.get("text", ""),
            citations=[Citation(**{k: v for k, v in c.items() if k in cite_fields})
                       for c in d.get("citations") or []],
            abstained=bool(d.get("abstained", False)),
            passages=[Hit(**{k: v for k, v in h.items() if k in hit_fields}) for h in d.get("passages") or []],
            mode=d.get("mode", "extractive"),
            notes=list(d.get("notes") or []),
            status=d.get("status", ""),
            lead=d.get("lead", ""),
        )
