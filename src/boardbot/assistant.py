"""The public Python API: ``Assistant(index_dir).ask(question)`` and ``.search(query)``.

Everything user-facing (CLI, chat app, eval runner) goes through this class,
so they all answer the same way. Answerers are pluggable: the extractive one
needs no model; LLM backends (configured by ``BOARDBOT_LLM``) wrap it and fall
back to it on failure.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from .catalog import FileRecord, Filters
from .config import Settings, load_settings
from .extractive import ExtractiveAnswerer
from .index import Index
from .records import Answer, Hit
from .rerank import QueryAnalysis
from .retrieval import Searcher

log = logging.getLogger(__name__)

_FOLLOW_UP = re.compile(r"^\s*(?:and|but|also|what about|how about|so)\b|\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her)\b", re.I)


class Answerer(Protocol):
    """Turns a question and retrieved hits into an Answer (extractive or generative)."""

    def answer(self, question: str, hits: list[Hit], qa: QueryAnalysis | None = None) -> Answer: ...


AnswererFactory = Callable[["Assistant", Settings], Answerer]
# Plug-ins (e.g. LLM backends) register by name; "extractive" is always present.
ANSWERERS: dict[str, AnswererFactory] = {}


class Assistant:
    def __init__(self, index_dir: str | Path | None = None, settings: Settings | None = None, **overrides: Any) -> None:
        if settings is None:
            settings = load_settings(**overrides)
        if index_dir is not None:
            settings = settings.replace(index_dir=Path(index_dir))
        self.settings = settings
        self.index = Index(settings)
        self.searcher = Searcher(self.index)
        self.extractive = ExtractiveAnswerer(
            self.searcher.analyse, threshold=settings.abstain_threshold, max_sentences=settings.answer_sentences
        )
        self._answerers: dict[str, Answerer] = {"extractive": self.extractive}

    # --- plumbing -----------------------------------------------------------
    def answerer(self, name: str | None = None) -> Answerer:
        name = name or self.settings.llm or "extractive"
        if name not in self._answerers:
            if name not in ANSWERERS:
                from . import llm  # noqa: F401  registers the LLM backends

            factory = ANSWERERS.get(name)
            if factory is None:
                raise ValueError(f"unknown answerer {name!r}; choose from extractive, {', '.join(sorted(ANSWERERS))}")
            self._answerers[name] = factory(self, self.settings)
        return self._answerers[name]

    # --- public API ---------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: Filters | dict[str, Any] | None = None) -> list[Hit]:
        return self.searcher.search(query, k=k, filters=filters)

    def retrieval_query(self, question: str, history: list[str] | None = None) -> str:
        """A follow-up ("and who presented it?") borrows the previous question's words."""
        if history and (_FOLLOW_UP.search(question) or len(question.split()) <= 4):
            return f"{history[-1]} {question}"
        return question

    def ask(
        self,
        question: str,
        filters: Filters | dict[str, Any] | None = None,
        history: list[str] | None = None,
        llm: str | None = None,
        k: int | None = None,
    ) -> Answer:
        question = question.strip()
        if not history:
            # "What did we agree about X?" is answered from the decisions register first:
            # verbatim resolutions with their meeting, not whichever chunk mentions X.
            from .decisions.answer import answer_from_register

            registered = answer_from_register(self, question, filters)
            if registered is not None:
                return registered
        query = self.retrieval_query(question, history)
        # One query analysis (IDF, scope words) over the papers the caller may read serves the
        # reranker and the answerer, so private papers shape neither the ranking nor the scores.
        f = Filters.from_any(filters)
        qa = self.searcher.analyse(query, f.groups)
        hits = self.searcher.search(query, k=k or max(self.settings.top_k, 8), filters=f, qa=qa)
        # Score sentences against the user's words, plus the borrowed context for a follow-up.
        ans = self.answerer(llm).answer(query, hits, qa=qa)
        ans.question = question
        return ans

    def ask_stream(self, question: str, filters: Any = None, history: list[str] | None = None,
                   llm: str | None = None) -> Iterator[tuple[str, Answer | None]]:
        """Yields (partial text, None) while generating, then (final text, Answer)."""
        answerer = self.answerer(llm)
        stream = getattr(answerer, "stream", None)
        if stream is None:
            ans = self.ask(question, filters=filters, history=history, llm=llm)
            yield ans.text, ans
            return
        query = self.retrieval_query(question, history)
        f = Filters.from_any(filters)
        qa = self.searcher.analyse(query, f.groups)
        hits = self.searcher.search(query, k=max(self.settings.top_k, 8), filters=f, qa=qa)
        for text, ans in stream(query, hits, qa=qa):
            if ans is not None:
                ans.question = question  # the user's words, not the widened follow-up query
            yield text, ans

    def papers(self, groups: tuple[str, ...] | None = None) -> list[FileRecord]:
        return self.index.files(groups)

    def ingest(self, paths: list[str | Path], **kwargs: Any):  # -> IngestReport
        from .ingest import Ingester

        return Ingester(self.index).run(paths, **kwargs)

    def remove(self, file: str) -> bool:
        from .ingest import ingest_lock

        with ingest_lock(self.settings, timeout=60):  # waits for a running ingest, unlike a second ingest
            return self.index.remove(Path(file).name)


__all__ = ["Assistant", "Answer", "Hit"]
