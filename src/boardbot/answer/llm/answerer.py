"""Generative answers: a language model writes from numbered sources, the checker keeps it honest.

The extractive answerer picks the candidate sentences (so the generative mode
sees exactly the evidence the default mode would quote, and abstains when it
would). Each becomes a numbered source - a short same-page passage, its paper
and exact page - placed in a delimited data block; sentences that read as
instructions to the assistant are withheld from the model. The model's answer
is cut into sentences and each is checked (``grounding.check``) before it is
shown: unsupported ones are dropped, citations renumbered, and an answer with
nothing left becomes an abstention. If the backend is missing, unreachable,
fails or runs past ``llm_timeout``, the question gets the extractive answer
with a note saying why: the chat never hangs on a model.

Notes on every generative Answer, for people and for the eval runner:
``grounding: kept=K removed=R`` always (R counts sentences the checker removed);
``fallback: <reason>`` when the extractive answer was used instead.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.llms import LLM

from ...config import Settings
from ...records import Answer, Citation, Hit
from ...text.dates import human_date
from ...text.injection import looks_like_instruction
from ...text.sentences import SentenceStream, spans, squash
from .backends import BackendError, make_llm
from .grounding import Grounder, Source, neutralise
from .prompts import Prompts, load_prompts

log = logging.getLogger(__name__)

MAX_SOURCES = 6
PASSAGE_CHARS = 420  # a source is its sentence plus same-page neighbours up to this length


class GenerationTimeout(TimeoutError):
    pass


class GenerativeAnswerer:
    """``answer(question, hits) -> Answer`` and ``stream(question, hits)`` through an LLM backend."""

    def __init__(self, name: str, settings: Settings, extractive: Any, llm: LLM | None = None,
                 prompts: Prompts | None = None, attribute_uncited: bool | None = None) -> None:
        self.name = name
        if attribute_uncited is None:
            attribute_uncited = str(settings.extra.get("llm_attribute_uncited", "true")).lower() in ("1", "true", "yes")
        self.attribute_uncited = attribute_uncited
        self.settings = settings
        self.timeout = float(settings.llm_timeout)
        self.prompts = prompts or load_prompts(settings.prompts_dir)
        self.fallback = extractive
        # Same scoring as the default answer, but more sentences for the model to choose from.
        self.picker = copy.copy(extractive)
        self.picker.max_sentences = MAX_SOURCES
        self._llm = llm
        self._llm_error: str = ""
        # llama.cpp contexts are not thread-safe, and a local model gains nothing from overlap.
        self._lock = threading.Lock()

    # --- public -------------------------------------------------------------------
    def answer(self, question: str, hits: list[Hit], **kw: Any) -> Answer:
        final: Answer | None = None
        for _, ans in self.stream(question, hits, **kw):
            final = ans or final
        assert final is not None
        return final

    def stream(self, question: str, hits: list[Hit], **kw: Any) -> Iterator[tuple[str, Answer | None]]:
        """Yields (checked text so far, None) per kept sentence, then (final text, Answer).

        Extra keywords (e.g. a precomputed query analysis) go to the extractive picker.
        """
        started = time.monotonic()
        picked = self.picker.answer(question, hits, **kw)
        if picked.abstained:
            ans = self._abstain(question, hits, ["grounding: kept=0 removed=0",
                                                 "no passage cleared the confidence bar; the model was not asked"])
            yield ans.text, ans
            return
        sources, withheld = build_sources(picked.citations, hits)
        notes: list[str] = []
        if withheld:
            notes.append(f"withheld {withheld} source sentence{'s' if withheld > 1 else ''} "
                         "that read as instructions to the assistant")
        if not sources:
            ans = self._abstain(question, hits, ["grounding: kept=0 removed=0", *notes])
            yield ans.text, ans
            return
        grounder = Grounder({s.n: s for s in sources}, refusal=self.prompts.refusal, question=question,
                            attribute_uncited=self.attribute_uncited)
        error = ""
        try:
            for _ in self._generate(question, sources, grounder, started):
                yield grounder.text, None
        except Exception as exc:  # noqa: BLE001 - any backend failure must become a fallback, not a crash
            error = _describe(exc, self.timeout)
            log.warning("LLM backend %s failed: %s", self.name, error)
        if error and not grounder.kept:
            ans = self.fallback.answer(question, hits, **kw)
            ans.notes = [*ans.notes, f"fallback: {self.name} backend failed ({error}); showing the extractive answer"]
            yield ans.text, ans
            return
        if error:
            notes.append(f"generation stopped early ({error}); the answer may be incomplete")
        ans = self._finish(question, hits, grounder, sources, notes)
        log.info("%s answered in %.1fs: %s", self.name, time.monotonic() - started, grounder.note())
        yield ans.text, ans

    # --- plumbing -----------------------------------------------------------------
    def llm(self) -> LLM:
        if self._llm is None:
            if self._llm_error:  # a backend that cannot load is not retried on every question
                raise BackendError(self._llm_error)
            try:
                self._llm = make_llm(self.name, self.settings)
            except BackendError as exc:
                self._llm_error = str(exc)
                raise
            except Exception as exc:  # noqa: BLE001 - e.g. a corrupt GGUF file
                self._llm_error = f"{self.name} backend could not start: {type(exc).__name__}: {exc}"
                raise BackendError(self._llm_error) from exc
        return self._llm

    def messages(self, question: str, sources: list[Source]) -> list[ChatMessage]:
        system, user = self.prompts.answer.render(
            question=squash(question), sources=format_sources(sources), n_sources=str(len(sources)),
            refusal=self.prompts.refusal,
        )
        return _messages(system, user)

    def _deadline_lock(self) -> _Held:
        if not self._lock.acquire(timeout=self.timeout):
            raise GenerationTimeout(f"the {self.name} model was busy for {self.timeout:.0f}s")
        return _Held(self._lock)

    def _generate(self, question: str, sources: list[Source], grounder: Grounder, started: float) -> Iterator[str]:
        """Runs the model, yielding each sentence the checker kept."""
        messages = self.messages(question, sources)
        splitter = SentenceStream()
        with self._deadline_lock():
            gen = self.llm().stream_chat(messages)
            try:
                for chunk in gen:
                    if time.monotonic() - started > self.timeout:
                        raise GenerationTimeout(f"no complete answer within {self.timeout:.0f}s")
                    for sentence in splitter.feed(chunk.delta or ""):
                        kept = grounder.add(sentence)
                        if kept:
                            yield kept
            finally:
                close = getattr(gen, "close", None)
                if close:
                    close()
        for sentence in splitter.flush():
            kept = grounder.add(sentence)
            if kept:
                yield kept

    def _abstain(self, question: str, hits: list[Hit], notes: list[str]) -> Answer:
        return Answer(question, self.prompts.refusal, [], True, passages=hits[:3], mode=self.name, notes=notes)

    def _finish(self, question: str, hits: list[Hit], grounder: Grounder, sources: list[Source],
                notes: list[str]) -> Answer:
        removed = len(grounder.removed)
        notes = [grounder.note(), *notes]
        if removed:
            notes.append(f"removed {removed} unsupported sentence{'s' if removed > 1 else ''}")
        if grounder.attributed:
            notes.append(f"attributed: {grounder.attributed} uncited sentence{'s' if grounder.attributed > 1 else ''} "
                         "to the one source holding all of its facts and words")
        if not grounder.kept:
            if grounder.declined:
                notes.append("the model said the sources do not answer the question")
            return self._abstain(question, hits, notes)
        by_n = {s.n: s for s in sources}
        citations = []
        for new_n, old_n in enumerate(grounder.order, start=1):
            s = by_n[old_n]
            citations.append(Citation(
                n=new_n, file=s.file, page=s.page, quote=s.text, score=s.score, title=s.title,
                board=s.board, date=s.date, section=s.section, context=s.context,
                ocr=s.ocr_confidence is not None, ocr_confidence=s.ocr_confidence,
            ))
        return Answer(question, grounder.text, citations, False, passages=hits[:3], mode=self.name, notes=notes)


class _Held:
    def __init__(self, lock: threading.Lock) -> None:
        self.lock = lock

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def _messages(system: str, user: str) -> list[ChatMessage]:
    out = [ChatMessage(role=MessageRole.SYSTEM, content=system)] if system else []
    return [*out, ChatMessage(role=MessageRole.USER, content=user)]


def _describe(exc: BaseException, timeout: float) -> str:
    if isinstance(exc, BackendError | GenerationTimeout):
        return str(exc)
    name = type(exc).__name__
    if "Timeout" in name:
        return f"no reply within {timeout:.0f}s ({name})"
    if "Connect" in name or isinstance(exc, ConnectionError):
        return f"cannot connect to the model server ({name}: {exc})"
    return f"{name}: {exc}"


# --- sources --------------------------------------------------------------------------
def build_sources(citations: list[Citation], hits: list[Hit]) -> tuple[list[Source], int]:
    """Numbered same-page passages around the picked sentences; instruction-like text withheld."""
    by_text = {h.text: h for h in hits}
    used: set[tuple[str, int]] = set()
    sources: list[Source] = []
    withheld = 0
    for c in citations:
        quote, dropped = scrub(c.quote)
        if not quote:  # the picked sentence is nothing but an instruction: no source at all
            withheld += dropped
            log.warning("withheld an instruction-like sentence from %s p.%d: %r", c.file, c.page, c.quote[:120])
            continue
        hit = by_text.get(c.context)
        passage: str | None = c.quote
        if hit is not None:
            passage = _passage(hit, c.quote, used)
            if passage is None:  # the same text is already inside an earlier source
                continue
        passage, dropped = scrub(passage)
        if dropped:
            withheld += dropped
            log.warning("withheld %d instruction-like sentence(s) from a source in %s p.%d", dropped, c.file, c.page)
        sources.append(Source(
            n=len(sources) + 1, text=neutralise(passage), file=_header_safe(c.file, "a paper"),
            page=c.page, title=_header_safe(c.title), board=_header_safe(c.board),
            date=human_date(c.date), section=_header_safe(c.section), context=c.context, score=c.score,
            ocr_confidence=c.ocr_confidence if c.ocr else None,
        ))
    return sources, withheld


def _header_safe(text: str, instead: str = "") -> str:
    """A title, board, section or file name that addresses the assistant never reaches the model."""
    if looks_like_instruction(text):
        log.warning("withheld an instruction-like source header: %r", text[:120])
        return instead
    return neutralise(text)


def scrub(text: str) -> tuple[str, int]:
    """``text`` without its sentences that address the assistant, and how many went."""
    parts = [text[a:b] for a, b in spans(text)]
    kept = [p for p in parts if not looks_like_instruction(p)]
    return " ".join(kept).strip(), len(parts) - len(kept)


def _passage(hit: Hit, quote: str, used: set[tuple[str, int]]) -> str | None:
    sp = spans(hit.text)
    idx = next((i for i, (a, b) in enumerate(sp) if squash(hit.text[a:b]) == quote), None)
    if idx is None:
        return quote
    if (hit.id, idx) in used:
        return None
    page = hit.page_at(sp[idx][0])
    chosen = [idx]
    length = len(quote)
    # Grow forwards first (a heading or label is often followed by its value), then backwards.
    for j in [idx + 1, idx + 2, idx - 1, idx - 2]:
        if not 0 <= j < len(sp) or (hit.id, j) in used:
            continue
        a, b = sp[j]
        text = squash(hit.text[a:b])
        if hit.page_at(a) != page or looks_like_instruction(text) or length + len(text) > PASSAGE_CHARS:
            continue
        if abs(j - idx) == 2 and (idx + (j - idx) // 2) not in chosen:
            continue  # keep passages contiguous
        chosen.append(j)
        length += len(text) + 1
    chosen.sort()
    for j in chosen:
        used.add((hit.id, j))
    return " ".join(squash(hit.text[sp[j][0]:sp[j][1]]) for j in chosen)


def format_sources(sources: list[Source]) -> str:
    return "\n\n".join(f"[{s.n}] {s.header()}:\n{s.text}" for s in sources)
