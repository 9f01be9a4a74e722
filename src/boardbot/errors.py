"""Error types with one-line messages a user can act on.

Specific types (paper-qa style) let ingest report a bad file and carry on,
and let the UI and CLI show the reason without a traceback.
"""

from __future__ import annotations


class BoardbotError(Exception):
    """Base class: str(err) is a complete one-line message for the user."""


class UnreadablePDFError(BoardbotError):
    """A file that cannot be turned into text pages (encrypted, corrupt, scanned, not a PDF)."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")

    def __reduce__(self):  # crosses process boundaries from parse workers
        return (type(self), (self.file, self.reason))


class IndexMismatchError(BoardbotError):
    """The index on disk was built with another embedding model."""


class IndexBusyError(BoardbotError):
    """Another process holds the ingest lock on this index."""


class ConfigError(BoardbotError):
    """A setting has a value boardbot cannot use."""
