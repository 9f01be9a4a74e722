"""The index as one object: catalogue (SQLite + BM25), vectors (Chroma), extra stores.

Every write to the index goes through here so the stores stay consistent:
a document is replaced, removed or re-labelled in all of them or none is
served (the catalogue's ``complete`` flag is the commit point).
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Protocol

from ..config import Settings
from ..parsing.chunking import chunk_document
from ..parsing.document import Document
from ..records import Chunk
from .catalog import Catalog, FileRecord
from .embedding import Embedder, check_model, embed_text, get_embedder, resolve_model
from .vectors import VectorStore, drop_collection, reopen_embedded

log = logging.getLogger(__name__)


class DocumentHook(Protocol):
    """A derived store (e.g. the decisions register) kept in step with documents."""

    def index_document(self, doc: Document) -> None: ...

    def remove_file(self, file: str) -> None: ...

    def set_visibility(self, file: str, group: str) -> None: ...

    def drop(self) -> list[str]:
        """Forget everything this store holds outside the index folder; what was dropped."""
        ...


HookFactory = Callable[["Index"], DocumentHook]


class Index:
    """The stores of one index folder; ``hooks`` build the derived stores kept in step with it.

    ``check_model=False`` opens an index built with another embedding model, which only
    ``wipe`` (``ingest --rebuild``) may do.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None,
                 hooks: Sequence[HookFactory] = (), check_model: bool = True) -> None:
        self.settings = settings
        self.catalog = Catalog(settings.db_path)
        self._embedder = embedder
        self.hooks: list[DocumentHook] = [factory(self) for factory in hooks]
        self._generation = self.catalog.generation()
        if check_model:
            self.check_model()

    def check_model(self) -> None:
        settings, embedder = self.settings, self._embedder
        # Compare names, not loaded models: `boardbot list` must not pay for loading torch weights.
        configured = embedder.name if embedder else resolve_model(settings.embed_model)[0]
        check_model(f"index {settings.index_dir}", self.catalog.get_meta("embed_model") or None, configured,
                    lambda: self.catalog.count_chunks() > 0)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder(self.settings)
        return self._embedder

    @cached_property
    def vectors(self) -> VectorStore:
        return VectorStore(self.settings, self.embedder)

    def refresh(self) -> bool:
        """See what other processes wrote since the last look (one SQLite read); True if anything.

        The catalogue is read fresh by every query (SQLite WAL), but an embedded vector
        store keeps its index in memory: while ``boardbot ingest`` adds papers beside a
        running app, the app's dense half would miss them and could fail on ids it half
        knows. Readers call this before searching.
        """
        gen = self.catalog.generation()
        if gen == self._generation:
            return False
        self._generation = gen
        if "vectors" in self.__dict__ or any(getattr(h, "_vectors", None) is not None for h in self.hooks):
            reopen_embedded(self.settings)
        return True

    # --- reads ------------------------------------------------------------
    def files(self, groups: tuple[str, ...] | None = None) -> list[FileRecord]:
        return self.catalog.files(groups)

    def is_current(self, file: str, sha256: str, visibility: str | None) -> bool:
        rec = self.catalog.file(file)
        return bool(
            rec and rec.status == "complete" and rec.sha256 == sha256
            and (visibility is None or rec.visibility == visibility)
        )

    # --- writes -----------------------------------------------------------
    def recover(self) -> list[str]:
        """Purge files a crashed ingest left half-written, so none is served or duplicated."""
        stale = self.catalog.incomplete_files()
        for f in stale:
            log.warning("%s: previous ingest did not finish; removing its partial data", f)
            self.remove(f)
        return stale

    def replace_document(self, doc: Document, sha256: str, size: int, source: str,
                         chunks: list[Chunk] | None = None, added_by: str = "",
                         on_embedded: Callable[[int], None] | None = None) -> tuple[int, float]:
        """Write ``doc`` to every store; ``chunks`` if a parse worker already chunked it.

        ``on_embedded`` hears, slice by slice, the last page whose passages are embedded (for a progress display).
        """
        if chunks is None:
            chunks = chunk_document(
                doc, sha256, self.embedder.count_tokens,
                self.settings.chunk_tokens, self.settings.chunk_overlap_tokens,
            )
        t = time.perf_counter()
        texts = [embed_text(c.meta.get("title", ""), c.section, c.text) for c in chunks]
        step = max(1, self.settings.embed_batch_size) if on_embedded else max(1, len(texts))
        vecs: list[list[float]] = []
        for i in range(0, len(texts), step):
            vecs += self.embedder.embed(texts[i:i + step])
            if on_embedded:
                on_embedded(chunks[min(i + step, len(chunks)) - 1].page_end)
        embed_s = time.perf_counter() - t
        self.catalog.set_meta("embed_model", self.embedder.name)
        self.catalog.begin_file(doc.meta, sha256, size, len(doc.pages), source, added_by)
        self.vectors.delete_file(doc.meta.file)
        self.vectors.add(chunks, vecs)
        self.catalog.add_chunks(chunks)
        self.catalog.add_ocr_pages(doc.meta.file, [(n, p.confidence, p.rotation, len(p.words), p.key)
                                                   for n, p in sorted(doc.ocr.items())])
        copies = self.catalog.add_page_copies(doc.meta.file, [p.text for p in doc.pages], sha256)
        if copies:
            log.info("%s: %d pages repeat pages of other papers (grouped as copies)", doc.meta.file, copies)
        for hook in self.hooks:
            hook.index_document(doc)
        self.catalog.finish_file(doc.meta.file, len(chunks))
        self._generation = self.catalog.generation()  # our own write: this process already sees it
        return len(chunks), embed_s

    def remove(self, file: str) -> bool:
        found = self.catalog.file(file) is not None
        self.vectors.delete_file(file)
        for hook in self.hooks:
            hook.remove_file(file)
        self.catalog.remove_file(file)
        return found

    def set_visibility(self, file: str, group: str) -> bool:
        if self.catalog.file(file) is None:
            return False
        # The catalogue first: every search re-checks its chunk rows against the caller's
        # groups, so while Chroma still carries the old label nothing newly private is served.
        changed = self.catalog.set_visibility(file, group)
        self.vectors.set_visibility(file, group)
        for hook in self.hooks:
            hook.set_visibility(file, group)
        return changed

    def wipe(self) -> list[str]:
        """Delete everything the index holds, for ``ingest --rebuild``; what was deleted.

        In server mode the vectors live on the Chroma server, so its collections are
        dropped there too: deleting only the local catalogue would leave vectors of
        papers nobody re-ingests behind on the server. Callers hold the writer lock.
        """
        gone: list[str] = []
        for hook in self.hooks:
            gone.extend(hook.drop())
        gone.extend(drop_collection(self.settings, self.settings.collection))
        self.catalog.close()
        db = self.settings.db_path
        for p in (self.settings.chroma_dir, db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()
            else:
                continue
            gone.append(str(p))
        return gone
