"""Uploads for the app: safe names, checks, atomic replacement, and serving only the indexed bytes.

A new upload is copied to ``<index>/uploads/.staging/<unique>/<name>`` and
indexed from there; only once the catalogue holds it is it moved over
``uploads/<name>`` (one ``os.replace``). So until the catalogue commits, the
file on disk is still the old version, and a crash (kill -9) at any point
leaves either the old version everywhere or the new one in the catalogue and
its bytes in staging, which ``recover`` (at start-up) moves into place. The
PDF and page-image routes serve a file only if its SHA-256 is the one the
catalogue holds (``verified_pdf``), so they can never show a version the
answers do not come from.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..ingest.pipeline import sha256_file
from ..store.catalog import FileRecord
from .pages import UPLOADS

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
MAX_NAME = 120
STAGING = ".staging"
# One wording for every upload refused for its name, whether it is in use by an upload
# running now or by a paper the uploader may not read: it must not tell the two apart.
NAME_UNUSABLE = "this file name cannot be used: rename the file and upload it again"


@dataclass
class UploadResult:
    name: str  # the name the user gave
    file: str = ""  # the sanitised name it is indexed under
    status: str = ""  # added | updated | unchanged | failed | skipped
    reason: str = ""
    pages: int = 0
    chunks: int = 0


def _ascii(text: str) -> str:
    """NFKD, then drop what has no ASCII form: 'Café' -> 'Cafe', '会议' -> ''."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def sanitise_filename(name: str) -> str:
    """A safe single-component ``.pdf`` name: no directories, control characters or leading dots."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", name or ""))[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    base = _ascii(base)
    stem = base[:-4] if base.lower().endswith(".pdf") else base
    stem = re.sub(r"[^A-Za-z0-9._() -]+", "_", stem).strip(" ._-")
    stem = re.sub(r"_+", "_", stem)[: MAX_NAME - 4] or "upload"
    return f"{stem}.pdf"


def upload_name(name: str, sha256: str) -> str:
    """The name an upload is indexed under. A name that lost letters to transliteration (or had
    none) gets its content hash appended, so 'Café.pdf' never silently replaces 'Cafe.pdf' and two
    all-CJK names never collide; the rule depends on the name alone, so it reveals nothing."""
    safe = sanitise_filename(name)
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", name or ""))[-1]
    if base.isascii() and safe != "upload.pdf":
        return safe
    stem = safe[:-4][: MAX_NAME - 14]
    return f"{stem}-{sha256[:8]}.pdf"


def hidden_file(name: str) -> bool:
    """A dot-file a folder upload drags along (.DS_Store, ._x.pdf, .pdf): skipped, not a failure."""
    base = re.split(r"[\\/]", name or "")[-1]
    return base.startswith(".") and (not base.lower().endswith(".pdf") or base.startswith("._")
                                     or base.lower() == ".pdf")


def check_pdf(path: Path, max_bytes: int) -> str:
    """Reason the file cannot be accepted, or '' if it looks like a PDF of acceptable size."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return f"cannot read the upload ({exc.strerror})"
    if size > max_bytes:
        return f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)"
    if size == 0:
        return "empty file"
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(PDF_MAGIC):
        return "not a PDF (the file does not start with %PDF-)"
    return ""


_HASHES: dict[tuple[str, int, int, int], str] = {}
_HASH_LOCK = threading.Lock()


def cached_sha256(path: Path) -> str | None:
    """The file's SHA-256, recomputed only when its size, mtime or inode change."""
    try:
        st = path.stat()
    except OSError:
        return None
    key = (str(path), st.st_size, st.st_mtime_ns, st.st_ino)
    with _HASH_LOCK:
        hit = _HASHES.get(key)
    if hit:
        return hit
    try:
        digest = sha256_file(path)
    except OSError:
        return None
    with _HASH_LOCK:
        if len(_HASHES) > 4096:
            _HASHES.clear()
        _HASHES[key] = digest
    return digest


def verified_pdf(settings: Settings, rec: FileRecord) -> Path | None:
    """The PDF on disk whose bytes are exactly the version the catalogue holds, or None."""
    candidates = []
    if rec.source_path:
        candidates.append(Path(rec.source_path))
    candidates += [settings.index_dir / UPLOADS / rec.file, Path(settings.papers_dir) / rec.file]
    for p in candidates:
        if p.name == rec.file and p.is_file() and cached_sha256(p) == rec.sha256:
            return p
    if any(p.name == rec.file and p.is_file() for p in candidates):
        log.warning("%s: the file on disk is not the indexed version (sha256 %s…); not serving it",
                    rec.file, rec.sha256[:12])
    return None


def staging_dir(settings: Settings) -> Path:
    folder = settings.index_dir / UPLOADS / STAGING / f"{time.time_ns()}-{os.getpid()}-{threading.get_ident()}"
    folder.mkdir(parents=True, exist_ok=False)
    return folder


def commit_staged(settings: Settings, staged: Path) -> None:
    """Move an indexed upload from staging over ``uploads/<name>`` and drop its staging folder."""
    os.replace(staged, settings.index_dir / UPLOADS / staged.name)
    drop_staged(staged)


def drop_staged(staged: Path) -> None:
    """Delete a staged upload's folder, and the staging folder once it is empty."""
    shutil.rmtree(staged.parent, ignore_errors=True)
    try:
        staged.parent.parent.rmdir()
    except OSError:  # another upload is staged there now, or it is already gone
        pass


def recover(settings: Settings, catalogue_sha: dict[str, str]) -> list[str]:
    """Finish or undo replacements a crash interrupted; returns one line per file touched.

    ``catalogue_sha`` maps each complete paper to its SHA-256. A staged file the
    catalogue holds is moved into place (the index committed, the move did not
    happen); any other staged file is dropped. A ``.bak`` left by older versions
    is restored if it is the catalogue's version, else deleted.
    """
    folder = settings.index_dir / UPLOADS
    lines: list[str] = []
    if not folder.is_dir():
        return lines
    for staged in sorted((folder / STAGING).glob("*/*.pdf")) if (folder / STAGING).is_dir() else []:
        if catalogue_sha.get(staged.name) == cached_sha256(staged):
            commit_staged(settings, staged)
            lines.append(f"{staged.name}: finished an interrupted replacement")
        else:
            lines.append(f"{staged.name}: dropped an upload that was never indexed")
    if (folder / STAGING).is_dir():
        shutil.rmtree(folder / STAGING, ignore_errors=True)
    for bak in sorted(folder.glob(".*.bak")):
        m = re.match(r"^\.(.+\.pdf)\.\d+\.bak$", bak.name)
        if not m:
            continue
        dest = folder / m.group(1)
        if catalogue_sha.get(dest.name) == cached_sha256(bak) and cached_sha256(dest) != catalogue_sha[dest.name]:
            os.replace(bak, dest)
            lines.append(f"{dest.name}: restored the indexed version from {bak.name}")
        else:
            bak.unlink(missing_ok=True)
            lines.append(f"{dest.name}: deleted a stale backup {bak.name}")
    for line in lines:
        log.warning("upload recovery: %s", line)
    return lines
