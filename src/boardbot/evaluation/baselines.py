"""Two simple systems scored beside boardbot, so every figure in a report is a comparison.

- ``bm25-pages``: BM25 (the ``bm25s`` package, English stop words, Snowball
  stemmer) over whole PDF pages - one document per pypdf page, nothing else.
- ``llamaindex-starter``: what a newcomer builds from the LlamaIndex starter
  tutorial - one ``Document`` per pypdf page (file name and page number as
  metadata, which LlamaIndex embeds with the text, as the tutorial's reader
  does), the default ``SentenceSplitter`` (1024 tokens, 200 overlap), dense
  top-k over a Chroma collection, the same MiniLM embedder as boardbot, no
  header or footer stripping.

Neither has an answer step, so each "answers" with its top-ranked passage (a
page, or a chunk) cut to ``answer_chars`` characters - the size of a
median boardbot answer - and cites that passage's page. The untruncated
top passage is scored too (``accuracy_full``: would a reader have found the
answer by reading the whole top passage). Baselines never abstain.

Page texts and the starter index are built once and cached under a cache
folder, keyed by the PDFs' content hashes (and, for the starter index, the
embedding model and splitter settings), so a second run costs seconds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..config import Settings
from ..ingest.pipeline import sha256_file
from .dataset import Question
from .metrics import Output, Unit

log = logging.getLogger(__name__)

ANSWER_CHARS = 650  # boardbot's answers (up to 4 quotes): median ~640 characters on the shipped set
STARTER_CHUNK, STARTER_OVERLAP = 1024, 200


def default_cache_dir() -> Path:
    env = os.environ.get("BOARDBOT_EVAL_CACHE")
    return Path(env) if env else Path(tempfile.gettempdir()) / "boardbot-eval-cache"


def top_passage_output(search: Callable[[str, int], list[tuple[str, int, str, float]]],
                       answer_chars: int, q: Question, depth: int) -> Output:
    """A baseline 'answers' with its top passage, cut to boardbot's answer length, and never abstains."""
    t0 = time.perf_counter()
    hits = search(q.question, depth)
    top = hits[0][2] if hits else ""
    return Output(
        retrieved=[Unit(f, p, p) for f, p, _, _ in hits],
        answer=_truncate(top, answer_chars),
        abstained=False,
        citations=[(hits[0][0], hits[0][1])] if hits else [],
        latency_s=time.perf_counter() - t0,
        full_answer=top,
    )


def corpus_key(pdfs: list[Path], *extra: str) -> str:
    h = hashlib.sha256()
    for p in sorted(pdfs, key=lambda x: x.name):
        h.update(f"{p.name}\0{sha256_file(p)}\0".encode())
    for e in extra:
        h.update(e.encode())
    return h.hexdigest()[:16]


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


class PageCorpus:
    """pypdf text of every page of the PDFs, cached per file hash (the 315-page pack takes ~12 s)."""

    def __init__(self, pdfs: list[Path], cache_dir: Path) -> None:
        self.pdfs = sorted(pdfs, key=lambda p: p.name)
        self.cache_dir = cache_dir
        self.pages: list[tuple[str, int, str]] = []  # (file, 1-based page, text)
        for pdf in self.pdfs:
            self.pages += [(pdf.name, i, t) for i, t in enumerate(self._page_texts(pdf), 1)]

    def _page_texts(self, pdf: Path) -> list[str]:
        cached = self.cache_dir / "pages" / f"{sha256_file(pdf)}.json"
        if cached.is_file():
            return json.loads(cached.read_text(encoding="utf-8"))
        import pypdf

        texts = []
        reader = pypdf.PdfReader(str(pdf))
        for page in reader.pages:
            try:
                texts.append(page.extract_text() or "")
            except Exception as exc:  # one bad page must not lose the baseline
                log.warning("%s: page text failed (%s)", pdf.name, exc)
                texts.append("")
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_text(json.dumps(texts), encoding="utf-8")
        tmp.replace(cached)
        return texts


class BM25Pages:
    """BM25 over whole pages; answers with the top page's text."""

    name = "bm25-pages"

    def __init__(self, corpus: PageCorpus, answer_chars: int = ANSWER_CHARS) -> None:
        import bm25s
        import Stemmer

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
        self.corpus = corpus
        self.answer_chars = answer_chars
        self._bm25s = bm25s
        self._stemmer = Stemmer.Stemmer("english")
        tokens = bm25s.tokenize(
            [t for _, _, t in corpus.pages], stopwords="en", stemmer=self._stemmer, return_ids=False, show_progress=False
        )
        self._retriever = bm25s.BM25()
        self._retriever.index(tokens, show_progress=False)

    def search(self, query: str, k: int) -> list[tuple[str, int, str, float]]:
        qt = self._bm25s.tokenize([query], stopwords="en", stemmer=self._stemmer, return_ids=False, show_progress=False)
        k = min(k, len(self.corpus.pages))
        if not k:
            return []
        docs, scores = self._retriever.retrieve(qt, k=k, show_progress=False)
        out = []
        for i, s in zip(docs[0], scores[0]):
            f, p, t = self.corpus.pages[int(i)]
            out.append((f, p, t, float(s)))
        return out

    def run(self, q: Question, depth: int) -> Output:
        return top_passage_output(self.search, self.answer_chars, q, depth)


