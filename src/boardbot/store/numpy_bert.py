"""A BERT encoder forward pass in NumPy, for embedding a question without importing torch.

A cold ``boardbot ask`` spent more time importing torch and transformers than
everything else together; one question is a few dozen tokens through six small
layers (MiniLM), which NumPy does in milliseconds. Weights come from the model
folder's ``model.safetensors`` (read with ``safetensors.numpy``), word pieces from
its ``tokenizer.json`` (the Rust ``tokenizers`` library sentence-transformers
itself uses), so the vector is the one sentence-transformers computes, to float32
rounding (``tests/store/test_numpy_bert.py`` checks that against the real model).
Only the plain BERT shape is supported; ``load`` returns None for anything else
and the caller uses the full model.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

_SQRT_HALF = np.float32(0.7071067811865476)


def _erf(x: np.ndarray) -> np.ndarray:
    """erf with fractional error < 1.2e-7 (Numerical Recipes' erfc fit): exact GELU at float32, no SciPy."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (
            -0.82215223 + t * 0.17087277))))))))
    erfc = t * np.exp(poly)
    return np.where(x >= 0, 1.0 - erfc, erfc - 1.0).astype(np.float32)


def _gelu(x: np.ndarray) -> np.ndarray:
    return (0.5 * x * (1.0 + _erf(x * _SQRT_HALF))).astype(np.float32)


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class NumpyBert:
    """Mean-pooled, L2-normalised sentence vectors from a BERT model folder."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict[str, Any], tokenizer: Any,
                 max_tokens: int) -> None:
        self.w = weights
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer = tokenizer
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.no_padding()

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[f"{name}.weight"].T + self.w[f"{name}.bias"]

    def _encode(self, ids: list[int]) -> np.ndarray:
        w, n = self.w, len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        size = x.shape[-1] // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}"
            q, k, v = (self._linear(x, f"{p}.attention.self.{m}").reshape(n, self.heads, size).transpose(1, 0, 2)
                       for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / np.float32(np.sqrt(size))
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(1, 0, 2).reshape(n, -1)
            x = _layer_norm(self._linear(ctx, f"{p}.attention.output.dense") + x,
                            w[f"{p}.attention.output.LayerNorm.weight"], w[f"{p}.attention.output.LayerNorm.bias"],
                            self.eps)
            h = _gelu(self._linear(x, f"{p}.intermediate.dense"))
            x = _layer_norm(self._linear(h, f"{p}.output.dense") + x,
                            w[f"{p}.output.LayerNorm.weight"], w[f"{p}.output.LayerNorm.bias"], self.eps)
        return x

    def embed(self, texts: list[str]) -> list[list[float]]:
        # one text at a time: no padding, so the mean is over exactly the text's tokens
        out = []
        for enc in self.tokenizer.encode_batch(texts):
            mean = self._encode(enc.ids).mean(0)
            out.append((mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32).tolist())
        return out


def load(path: str | Path, max_tokens: int) -> NumpyBert | None:
    """The model folder as a ``NumpyBert``, or None when it is not a plain BERT with safetensors weights."""
    root = Path(path)
    try:
        config = json.loads((root / "config.json").read_text())
        if (config.get("model_type") != "bert" or config.get("hidden_act") != "gelu"
                or config.get("position_embedding_type", "absolute") != "absolute"):
            return None
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        weights = load_file(str(root / "model.safetensors"))
        tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
    except (OSError, ValueError, KeyError, ImportError) as exc:
        log.debug("no NumPy encoder for %s: %s", root, exc)
        return None
    weights = {k.removeprefix("bert."): v.astype(np.float32, copy=False) for k, v in weights.items()}
    if "embeddings.word_embeddings.weight" not in weights:
        return None
    return NumpyBert(weights, config, tokenizer, max_tokens)
