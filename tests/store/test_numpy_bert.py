"""The NumPy BERT encoder: its GELU's erf, and which model folders it takes (vectors: test_quick_embedding)."""

from __future__ import annotations

import json
import math
import shutil

import numpy as np

from boardbot.store.embedding import SentenceTransformerEmbedder, resolve_model
from boardbot.store.numpy_bert import _erf, load


def test_erf_matches_the_exact_function() -> None:
    xs = np.linspace(-6, 6, 2001, dtype=np.float32)
    want = np.array([math.erf(float(x)) for x in xs])
    assert np.abs(_erf(xs) - want).max() < 5e-7  # float32 rounding of the fit


def test_vectors_match_sentence_transformers_one_text_at_a_time() -> None:
    _, path = resolve_model("default")
    quick = load(path, 256)
    assert quick is not None
    full = SentenceTransformerEmbedder("default", "cpu", 8)
    texts = ["What is male life expectancy in Blackpool?", "Quorum: 3 voting members (v)."]
    assert np.allclose(np.array(quick.embed(texts)), np.array(full.embed(texts)), atol=1e-5)


def test_only_plain_bert_folders_are_taken(tmp_path) -> None:
    _, path = resolve_model("default")
    assert load(tmp_path, 256) is None  # no config.json
    for f in ("config.json", "tokenizer.json"):
        shutil.copy(f"{path}/{f}", tmp_path / f)
    assert load(tmp_path, 256) is None  # no weights
    config = json.loads((tmp_path / "config.json").read_text())
    (tmp_path / "config.json").write_text(json.dumps({**config, "model_type": "xlm-roberta"}))
    assert load(tmp_path, 256) is None
