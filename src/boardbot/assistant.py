"""The public Python API and the one wiring point: ``Assistant(index_dir).ask(question)``.

Everything user-facing (CLI, chat app, eval runner) goes through this class, so
they all answer the same way, and only this class assembles the parts: the
index with its derived stores (the decisions register is a hook of it, held as
``assistant.decisions``), the searcher, and the answerers (the extractive one
needs no model; LLM plug-ins, chosen by ``BOARDBOT_LLM``, wrap it and fall back
to it on failure). Nothing registers itself on import.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Settings, load_settings
from .records import Answer, Hit
from .store.catalog import Catalog, FileRecord
from .store.filters import Filters

# Search, answering and the vector store pull in llama_index, chromadb and torch (seconds):
# they are imported where a question is asked, so `boardbot list` and `--help` stay quick.
if TYPE_CHECKING:
    from .answer.registry import Answerer, AnswererRegistry
    from .decisions.store import DecisionStore
    from .search.rerank import QueryAnalysis
    from .store.index import Index

log = logging.getLogger(__name__)


def _decisions_hook(index: Index) -> DecisionStore:
    from .decisions.store import DecisionStore

    return DecisionStore(index.settings, index=index)


# The derived stores every index is opened with, in the order they are written.
HOOKS = (_decisions_hook,)


# the kinds of paper that record decisions taken, as parsing names them
DECISION_RECORDS = ("minutes", "record of decision")


@dataclass
class _Prepared:
    """What ``ask`` and ``ask_stream`` share: a register answer, or the hits to answer from."""

    query: str
    registered: Answer | None = None
    qa: QueryAnalysis | None = None
    hits: list[Hit] | None = None
    # the register's near miss (another meeting, only a recommendation): said when the papers'
    # text does not answer either
    fallback: Answer | None = None

    def settle(self, ans: Answer) -> Answer:
        """The text's answer, unless the register's near miss says more: a decision the register missed
        is taken from the text only where the text is a record of decisions (minutes, not a report)."""
        if self.fallback is None:
            return ans
        kinds = {h.file: h.metadata.get("doc_type", "") for h in self.hits or []}
        recorded = bool(ans.citations) and kinds.get(ans.citations[0].file) in DECISION_RECORDS
        return ans if ans.status == "answered" and recorded else self.fallback


def wipe_index(settings: Settings) -> list[str]:
    """Delete the whole index (``ingest --rebuild``), even one built with another model."""
    from .ingest.pipeline import wipe
    from .store.index import Index

    return wipe(Index(settings, hooks=HOOKS, check_model=False))


def list_papers(settings: Settings, groups: tuple[str, ...] | None = None) -> list[FileRecord]:
    """The catalogue's complete papers, read without opening the vector store or loading a model."""
    catalog = Catalog(settings.db_path)
    try:
        return catalog.files(groups)
    finally:
        catalog.close()


