"""Answerers by name: "extractive" always, the rest from plug-ins.

The host never imports a plug-in by name (the simonw/llm pattern): a plug-in is
a module with one hook, ``register_answerers(register)``, that calls
``register(name, factory)`` for each answerer it offers. Plug-ins are the
modules in ``BUILTIN_PLUGINS`` and any installed package's entry points in the
``boardbot.answerers`` group; they load only when an answerer other than
"extractive" is first asked for, so the default path never loads an LLM client.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Protocol

from ..config import Settings
from ..records import Answer, Hit
from ..search.rerank import QueryAnalysis

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "boardbot.answerers"
BUILTIN_PLUGINS = ("boardbot.answer.llm",)


class Answerer(Protocol):
    """Turns a question and retrieved hits into an Answer (extractive or generative)."""

    def answer(self, question: str, hits: list[Hit], qa: QueryAnalysis | None = None) -> Answer: ...


# (settings, the extractive answerer) -> answerer: a generative answerer picks its evidence
# with the extractive one and falls back to it.
AnswererFactory = Callable[[Settings, Answerer], Answerer]
Register = Callable[[str, AnswererFactory], None]


class AnswererRegistry:
    def __init__(self, plugins: tuple[str, ...] = BUILTIN_PLUGINS, entry_point_group: str = ENTRY_POINT_GROUP) -> None:
        self._factories: dict[str, AnswererFactory] = {}
        self._plugins = plugins
        self._group = entry_point_group
        self._loaded = False

    def register(self, name: str, factory: AnswererFactory) -> None:
        if name == "extractive":
            raise ValueError("'extractive' is built in and cannot be replaced")
        self._factories.setdefault(name, factory)

    def names(self) -> list[str]:
        self._load()
        return ["extractive", *sorted(self._factories)]

    def create(self, name: str, settings: Settings, extractive: Answerer) -> Answerer:
        if name == "extractive":
            return extractive
        if name not in self._factories:
            self._load()
        factory = self._factories.get(name)
        if factory is None:
            raise ValueError(f"unknown answerer {name!r}; choose from {', '.join(self.names())}")
        return factory(settings, extractive)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        modules = [importlib.import_module(m) for m in self._plugins]
        for ep in entry_points(group=self._group):
            try:
                modules.append(ep.load())
            except Exception as exc:  # noqa: BLE001 - a broken third-party plug-in must not break the others
                log.warning("answerer plug-in %s could not be loaded (%s)", ep.value, exc)
        for mod in modules:
            hook = getattr(mod, "register_answerers", None)
            if hook is None:
                log.warning("answerer plug-in %s has no register_answerers()", mod.__name__)
                continue
            hook(self.register)
