"""The browser chat app (Gradio): ``python app.py`` or ``boardbot.ui.launch()``.

Imports Gradio lazily so the CLI and library stay fast to import.
"""

from __future__ import annotations

from typing import Any


def launch(*args: Any, **kwargs: Any) -> Any:
    from .app import launch as _launch

    return _launch(*args, **kwargs)


def build_app(*args: Any, **kwargs: Any) -> Any:
    from .app import build_app as _build

    return _build(*args, **kwargs)


__all__ = ["launch", "build_app"]
