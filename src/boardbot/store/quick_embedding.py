"""Questions embedded without importing torch or sentence-transformers: a cold `boardbot ask` starts seconds sooner.

Importing ``sentence_transformers`` pulls in torch, transformers, scikit-learn,
SciPy and pandas; embedding one question needs none of them. For a model that
sentence-transformers runs as Transformer -> mean Pooling -> Normalize (the
default MiniLM and most sentence-transformers models) over a plain BERT, the same
vector comes from ``numpy_bert``: the same tokenizer with the same truncation, the
same BERT forward pass in NumPy, the mean over the tokens, L2 normalised.
``QuickEmbedder`` uses that for a few texts (a question) until the full model is
loaded for anything else (ingest, token counts, a model of another shape), and
from then on uses the full model for everything.
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..parsing.tokens import tokenizer_file

if TYPE_CHECKING:
    from .numpy_bert import NumpyBert

log = logging.getLogger(__name__)

QUICK_MAX_TEXTS = 4  # a question (or a few): more is ingest work, where the full model is worth loading
_SHAPE = ["sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
          "sentence_transformers.models.Normalize"]


def quick_shape(path: str) -> dict[str, Any] | None:
    """dim, max_tokens and lower-casing of a Transformer/mean-Pooling/Normalize model folder, else None."""
    root = Path(path)
    try:
        modules = json.loads((root / "modules.json").read_text())
        if [m.get("type") for m in modules] != _SHAPE or modules[0].get("path", ""):
            return None
        pooling = json.loads((root / modules[1]["path"] / "config.json").read_text())
        bert = json.loads((root / "sentence_bert_config.json").read_text())
    except (OSError, ValueError, KeyError, TypeError):
        return None
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode_") and v}
    if modes != {"pooling_mode_mean_tokens"} or pooling.get("include_prompt") is False:
        return None
    return {"dim": int(pooling["word_embedding_dimension"]), "max_tokens": int(bert["max_seq_length"]),
            "lower": bool(bert.get("do_lower_case", False))}


class QuickEmbedder:
    """An ``Embedder`` that answers small requests through ``transformers`` until the full model is needed."""

    def __init__(self, name: str, path: str, load_full: Callable[[], Any]) -> None:
        """``name`` as the index records it, ``path`` the model folder, ``load_full`` builds the full embedder."""
        self.name, self._path = name, path
        self._load = load_full
        self._shape = quick_shape(self._path) if Path(self._path).is_dir() else None
        self._full: Any = None
        self._quick: NumpyBert | bool | None = None  # False: tried, not a plain BERT
        self._lock = threading.Lock()
        if self._shape is None:  # another shape (or a hub name): nothing to gain, load it as before
            self._load_full()
        else:
            self.dim = self._shape["dim"]
            self.max_tokens = self._shape["max_tokens"]
            self.tokenizer_file = tokenizer_file(self._path)

    def _load_full(self) -> Any:
        if self._full is None:
            self._full = self._load()
            self.dim, self.max_tokens = self._full.dim, self._full.max_tokens
            self.tokenizer_file = getattr(self._full, "tokenizer_file", None)
        return self._full

    def _load_quick(self) -> NumpyBert | None:
        if self._quick is None:
            from .numpy_bert import load

            self._quick = load(self._path, self.max_tokens) or False
            if self._quick:
                log.info("embedding model %s (%d-d) for questions, in NumPy", self.name, self.dim)
        return self._quick or None

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        if self._full is None and len(texts) <= QUICK_MAX_TEXTS:
            with self._lock:
                return self._embed_quick(texts)
        return self._load_full().embed(texts)

    def _embed_quick(self, texts: list[str]) -> list[list[float]]:
        assert self._shape is not None
        quick = self._load_quick()
        if quick is None:  # not a plain BERT: the full model does it
            return self._load_full().embed(texts)
        # as sentence-transformers' Transformer module prepares them
        return quick.embed([t.strip().lower() if self._shape["lower"] else t.strip() for t in texts])

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self._load_full().count_tokens(texts)
