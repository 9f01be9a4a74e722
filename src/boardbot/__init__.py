"""boardbot: answers from UK health-and-care board papers, with page-exact citations."""

from .config import Settings, load_settings
from .errors import BoardbotError, IndexMismatchError, UnreadablePDFError
from .records import Answer, Citation, DocMeta, Hit

__version__ = "0.1.0"


def __getattr__(name: str):
    # Lazy: importing torch and Chroma costs seconds; `boardbot --help` should not pay it.
    if name == "Assistant":
        from .assistant import Assistant

        return Assistant
    raise AttributeError(name)


__all__ = [
    "Answer", "Assistant", "BoardbotError", "Citation", "DocMeta", "Hit", "IndexMismatchError",
    "Settings", "UnreadablePDFError", "load_settings",
]
