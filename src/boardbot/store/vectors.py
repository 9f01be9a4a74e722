"""The dense half of the index: Chroma collections, reached through LlamaIndex.

Embedded (``PersistentClient`` under ``index/chroma``) by default, or a Chroma
server when ``BOARDBOT_CHROMA_URL`` is set - the same code path either way.
One class serves both collections (chunks, and the decisions register). Each
records which embedding model and dimension built it, so a mismatched model
fails loudly instead of returning nonsense neighbours.
"""

from __future__ import annotations

import logging
import math
import threading
from typing import Any
from urllib.parse import urlparse

import llama_index.core
from llama_index.core import VectorStoreIndex
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle
from llama_index.vector_stores.chroma import ChromaVectorStore

from ..config import Settings
from ..errors import BoardbotError
from ..records import Chunk
from ..text.dates import date_key
from .embedding import Embedder, LlamaIndexEmbedding, check_model, model_label
from .filters import Filters

log = logging.getLogger(__name__)
logging.getLogger("chromadb").setLevel(logging.ERROR)


def make_client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        u = urlparse(settings.chroma_url)
        if not u.hostname:
            raise BoardbotError(f"BOARDBOT_CHROMA_URL {settings.chroma_url!r} is not a URL like http://host:port")
        try:
            client = chromadb.HttpClient(
                host=u.hostname, port=u.port or 8000, ssl=u.scheme == "https", settings=chroma_settings
            )
            client.heartbeat()
        except Exception as exc:
            raise BoardbotError(f"cannot reach Chroma server at {settings.chroma_url} ({exc})") from exc
        return Remote(client, settings.chroma_url)
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


class Remote:
    """A Chroma client or collection on a server: a call that loses the server raises a BoardbotError.

    Without this a server that stops after start-up surfaces as a bare httpx
    ``ConnectError`` traceback in the CLI and an unexplained failure in the app.
    Every other attribute and result passes through (collections stay wrapped).
    """

    __slots__ = ("_target", "_url")

    def __init__(self, target: Any, url: str) -> None:
        self._target = target
        self._url = url

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            import httpx
            from chromadb.api.models.Collection import Collection

            try:
                result = attr(*args, **kwargs)
            except (httpx.TransportError, OSError) as exc:
                raise BoardbotError(
                    f"lost the Chroma server at {self._url} ({type(exc).__name__}: {exc}); is it still running?"
                ) from exc
            return Remote(result, self._url) if isinstance(result, Collection) else result

        return call


# Chroma caps one write's size (max_batch_size, ~5,000 on SQLite); stay well under it.
ADD_BATCH = 1000


def drop_collection(settings: Settings, name: str) -> list[str]:
    """Delete collection ``name`` from the Chroma server (``ingest --rebuild``); what was dropped.

    Embedded collections live in the index folder and go with it.
    """
    if not settings.chroma_url:
        return []
    client = make_client(settings)
    if name not in {c.name for c in client.list_collections()}:
        return []
    client.delete_collection(name)
    return [f"{settings.chroma_url} collection {name}"]


# Per embedded Chroma folder, how often it was reopened in this process (see ``reopen_embedded``).
_EPOCHS: dict[str, int] = {}
# a reopen and a (re)connect never interleave: a client created while another thread drops the
# folder's shared System can get one already stopped (seen as "no attribute 'bindings'")
_REOPEN = threading.RLock()


def reopen_embedded(settings: Settings) -> None:
    """Make every VectorStore of this process reopen the embedded store at ``settings.chroma_dir``.

    An embedded Chroma keeps its vector index in memory; rows another process wrote since
    stay invisible to it (and a query can fail on ids it half knows). Chroma shares one
    System per folder among a process's clients, so the folder's System is dropped and
    each VectorStore over it reconnects on its next use. A server needs none of this.
    """
    if settings.chroma_url:
        return
    from chromadb.api.shared_system_client import SharedSystemClient

    key = str(settings.chroma_dir)
    with _REOPEN:
        SharedSystemClient._identifier_to_system.pop(key, None)
        SharedSystemClient._identifier_to_refcount.pop(key, None)
        _EPOCHS[key] = _EPOCHS.get(key, 0) + 1
    log.info("reopened the vector store at %s: another process changed the index", key)


# The HNSW graph Chroma searches. Its defaults (16 links, search breadth 100) left a top-5 neighbour
# (cosine 0.66 when the 30th was 0.63) out of the 30 nearest of a 1,367-chunk index: a wider search
# and a denser graph cost a few ms a query at archive sizes and find it.
HNSW = {"space": "cosine", "ef_construction": 200, "ef_search": 400, "max_neighbors": 32}


