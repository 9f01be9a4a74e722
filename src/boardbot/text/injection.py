"""Papers are data, not instructions: recognise paper text addressed to an AI assistant.

Shared by the extractive answerer (never quotes such text as an answer) and the LLM
answerer (withholds it, titles and headers included, from the model), so both apply
one rule. Text is normalised before matching, because a planted instruction is
written to slip past a filter: compatibility forms (NFKC: full-width letters,
ligatures), soft hyphens and zero-width characters inside words ("Ign\u00adore"),
and letters spaced apart ("I g n o r e").
"""

from __future__ import annotations

import re
import unicodedata

# soft hyphen, zero-width space/joiners, word joiner and friends, BOM, Mongolian vowel separator
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# four or more single letters separated by single spaces: "I g n o r e"
_SPACED = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ \t]){3,}[A-Za-z](?![A-Za-z])")
_WS = re.compile(r"\s+")

_AI = r"(?:ai|a\.i\.|llms?|language models?|chatbots?|assistants?|summari[sz]ers?|ai (?:systems?|models?|tools?))"
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|directions)\b"
    r"|\b(?:new|updated|real)\s+(?:system\s+)?instructions?\b"
    r"|\bsystem\s*prompt\b|\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|chatbot|language model|llm)\b"
    r"|\b(?:as an ai|assistant must|the assistant should|reply only with)\b"
    # "Note for AI summarisers: ...", "A message to any language model ...", "to all chatbots"
    rf"|\b(?:note|message|instructions?|notice|memo)\s+(?:for|to)\s+(?:any|all|every|the)?\s*{_AI}"
    rf"|\b(?:any|all|every)\s+{_AI}\s+(?:reading|summari[sz]ing|processing|must|should)\b"
    # a role label opening the text ("SYSTEM: you must now ...") or "you must now"
    r"|^\s*(?:system|assistant|developer)\s*:"
    r"|\byou\s+must\s+now\b",
    re.I | re.M,
)


def normalise(text: str) -> str:
    """``text`` as the filter reads it: NFKC, invisible characters removed, spaced letters joined."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACED.sub(lambda m: _WS.sub("", m.group(0)), text)
    return text


def looks_like_instruction(text: str) -> bool:
    """Paper text that addresses the assistant ("ignore previous instructions ...") is not evidence."""
    return bool(text) and bool(_INJECTION.search(normalise(text)))
