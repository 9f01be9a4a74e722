"""PDFs -> parsed documents -> chunks -> embeddings -> catalogue + vectors.

Incremental by content hash (unchanged files cost one hash), crash-safe by a
per-file status flag, serialised by a lock file, and tolerant of bad input:
a file that cannot be read is reported in one line and the run goes on.
Parsing runs in worker processes so it overlaps with embedding and a hostile
file can be abandoned at its time budget.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tqdm import tqdm

from . import doc_metadata
from .config import Settings
from .document import Document
from .errors import BoardbotError, IndexBusyError, UnreadablePDFError
from .index import Index
from .parse_worker import parse

log = logging.getLogger(__name__)

HEADER_CHARS = 120  # title/section prefix embedded with each chunk; ~30 word pieces at most


@dataclass
class FileResult:
    file: str
    status: str  # added | updated | unchanged | failed | skipped
    reason: str = ""
    pages: int = 0
    chunks: int = 0
    seconds: float = 0.0


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    recovered: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for r in self.results:
            counts[r.status] = counts.get(r.status, 0) + 1
        parts = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no files"
        pages = sum(r.pages for r in self.results if r.status in ("added", "updated"))
        chunks = sum(r.chunks for r in self.results if r.status in ("added", "updated"))
        return f"{parts}; {pages} pages, {chunks} chunks indexed in {self.seconds:.1f}s"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def collect_pdfs(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Expand folders to their PDFs; report paths that do not exist."""
    found: list[Path] = []
    missing: list[FileResult] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(x for x in p.rglob("*") if x.suffix.lower() == ".pdf" and x.is_file())
        elif p.is_file():
            found.append(p)
        else:
            missing.append(FileResult(p.name, "failed", "no such file or folder"))
    seen: set[str] = set()
    unique = []
    for p in found:
        if p.name in seen:  # the file name is the paper's key; a second copy would collide
            missing.append(FileResult(p.name, "failed", f"duplicate file name ({p})"))
            continue
        seen.add(p.name)
        unique.append(p)
    return unique, missing


def embed_text(chunk_meta_title: str, section: str, text: str) -> str:
    header = " | ".join(x for x in (chunk_meta_title, section) if x)[:HEADER_CHARS]
    return f"{header}\n{text}" if header else text


class Ingester:
    def __init__(self, index: Index) -> None:
        self.index = index
        self.settings: Settings = index.settings

    def lock(self) -> FileLock:
        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.settings.index_dir / ".ingest.lock"))

    def run(
        self,
        paths: Iterable[str | Path],
        password: str | None = None,
        visibility: str | None = None,
        progress: bool = True,
        on_file: Callable[[FileResult], None] | None = None,
    ) -> IngestReport:
        lock = self.lock()
        try:
            lock.acquire(timeout=0)
        except Timeout as exc:
            raise IndexBusyError(
                f"another ingest is running on {self.settings.index_dir} (lock {lock.lock_file}); "
                "wait for it to finish"
            ) from exc
        try:
            return self._run(paths, password, visibility, progress, on_file)
        finally:
            lock.release()

    def _run(self, paths: Iterable[str | Path], password: str | None, visibility: str | None,
             progress: bool, on_file: Callable[[FileResult], None] | None) -> IngestReport:
        t0 = time.perf_counter()
        report = IngestReport()
        report.recovered = self.index.recover()
        files, bad = collect_pdfs(paths)
        report.results += bad
        for r in bad:
            log.error("%s: %s", r.file, r.reason)
        todo: list[tuple[Path, str, dict | None]] = []
        manifests: dict[Path, dict[str, dict[str, Any]]] = {}
        for path in files:
            folder = path.parent
            if folder not in manifests:
                manifests[folder] = doc_metadata.load_manifest(folder)
            entry = manifests[folder].get(path.name)
            try:
                digest = sha256_file(path)
            except OSError as exc:
                report.results.append(FileResult(path.name, "failed", f"cannot read file ({exc.strerror})"))
                continue
            want_vis = visibility or (entry or {}).get("visibility") or None
            if self.index.is_current(path.name, digest, want_vis):
                report.results.append(FileResult(path.name, "unchanged"))
                continue
            todo.append((path, digest, entry))

        workers = self.settings.parse_workers or min(len(todo), max(1, (os.cpu_count() or 2)))
        bar = tqdm(total=len(todo), unit="file", desc="ingest", disable=not progress or not todo,
                   dynamic_ncols=True)
        pages_done = chunks_done = 0
        if todo:
            ctx = mp.get_context("spawn")  # fork would copy torch's threads into the workers
            with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=ctx) as pool:
                futures: list[tuple[Path, str, dict | None, Future[Document]]] = [
                    (path, digest, entry, pool.submit(
                        parse, str(path), entry, password, visibility,
                        self.settings.max_pages, self.settings.max_page_chars))
                    for path, digest, entry in todo
                ]
                for path, digest, _entry, fut in futures:
                    started = time.perf_counter()
                    result = self._one(path, digest, fut, report)
                    result.seconds = time.perf_counter() - started
                    report.results.append(result)
                    pages_done += result.pages
                    chunks_done += result.chunks
                    bar.set_postfix_str(f"{pages_done} pages, {chunks_done} chunks")
                    bar.update(1)
                    if on_file:
                        on_file(result)
                    if result.status == "failed":
                        log.error("%s: %s", result.file, result.reason)
                    else:
                        log.info("%s: %s (%d pages, %d chunks)", result.file, result.status,
                                 result.pages, result.chunks)
        bar.close()
        report.seconds = time.perf_counter() - t0
        return report

    def _one(self, path: Path, digest: str, fut: Future[Document], report: IngestReport) -> FileResult:
        try:
            doc = fut.result(timeout=self.settings.parse_timeout_s)
        except FutureTimeout:
            fut.cancel()
            return FileResult(path.name, "failed", f"took longer than {self.settings.parse_timeout_s:.0f}s to parse")
        except UnreadablePDFError as exc:
            return FileResult(path.name, "failed", exc.reason)
        except Exception as exc:  # a crashed worker must not stop the run
            return FileResult(path.name, "failed", f"could not parse ({type(exc).__name__}: {exc})"[:200])
        existed = self.index.catalog.file(path.name) is not None
        try:
            n_chunks, embed_s = self.index.replace_document(doc, digest, path.stat().st_size, str(path))
        except BoardbotError as exc:
            return FileResult(path.name, "failed", str(exc))
        report.embed_seconds += embed_s
        return FileResult(path.name, "updated" if existed else "added", pages=len(doc.pages), chunks=n_chunks)
