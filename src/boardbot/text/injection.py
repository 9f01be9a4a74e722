"""Papers are data, not instructions: recognise paper text addressed to an AI assistant.

Shared by the extractive answerer (never quotes such text as an answer) and the LLM
answerer (withholds it from the model), so both apply one rule.
"""

from __future__ import annotations

import re

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|directions)\b"
    r"|\b(?:new|updated|real)\s+(?:system\s+)?instructions?\b"
    r"|\bsystem\s*prompt\b|\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|chatbot|language model|llm)\b"
    r"|\b(?:as an ai|assistant must|the assistant should|reply only with)\b",
    re.I,
)


def looks_like_instruction(text: str) -> bool:
    """Paper text that addresses the assistant ("ignore previous instructions ...") is not evidence."""
    return bool(_INJECTION.search(text))
