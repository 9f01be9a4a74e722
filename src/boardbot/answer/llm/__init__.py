"""Generative answerers over LLM backends: an answerer plug-in (see ``answer.registry``).

Offered names: ``llamacpp``, ``ollama``, ``openai-like`` (see backends.py). Importing
this package registers nothing; the registry calls ``register_answerers``.
"""

from __future__ import annotations

from ...config import Settings
from ..registry import Answerer, Register
from .answerer import GenerativeAnswerer
from .backends import BACKENDS, BackendError, make_llm


def _factory(name: str):
    def make(settings: Settings, extractive: Answerer) -> GenerativeAnswerer:
        return GenerativeAnswerer(name, settings, extractive)

    return make


def register_answerers(register: Register) -> None:
    for name in BACKENDS:
        register(name, _factory(name))


__all__ = ["BACKENDS", "BackendError", "GenerativeAnswerer", "make_llm", "register_answerers"]