class VectorStore:
    """One Chroma collection: ids, vectors and the filter fields, read through LlamaIndex."""

    def __init__(self, settings: Settings, embedder: Embedder, collection: str | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.name = collection or settings.collection
        self._key = "" if settings.chroma_url else str(settings.chroma_dir)
        self._open()

    def _open(self) -> None:
        settings, embedder, name = self.settings, self.embedder, self.name
        self._epoch = _EPOCHS.get(self._key, 0)
        self.client = make_client(settings)
        self._collection = self.client.get_or_create_collection(
            name, metadata={"embed_model": embedder.name, "embed_dim": embedder.dim}, configuration={"hnsw": HNSW},
        )
        searched = ((self._collection.configuration or {}).get("hnsw") or {}).get("ef_search") or 0
        if searched < HNSW["ef_search"]:
            # an index built before keeps its graph, but is searched as widely as a new one
            self._collection.modify(configuration={"hnsw": {"ef_search": HNSW["ef_search"]}})
        meta = self._collection.metadata or {}
        check_model(
            f"collection {name} at {settings.chroma_url or settings.chroma_dir}",
            model_label(meta.get("embed_model"), meta.get("embed_dim")),
            model_label(embedder.name, embedder.dim),
            lambda: self._collection.count() > 0,
        )
        self.store = ChromaVectorStore(chroma_collection=self._collection)
        if llama_index.core.global_tokenizer is None:
            # LlamaIndex builds a default SentenceSplitter here that boardbot never uses
            # (chunking.py chunks); its tiktoken encoding is downloaded when TIKTOKEN_CACHE_DIR
            # is set elsewhere, so an offline machine would fail at start-up without this.
            llama_index.core.set_global_tokenizer(str.split)
        self._index = VectorStoreIndex.from_vector_store(self.store, embed_model=LlamaIndexEmbedding(embedder))

    def _current(self) -> None:
        if self._key and self._epoch != _EPOCHS.get(self._key, 0):
            with _REOPEN:
                if self._epoch != _EPOCHS.get(self._key, 0):  # another thread may have reopened it
                    self._open()

    @property
    def collection(self) -> Any:
        self._current()
        return self._collection

    @property
    def index(self) -> VectorStoreIndex:
        self._current()
        return self._index

    def add(self, chunks: list[Chunk], embeddings: list[list[float]]) -> None:
        """Store vectors with only the metadata the filters need, straight into the collection.

        The chunk text, pages and sections live in the catalogue, which every search
        joins its hits back to. Writing through ``ChromaVectorStore.add`` stores the
        text again as Chroma's document plus LlamaIndex's node JSON and five
        bookkeeping keys per vector: at 10,000 pages on a GPU that made ingest 127 s
        with text, 55 s with text-less nodes, and 39 s written this way. Reads still
        go through LlamaIndex's retriever over the same collection, which builds a
        text-less node from these ids and metadata.
        """
        metas: list[dict[str, Any]] = [
            {
                "file": c.file,
                "date_key": date_key(c.meeting_date or c.meta.get("date", "")),
                "visibility": c.meta.get("visibility", "public"),
            }
            for c in chunks
        ]
        self.upsert([c.id for c in chunks], embeddings, metas)

    def upsert(self, ids: list[str], embeddings: list[list[float]], metadatas: list[dict[str, Any]]) -> None:
        """Vectors with their filter fields; every record needs ``file``, ``date_key`` and ``visibility``."""
        # upsert: deterministic ids make a retried batch harmless
        for i in range(0, len(ids), ADD_BATCH):
            self.collection.upsert(
                ids=ids[i : i + ADD_BATCH],
                embeddings=embeddings[i : i + ADD_BATCH],
                metadatas=metadatas[i : i + ADD_BATCH],  # type: ignore[arg-type]
            )

    def delete_file(self, file: str) -> None:
        self.collection.delete(where={"file": file})

    def file_ids(self, file: str) -> list[str]:
        return list(self.collection.get(where={"file": file}, include=[])["ids"])

    def set_visibility(self, file: str, group: str) -> None:
        ids = self.file_ids(file)
        if ids:
            self.collection.update(ids=ids, metadatas=[{"visibility": group}] * len(ids))

    def retriever(self, k: int, filters: Filters, min_cosine: float | None = None) -> BaseRetriever:
        """A LlamaIndex retriever scoring by cosine; ``filters.board`` must already be resolved to files.

        The filters go into Chroma's own query, so top-k is always full of readable
        vectors. ``min_cosine`` drops weaker neighbours (after the top-k, so fewer may come).
        """
        where = filters.chroma_where()
        return DenseRetriever(self, k, where, min_cosine)


class DenseRetriever(BaseRetriever):
    """Chroma's LlamaIndex retriever with its scores as cosines (and an optional floor).

    While another process writes to an embedded store, a query can fail inside Chroma
    ("Error finding id": its in-memory index and its files disagree). The store is then
    reopened and the query retried once; if it fails again the dense half sits this
    query out (the BM25 half still answers, and the catalogue serves complete papers
    only), so a reader never fails because a writer is busy.
    """

    def __init__(self, store: VectorStore, k: int, where: dict[str, Any] | None, min_cosine: float | None = None) -> None:
        super().__init__()
        self._store, self._k, self._where, self._min = store, k, where, min_cosine

    def _query(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        kwargs = {"vector_store_kwargs": {"where": self._where}} if self._where else {}
        return self._store.index.as_retriever(similarity_top_k=self._k, **kwargs).retrieve(query_bundle)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        from chromadb.errors import ChromaError

        try:
            found = self._query(query_bundle)
        except ChromaError as exc:
            if not self._store._key:
                raise
            log.warning("dense search failed while the index is being written (%s); reopening", exc)
            reopen_embedded(self._store.settings)
            try:
                found = self._query(query_bundle)
            except Exception as again:  # noqa: BLE001  (Chroma raises ValueError/AttributeError mid-reopen too)
                log.warning("dense search skipped for this query (%s); BM25 answers alone", again)
                return []
        out = []
        for nws in found:
            cos = cosine_from_similarity(nws.score)
            if self._min is None or cos >= self._min:
                out.append(NodeWithScore(node=nws.node, score=cos))
        return out


def cosine_from_similarity(sim: float | None) -> float:
    """ChromaVectorStore reports exp(-distance); with cosine space distance = 1 - cos."""
    if not sim or sim <= 0:
        return 0.0
    return 1.0 + math.log(sim)
