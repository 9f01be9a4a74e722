"""The decisions register: what boards resolved, agreed, approved, noted and were asked to do.

Extraction runs on every ingested paper (``extract``), the records are kept in
SQLite + FTS5 beside the catalogue and in a Chroma collection (``store``), and
are read by the CLI (``cli``), the chat assistant (``answer``) and the eval
(``metrics``). The store is an index hook, so ingest, ``boardbot remove`` and
``set-visibility`` keep the register in step with the papers.

Registration happens when ``boardbot.index`` finishes importing (its last line
imports ``hook_registered`` from here). This package never imports the index
itself at import time: the index pulls in torch, LlamaIndex and Chroma, and
``boardbot --help`` (which loads the ``decisions`` CLI plugin) must stay fast.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .extract import KINDS, Decision, extract_decisions
from .store import DecisionStore, store_for

if TYPE_CHECKING:
    from ..index import Index


def decisions_hook(index: Index) -> DecisionStore:
    return DecisionStore(index.settings, index=index)


def register_hook() -> bool:
    """Add the decisions store to the index's hook factories (idempotent)."""
    from ..index import HOOK_FACTORIES

    if not any(getattr(f, "__qualname__", "") == "decisions_hook" for f in HOOK_FACTORIES):
        HOOK_FACTORIES.append(decisions_hook)
    return True


if "boardbot.index" in sys.modules:  # imported by the index itself: register now
    register_hook()


def __getattr__(name: str) -> bool:
    # `from .decisions import hook_registered` (index.py) registers even when this package
    # was imported first, e.g. by the CLI plugin loader.
    if name == "hook_registered":
        return register_hook()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["KINDS", "Decision", "DecisionStore", "decisions_hook", "extract_decisions", "register_hook",
           "store_for"]
