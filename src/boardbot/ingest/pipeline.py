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
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tqdm import tqdm

from ..config import Settings
from ..errors import BoardbotError, IndexBusyError, UnreadablePDFError
from ..parsing import metadata as doc_metadata
from ..parsing.tokens import ChunkPlan
from ..store.index import Index
from .pool import ParsePool
from .progress import FileProgress, Progress
from .worker import Parsed, ocr_settings, parse

log = logging.getLogger(__name__)


@dataclass
class FileResult:
    file: str
    status: str  # added | updated | unchanged | failed | skipped
    reason: str = ""
    pages: int = 0
    chunks: int = 0
    seconds: float = 0.0
    ocr_pages: int = 0  # pages whose text came from OCR


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
        ocr = sum(r.ocr_pages for r in self.results if r.status in ("added", "updated"))
        by_ocr = f" ({ocr} by OCR)" if ocr else ""
        return f"{parts}; {pages} pages{by_ocr}, {chunks} chunks indexed in {self.seconds:.1f}s"


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


def ingest_lock(settings: Settings, timeout: float = -1) -> FileLock:
    """The index's one writer lock (ingest, rebuild, remove); it lives in the index folder."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(settings.index_dir / ".ingest.lock"), timeout=timeout)


@contextmanager
def writer(settings: Settings) -> Iterator[None]:
    """Hold the index's writer lock, or fail at once if another writer holds it."""
    lock = ingest_lock(settings)
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise IndexBusyError(
            f"another ingest is running on {settings.index_dir} (lock {lock.lock_file}); wait for it to finish"
        ) from exc
    try:
        yield
    finally:
        lock.release()


def wipe(index: Index) -> list[str]:
    """``index.wipe()`` under the writer lock, for ``ingest --rebuild``; returns what was deleted."""
    with writer(index.settings):
        return index.wipe()