class StarterRAG:
    """The LlamaIndex starter-tutorial pipeline over Chroma; answers with the top chunk."""

    name = "llamaindex-starter"

    def __init__(
        self,
        corpus: PageCorpus,
        settings: Settings,
        cache_dir: Path,
        answer_chars: int = ANSWER_CHARS,
        progress: bool = False,
    ) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from filelock import FileLock
        from llama_index.core import Document, StorageContext, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.vector_stores.chroma import ChromaVectorStore

        from ..store.embedding import LlamaIndexEmbedding, get_embedder

        self.answer_chars = answer_chars
        embedder = get_embedder(settings)
        embed = LlamaIndexEmbedding(embedder)
        key = corpus_key(corpus.pdfs, embedder.name, f"{STARTER_CHUNK}/{STARTER_OVERLAP}")
        folder = cache_dir / f"starter-{key}"
        folder.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(folder) + ".lock", timeout=600):
            done = folder / "built.json"
            if folder.exists() and not done.is_file():
                shutil.rmtree(folder)  # a build that died half-way
            client = chromadb.PersistentClient(
                path=str(folder / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
            )
            collection = client.get_or_create_collection("starter")
            store = ChromaVectorStore(chroma_collection=collection)
            if done.is_file():
                index = VectorStoreIndex.from_vector_store(store, embed_model=embed)
            else:
                t0 = time.perf_counter()
                docs = [
                    Document(text=text, metadata={"file_name": f, "page_label": str(p)})
                    for f, p, text in corpus.pages
                    if text.strip()
                ]
                index = VectorStoreIndex.from_documents(
                    docs,
                    storage_context=StorageContext.from_defaults(vector_store=store),
                    embed_model=embed,
                    transformations=[SentenceSplitter(chunk_size=STARTER_CHUNK, chunk_overlap=STARTER_OVERLAP)],
                    show_progress=progress,
                )
                info = {"chunks": collection.count(), "pages": len(docs), "seconds": round(time.perf_counter() - t0, 1)}
                done.write_text(json.dumps(info), encoding="utf-8")
                log.info("starter baseline index built: %s", info)
        self.chunks = collection.count()
        self._index = index
        self._retrievers: dict[int, Any] = {}

    def search(self, query: str, k: int) -> list[tuple[str, int, str, float]]:
        if k not in self._retrievers:
            self._retrievers[k] = self._index.as_retriever(similarity_top_k=k)
        out = []
        for nws in self._retrievers[k].retrieve(query):
            meta = nws.node.metadata
            out.append((str(meta["file_name"]), int(meta["page_label"]), nws.node.get_content(), float(nws.score or 0.0)))
        return out

    def run(self, q: Question, depth: int) -> Output:
        return top_passage_output(self.search, self.answer_chars, q, depth)


def corpus_pdfs(index_files: list[Any], papers_dir: Path | None) -> list[Path]:
    """The PDFs behind the index's papers: their recorded source path, else ``papers_dir/<file>``."""
    out: list[Path] = []
    for rec in index_files:
        candidates = [Path(papers_dir) / rec.file] if papers_dir else []
        if getattr(rec, "source_path", ""):
            candidates.append(Path(rec.source_path))
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            log.warning("baselines: PDF for %s not found (looked in %s); left out", rec.file, ", ".join(map(str, candidates)))
            continue
        out.append(found)
    return out


def build_baselines(
    pdfs: list[Path],
    settings: Settings,
    cache_dir: Path | None = None,
    answer_chars: int = ANSWER_CHARS,
    which: tuple[str, ...] = ("bm25-pages", "llamaindex-starter"),
    progress: bool = False,
) -> list[BM25Pages | StarterRAG]:
    cache_dir = Path(cache_dir or default_cache_dir())
    corpus = PageCorpus(pdfs, cache_dir)
    systems: list[BM25Pages | StarterRAG] = []
    if "bm25-pages" in which:
        systems.append(BM25Pages(corpus, answer_chars))
    if "llamaindex-starter" in which:
        systems.append(StarterRAG(corpus, settings, cache_dir, answer_chars, progress))
    return systems
