"""Word-piece counting with the embedding model's own tokenizer, without torch.

Chunk sizes are measured in the model's word pieces. Parse workers chunk what
they parse, so the main process of an ingest only embeds and writes (on a GPU
machine it, not parsing, bounded ingest). Workers must stay light, so they read
the model's ``tokenizer.json`` with the ``tokenizers`` library instead of loading
the model; that counts exactly what the model's tokenizer counts (tested).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .chunking import TokenCounter


@dataclass(frozen=True)
class ChunkPlan:
    """What a parse worker needs to chunk a document as the index would."""

    tokenizer_file: str
    file_hash: str
    max_tokens: int
    overlap_tokens: int


def tokenizer_file(model_dir: str) -> str | None:
    """The model's fast-tokenizer file, if it has one (else the main process chunks)."""
    path = Path(model_dir) / "tokenizer.json"
    return str(path) if path.is_file() else None


@lru_cache(maxsize=2)
def counter(tokenizer_json: str) -> TokenCounter:
    # One worker per core already: the tokenizer's own thread pool would only oversubscribe.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(tokenizer_json)
    # tokenizer.json carries the model's truncation (128) and padding: counts need neither
    tok.no_truncation()
    tok.no_padding()

    def count(texts: list[str]) -> list[int]:
        if not texts:
            return []
        return [len(e.ids) for e in tok.encode_batch(texts, add_special_tokens=False)]

    return count
