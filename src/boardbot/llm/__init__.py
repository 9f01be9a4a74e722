"""Generative answerers over LLM backends; importing this registers them with the Assistant.

The Assistant imports this package only when an answerer other than
"extractive" is asked for, so the default install never loads an LLM client.
Registered names: ``llamacpp``, ``ollama``, ``openai-like`` (see backends.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..assistant import ANSWERERS
from .answerer import GenerativeAnswerer
from .backends import BACKENDS, BackendError, make_llm

if TYPE_CHECKING:
    from ..assistant import Assistant
    from ..config import Settings


def _factory(name: str):
    def make(assistant: Assistant, settings: Settings) -> GenerativeAnswerer:
        return GenerativeAnswerer.for_assistant(name, assistant, settings)

    return make


for _name in BACKENDS:
    ANSWERERS.setdefault(_name, _factory(_name))

__all__ = ["GenerativeAnswerer", "BackendError", "make_llm", "BACKENDS"]