class Ingester:
    def __init__(self, index: Index) -> None:
        self.index = index
        self.settings: Settings = index.settings
        self._ocr = ocr_settings(self.settings)
        # OCR progress reported by the parse workers, page by page: pages read, and when each
        # file last had one (a file being OCR'd keeps its parse budget while pages keep coming)
        self._ocr_read = 0
        self._ocr_seen: dict[str, float] = {}
        self._status = ""
        self._bar: tqdm | None = None
        self._added_by, self._progress = "", Progress()

    def run(
        self,
        paths: Iterable[str | Path],
        password: str | None = None,
        visibility: str | None = None,
        progress: bool = True,
        on_file: Callable[[FileResult], None] | None = None,
        added_by: str = "",
        on_event: Callable[[FileProgress], None] | None = None,
    ) -> IngestReport:
        """``added_by`` is recorded with each file indexed; ``on_event`` hears each file's progress."""
        self._added_by, self._progress = added_by, Progress(on_event)
        with writer(self.settings):
            return self._run(paths, password, visibility, progress, on_file)

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
            if want_vis is None:
                # A new version of an indexed paper keeps its visibility unless told otherwise:
                # re-ingesting a corrected private paper must not quietly make it public.
                rec = self.index.catalog.file(path.name)
                if rec is not None and rec.visibility:
                    entry = {**(entry or {}), "visibility": rec.visibility}
            todo.append((path, digest, entry))
            self._progress.update(path.name, "waiting")

        if todo:
            _ = self.index.vectors  # reach the vector store (a Chroma server, say) before parsing anything
        workers = self.settings.parse_workers or min(len(todo), max(1, (os.cpu_count() or 2)))
        bar = tqdm(total=len(todo), unit="file", desc="ingest", disable=not progress or not todo,
                   dynamic_ncols=True)
        self._bar = bar
        pages_done = chunks_done = 0
        self._ocr_read, self._ocr_seen = 0, {}
        # closing(): a run stopped early (error, Ctrl-C) kills the parse workers at once
        with closing(self._parsed(todo, password, visibility, max(1, workers))) as parsed_files:
            for path, digest, parsed, started in parsed_files:
                result = parsed if isinstance(parsed, FileResult) else self._index(path, digest, parsed, report)
                result.seconds = time.perf_counter() - started
                report.results.append(result)
                pages_done += result.pages
                chunks_done += result.chunks
                self._status = f"{pages_done} pages, {chunks_done} chunks"
                bar.set_postfix_str(self._postfix())
                bar.update(1)
                self._progress.finished(result.file, result.status, result.pages, result.reason)
                if on_file:
                    on_file(result)
                if result.status == "failed":
                    log.error("%s: %s", result.file, result.reason)
                else:
                    log.info("%s: %s (%d pages, %d by OCR, %d chunks)", result.file, result.status,
                             result.pages, result.ocr_pages, result.chunks)
        bar.close()
        self._bar = None
        report.seconds = time.perf_counter() - t0
        return report

    def _parsed(self, todo: list[tuple[Path, str, dict | None]], password: str | None,
                visibility: str | None, workers: int
                ) -> Iterator[tuple[Path, str, Parsed | FileResult, float]]:
        """Parse in worker processes; yield (path, digest, document or failure, start time) in order.

        At most ``2 * workers`` files are in flight, so parsed documents waiting for the
        embedder stay few however large the corpus. A parse still running
        ``parse_timeout_s`` after ingest started waiting for it (worker start-up
        included) is abandoned: a running call cannot be cancelled, so the workers are
        killed and the files still in flight go on in a fresh pool. A worker that dies
        (e.g. killed for memory) breaks the pool the same way; the files it held are
        retried one at a time, so only the file that kills a worker on its own fails.
        """
        if not todo:
            return
        budget = self.settings.parse_timeout_s
        queue: deque[tuple[Path, str, dict | None]] = deque(todo)
        inflight: deque[tuple[tuple[Path, str, dict | None], Future[Parsed]]] = deque()
        suspects: set[Path] = set()  # in flight when a worker died: retried alone
        pool = ParsePool(workers, self._on_ocr_page)
        try:
            while queue or inflight:
                while queue and len(inflight) < 2 * workers:
                    if inflight and (queue[0][0] in suspects or inflight[-1][0][0] in suspects):
                        break
                    item = queue.popleft()
                    try:
                        fut = pool.submit(parse, str(item[0]), item[2], password, visibility,
                                          self.settings.max_pages, self.settings.max_page_chars,
                                          self._plan(item[1]), self._ocr)
                    except BrokenProcessPool:  # a worker died while idle
                        queue.appendleft(item)
                        if inflight:
                            break  # waiting on them below sees the broken pool and recovers
                        pool.kill()
                        pool = ParsePool(workers, self._on_ocr_page)
                        continue
                    inflight.append((item, fut))
                    self._progress.update(item[0].name, "parsing")
                (path, digest, entry), fut = inflight.popleft()
                started = time.perf_counter()
                failure: FileResult | None = None
                try:
                    parsed = self._wait(fut, path.name, budget)
                except FutureTimeout:
                    failure = FileResult(path.name, "failed", f"took longer than {budget:g}s to parse; abandoned")
                except BrokenProcessPool:
                    if path in suspects:
                        failure = FileResult(path.name, "failed", "the parser process died on this file "
                                             "(out of memory?)")
                    else:  # which in-flight file killed the worker is unknown: retry each alone
                        inflight.appendleft(((path, digest, entry), fut))
                        suspects.update(item[0] for item, _f in inflight)
                except UnreadablePDFError as exc:
                    yield path, digest, FileResult(path.name, "failed", exc.reason), started
                    continue
                except Exception as exc:  # a crashed parse must not stop the run
                    msg = f"could not parse ({type(exc).__name__}: {exc})"[:200]
                    yield path, digest, FileResult(path.name, "failed", msg), started
                    continue
                else:
                    suspects.discard(path)
                    yield path, digest, parsed, started
                    continue
                # the pool is stuck or dead: kill it and resubmit what it held to a fresh one
                pool.kill()
                queue.extendleft(reversed([item for item, _f in inflight]))
                inflight.clear()
                pool = ParsePool(workers, self._on_ocr_page)
                if failure is not None:
                    suspects.discard(path)
                    yield path, digest, failure, started
        finally:
            if inflight:  # stopped early (error, Ctrl-C): nothing may outlive the run
                pool.kill()
            else:
                pool.shutdown()

    def _wait(self, fut: Future[Parsed], name: str, budget: float) -> Parsed:
        """``fut``'s result within ``budget`` s, counted again from each page OCR reads in it: a long
        scan whose pages keep coming (each under its own time limit) is not abandoned."""
        deadline = time.monotonic() + budget
        while True:
            try:
                return fut.result(timeout=max(0.0, min(2.0, deadline - time.monotonic())))
            except FutureTimeout:
                deadline = max(deadline, self._ocr_seen.get(name, 0.0) + budget)
                if self._bar is not None and self._ocr_read:
                    self._bar.set_postfix_str(self._postfix(), refresh=True)
                if time.monotonic() >= deadline:
                    raise

    def _on_ocr_page(self, record: logging.LogRecord) -> None:
        self._ocr_read += 1
        self._ocr_seen[str(getattr(record, "ocr_file", ""))] = time.monotonic()
        self._progress.update(str(getattr(record, "ocr_file", "")), more_pages=1)

    def _postfix(self) -> str:
        return ", ".join(x for x in (self._status, f"{self._ocr_read} pages OCR'd" if self._ocr_read else "") if x)

    def _plan(self, digest: str) -> ChunkPlan | None:
        tok = getattr(self.index.embedder, "tokenizer_file", None)  # optional on an Embedder
        if not tok:
            return None
        return ChunkPlan(tok, digest, self.settings.chunk_tokens, self.settings.chunk_overlap_tokens)

    def _index(self, path: Path, digest: str, parsed: Parsed, report: IngestReport) -> FileResult:
        doc = parsed.doc
        existed = self.index.catalog.file(path.name) is not None
        self._progress.update(path.name, "embedding", pages=len(doc.pages))
        try:
            n_chunks, embed_s = self.index.replace_document(
                doc, digest, path.stat().st_size, str(path), parsed.chunks, self._added_by,
                lambda page: self._progress.update(path.name, embedded=page))
        except BoardbotError as exc:
            return FileResult(path.name, "failed", str(exc))
        report.embed_seconds += embed_s
        return FileResult(path.name, "updated" if existed else "added", pages=len(doc.pages), chunks=n_chunks,
                          ocr_pages=len(doc.ocr))