class Assistant:
    def __init__(self, index_dir: str | Path | None = None, settings: Settings | None = None,
                 answerers: AnswererRegistry | None = None, **overrides: Any) -> None:
        if settings is None:
            settings = load_settings(**overrides)
        if index_dir is not None:
            settings = settings.replace(index_dir=Path(index_dir))
        from .answer.extractive import ExtractiveAnswerer
        from .answer.registry import AnswererRegistry
        from .decisions.store import DecisionStore
        from .search.retrieval import Searcher
        from .store.index import Index

        self.settings = settings
        self.index = Index(settings, hooks=HOOKS)
        self.decisions: DecisionStore = next(h for h in self.index.hooks if isinstance(h, DecisionStore))
        self.searcher = Searcher(self.index)
        self.extractive = ExtractiveAnswerer(
            self.searcher.analyse, threshold=settings.abstain_threshold, max_sentences=settings.answer_sentences,
            answer_chars=settings.answer_chars, style=settings.answer_style, keep_share=settings.answer_keep_share,
            unsure_chars=settings.answer_unsure_chars, close_share=settings.answer_close_share,
        )
        self._registry = answerers or AnswererRegistry()
        self._answerers: dict[str, Answerer] = {"extractive": self.extractive}

    # --- plumbing -----------------------------------------------------------
    def answerer(self, name: str | None = None) -> Answerer:
        name = name or self.settings.llm or "extractive"
        if name not in self._answerers:
            self._answerers[name] = self._registry.create(name, self.settings, self.extractive)
        return self._answerers[name]

    def _prepare(self, question: str, filters: Filters | dict[str, Any] | None, history: list[Any] | None,
                 k: int | None) -> _Prepared:
        from .answer.followups import prefer, resolve
        from .decisions.answer import answer_from_register
        from .decisions.movers import answer_mover

        self.refresh()
        # A follow-up is rewritten to stand alone ("who presented it?" -> "who presented family hubs?").
        resolved = resolve(question, history)
        query = resolved.query
        # "What did we agree about X?" is answered from the decisions register first:
        # verbatim resolutions with their meeting, not whichever chunk mentions X.
        registered = (answer_mover(self.decisions, self.index.catalog, query, filters)
                      or answer_from_register(self.decisions, self.index.catalog, query, filters))
        if registered is not None and registered.status == "answered":
            return _Prepared(query, registered=registered)
        # One query analysis (IDF, scope words) over the papers the caller may read serves the
        # reranker and the answerer, so private papers shape neither the ranking nor the scores.
        f = Filters.from_any(filters)
        qa = self.searcher.analyse(query, f.groups)
        hits = self.searcher.search(query, k=k or max(self.settings.top_k, 8), filters=f, qa=qa)
        if self.settings.page_siblings > 0:
            hits = hits + self.searcher.page_siblings(hits, f, self.settings.page_siblings)
        # the papers the previous answer came from, preferred but not required
        return _Prepared(query, qa=qa, hits=prefer(hits, resolved.prefer), fallback=registered)

    # --- public API ---------------------------------------------------------
    def refresh(self) -> bool:
        """Pick up what another process (``boardbot ingest``, ``remove``) changed; cheap when nothing did."""
        return self.index.refresh()

    def search(self, query: str, k: int = 10, filters: Filters | dict[str, Any] | None = None) -> list[Hit]:
        self.refresh()
        return self.searcher.search(query, k=k, filters=filters)

    def retrieval_query(self, question: str, history: list[Any] | None = None) -> str:
        """A follow-up ("and who presented it?") with "it / they" replaced by the previous turn's subject.

        ``history`` holds earlier questions (str), or dicts / ``Turn``s / ``Answer``s that also carry
        the previous answer and the papers it cited.
        """
        from .answer.followups import resolve

        return resolve(question, history).query

    def ask(
        self,
        question: str,
        filters: Filters | dict[str, Any] | None = None,
        history: list[Any] | None = None,
        llm: str | None = None,
        k: int | None = None,
    ) -> Answer:
        question = question.strip()
        prep = self._prepare(question, filters, history, k)
        if prep.registered is not None:
            return prep.registered
        assert prep.hits is not None
        # Score sentences against the user's words, plus the borrowed context for a follow-up.
        ans = prep.settle(self.answerer(llm).answer(prep.query, prep.hits, qa=prep.qa))
        ans.question = question
        return ans

    def ask_stream(self, question: str, filters: Filters | dict[str, Any] | None = None,
                   history: list[Any] | None = None, llm: str | None = None,
                   k: int | None = None) -> Iterator[tuple[str, Answer | None]]:
        """Yields (partial text, None) while generating, then (final text, Answer)."""
        question = question.strip()
        answerer = self.answerer(llm)
        prep = self._prepare(question, filters, history, k)
        if prep.registered is not None:
            yield prep.registered.text, prep.registered
            return
        assert prep.hits is not None
        stream = getattr(answerer, "stream", None)
        if stream is None or prep.fallback is not None:  # the fallback is chosen on the whole answer
            ans = prep.settle(answerer.answer(prep.query, prep.hits, qa=prep.qa))
            ans.question = question
            yield ans.text, ans
            return
        for text, ans in stream(prep.query, prep.hits, qa=prep.qa):
            if ans is not None:
                ans.question = question  # the user's words, not the widened follow-up query
            yield text, ans

    def papers(self, groups: tuple[str, ...] | None = None) -> list[FileRecord]:
        return self.index.files(groups)

    def paper(self, file: str) -> FileRecord | None:
        """The catalogue's record of one paper (any status), or None."""
        return self.index.catalog.file(file)

    def stats(self, groups: tuple[str, ...] | None = None) -> dict[str, Any]:
        return self.index.catalog.stats(groups)

    def is_empty(self) -> bool:
        return not self.index.catalog.files()

    def load_model(self) -> None:
        """Load the embedding model now (seconds), so the first question or ingest is not slow."""
        self.index.embedder.embed(["warm up"])

    def ingest(self, paths: list[str | Path], **kwargs: Any):  # -> IngestReport
        from .ingest.pipeline import Ingester

        return Ingester(self.index).run(paths, **kwargs)

    def remove(self, file: str) -> bool:
        from .ingest.pipeline import ingest_lock

        with ingest_lock(self.settings, timeout=60):  # waits for a running ingest, unlike a second ingest
            return self.index.remove(Path(file).name)

    def set_visibility(self, file: str, group: str) -> bool:
        return self.index.set_visibility(Path(file).name, group)


__all__ = ["Answer", "Assistant", "Hit", "wipe_index"]
