"""The decisions register: what boards resolved, agreed, approved, noted and were asked to do.

Extraction runs on every ingested paper (``extract``), the records are kept in
SQLite + FTS5 beside the catalogue and in a Chroma collection (``store``), and
are read by the chat assistant (``answer``), the CLI and the eval (``metrics``).
The store is a ``DocumentHook`` of the index: the ``Assistant`` (the one wiring
point) builds the index with it, so ingest, ``boardbot remove`` and
``set-visibility`` keep the register in step with the papers. Nothing here
registers itself on import.
"""

from __future__ import annotations

from .extract import KINDS, Decision, extract_decisions
from .store import DecisionStore

__all__ = ["KINDS", "Decision", "DecisionStore", "extract_decisions"]
