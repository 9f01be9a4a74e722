"""The audit log: who changed which paper or user, when, and how.

An append-only JSON-lines file, ``<index>/audit.jsonl`` (owner-only), one line
per change: ``{"time", "user", "action", "file", "detail"}``. Every write path
appends - the app's upload, replace, remove and set-visibility, the CLI's
ingest, remove and set-visibility, and user management - so an admin can see
what happened (``boardbot audit`` or the app's admin-only ``/audit``). A file,
not a table, so it survives ``ingest --rebuild`` and a writer needs no lock
on the catalogue: each line is one ``O_APPEND`` write.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

AUDIT_FILE = "audit.jsonl"
_LOCK = threading.Lock()


def audit_path(index_dir: Path) -> Path:
    return Path(index_dir) / AUDIT_FILE


def operator() -> str:
    """The name the CLI records: the local account, marked as the command line."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def record(index_dir: Path, user: str | None, action: str, file: str = "", detail: str = "") -> None:
    """Append one change; a failure to write is logged, never raised, so a change is not undone by it."""
    entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "user": user or "anonymous",
             "action": action, "file": file, "detail": detail}
    line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
    path = audit_path(index_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _LOCK:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line)
            finally:
                os.close(fd)
    except OSError as exc:
        log.error("audit log %s: cannot write (%s): %s", path, exc.strerror, entry)


def read(index_dir: Path, limit: int = 200) -> list[dict[str, Any]]:
    """The last ``limit`` entries, oldest first; a damaged line is skipped."""
    path = audit_path(index_dir)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    out = []
    for raw in lines[-max(1, limit):]:
        try:
            out.append(json.loads(raw))
        except json.JSONDecodeError:
            continue
    return out
