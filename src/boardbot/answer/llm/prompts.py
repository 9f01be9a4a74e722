"""Prompt templates as plain files, so wording changes need no code.

The templates ship inside the package (``boardbot.prompts``, the repository's ``prompts/``
folder) and are read with ``importlib.resources``, so an installed wheel finds them too;
``Settings.prompts_dir`` (``BOARDBOT_PROMPTS_DIR``) names a folder that replaces them.

Each file is plain text. Lines starting with ``# `` are comments. A line ``[system]``
or ``[user]`` starts that message; a file without them is one user message.
Placeholders are ``{name}`` and only the names each template documents are
replaced, so other braces in a template (or in paper text put into it) are left
alone. Files are read once, when the generative answerer is created.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ...errors import ConfigError

log = logging.getLogger(__name__)

FILES = {"answer": "answer.txt", "refuse": "refuse.txt"}
PACKAGE = "boardbot.prompts"
_SECTION = re.compile(r"^\[(system|user)\]\s*$")


@dataclass(frozen=True)
class Template:
    system: str
    user: str

    def render(self, **values: str) -> tuple[str, str]:
        return _fill(self.system, values), _fill(self.user, values)


def _fill(text: str, values: dict[str, str]) -> str:
    # One pass, so a value that itself contains "{question}" is not substituted again.
    if not values:
        return text
    pattern = re.compile("|".join(re.escape("{" + k + "}") for k in values))
    return pattern.sub(lambda m: values[m.group(0)[1:-1]], text)


def parse(text: str) -> Template:
    parts: dict[str, list[str]] = {"system": [], "user": []}
    current = "user"
    for line in text.splitlines():
        if line.startswith("# ") or line == "#":
            continue
        m = _SECTION.match(line)
        if m:
            current = m.group(1)
            continue
        parts[current].append(line)
    return Template("\n".join(parts["system"]).strip(), "\n".join(parts["user"]).strip())


@dataclass(frozen=True)
class Prompts:
    answer: Template
    refusal: str


def load_prompts(prompts_dir: Path | None = None) -> Prompts:
    """Reads the templates from ``prompts_dir``, or the packaged ones when it is None;
    a missing file is a configuration error naming the setting."""
    folder: Traversable = resources.files(PACKAGE) if prompts_dir is None else Path(prompts_dir)
    texts: dict[str, str] = {}
    for key, name in FILES.items():
        path = folder / name
        try:
            texts[key] = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"prompt template {path} cannot be read ({exc.strerror}); "
                              "set BOARDBOT_PROMPTS_DIR to a folder holding "
                              f"{', '.join(FILES.values())}") from exc
    refusal = parse(texts["refuse"]).user or "I could not find this in the papers."
    answer = parse(texts["answer"])
    if "{sources}" not in answer.user + answer.system or "{question}" not in answer.user + answer.system:
        raise ConfigError(f"{folder / FILES['answer']}: must contain {{sources}} and {{question}}")
    log.debug("loaded prompts from %s", folder)
    return Prompts(answer=answer, refusal=refusal)
