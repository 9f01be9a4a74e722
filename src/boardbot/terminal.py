"""Text for a terminal: file names and PDF text are untrusted, so control characters never reach it raw.

A file name can hold ESC sequences (``\\x1b[2J`` clears the screen, OSC 8 forges
links, others retitle the window); printing one raw lets a paper's name act
on the operator's terminal. Every line the CLI prints goes through ``safe``.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(value: Any) -> str:
    """``value`` as text with each control character (ESC, CR, BEL, C1 ...) shown as '?'; newlines and tabs stay."""
    return _CONTROL.sub("?", str(value))
