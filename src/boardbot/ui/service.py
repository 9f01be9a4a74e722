"""Everything the chat app does that is not layout: answer, check access, add and remove papers.

One ``Service`` per process holds the one ``Assistant`` every session shares
(reads are thread-safe), and one lock that serialises writes (first-start
ingest, uploads, removals) so at most one writer touches the index at a time;
the ingest file lock keeps other processes out too. Kept apart from the Gradio
layout so the same code serves the browser UI, the ``/chat`` API and the tests.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import Timeout as FileLockTimeout

from ..access import PUBLIC, authenticate, groups_for, load_users
from ..assistant import Assistant
from ..config import Settings
from ..errors import BoardbotError, ConfigError
from ..ingest.pipeline import FileResult
from ..records import Answer
from ..store.catalog import FileRecord
from ..text.dates import parse_date
from .pages import UPLOADS, PageRenderer, resolve_pdf

if TYPE_CHECKING:
    from ..decisions import Decision, DecisionStore

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
MAX_NAME = 120
DECISION_LIMIT = 1000  # rows one register search returns to the Decisions tab (and its CSV)


@dataclass
class UploadResult:
    name: str  # the name the user gave
    file: str = ""  # the sanitised name it is indexed under
    status: str = ""  # added | updated | unchanged | failed
    reason: str = ""
    pages: int = 0
    chunks: int = 0


@dataclass
class IngestStatus:
    running: bool = False
    done: int = 0
    total: int = 0
    current: str = ""
    lines: list[str] = field(default_factory=list)


def sanitise_filename(name: str) -> str:
    """A safe single-component ``.pdf`` name: no directories, control characters or leading dots."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", name or ""))[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    stem = base[:-4] if base.lower().endswith(".pdf") else base
    stem = re.sub(r"[^A-Za-z0-9._() -]+", "_", stem).strip(" ._-")
    stem = re.sub(r"_+", "_", stem)[: MAX_NAME - 4] or "upload"
    return f"{stem}.pdf"


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


class Service:
    """The shared state of one app process."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self.settings = settings
        self.assistant = assistant or Assistant(settings=settings)
        self.write_lock = threading.Lock()
        self.pages = PageRenderer(settings.index_dir / "page-cache")
        self.users = load_users(settings)
        self.ingest_status = IngestStatus()

    # --- access -----------------------------------------------------------
    @property
    def auth_required(self) -> bool:
        return bool(self.users)

    def check_login(self, user: str, password: str) -> bool:
        ok = authenticate(self.settings, user, password)
        log.info("login %s for %r", "ok" if ok else "refused", user)
        return ok

    def groups(self, user: str | None) -> tuple[str, ...]:
        """Visibility groups the caller may read: anonymous callers read public papers only."""
        if not user:
            return (PUBLIC,)
        try:
            return groups_for(self.settings, user)
        except ConfigError:  # removed from the users file since logging in
            return (PUBLIC,)

    def papers(self, user: str | None) -> list[FileRecord]:
        return self.assistant.papers(self.groups(user))

    def paper(self, file: str, user: str | None) -> FileRecord | None:
        """The catalogue entry for ``file`` if the caller may read it, else None."""
        rec = self.assistant.paper(file)
        if rec is None or rec.status != "complete" or rec.visibility not in self.groups(user):
            return None
        return rec

    def pdf_path(self, rec: FileRecord) -> Path | None:
        return resolve_pdf(self.settings, rec)

    def page_image(self, rec: FileRecord, page: int) -> Path | None:
        pdf = self.pdf_path(rec)
        if pdf is None or not 1 <= page <= max(rec.pages, 1):
            return None
        try:
            return self.pages.render(pdf, rec.sha256, page)
        except IndexError:
            return None

    # --- asking -----------------------------------------------------------
    def filters(self, user: str | None, board: str = "", since: str = "", until: str = "",
                files: list[str] | None = None) -> dict[str, Any]:
        """The filters dict for Assistant.ask; raises BoardbotError for a date it cannot read."""
        f: dict[str, Any] = {"groups": list(self.groups(user))}
        if board and board.strip():
            f["board"] = board.strip()
        for key, raw in (("since", since), ("until", until)):
            if raw and raw.strip():
                iso = parse_date(raw.strip())
                if not iso:
                    raise BoardbotError(f"{key} date {raw.strip()!r} is not a date (use YYYY-MM-DD)")
                f[key] = iso
        if files:
            f["files"] = [Path(x).name for x in files]
        return f

    def ask_stream(self, question: str, filters: dict[str, Any],
                   history: list[str] | None = None) -> Iterator[tuple[str, Answer | None]]:
        yield from self.assistant.ask_stream(question, filters=filters, history=history or None)

    def ask(self, question: str, filters: dict[str, Any], history: list[str] | None = None) -> Answer:
        answer = None
        for _text, ans in self.ask_stream(question, filters, history):
            answer = ans or answer
        if answer is None:  # a streaming answerer that never finished
            raise BoardbotError("the answerer returned no answer")
        return answer

    # --- decisions register -------------------------------------------------
    @property
    def decision_store(self) -> DecisionStore:
        return self.assistant.decisions

    def decisions(self, user: str | None, query: str = "", board: str = "", since: str = "", until: str = "",
                  kind: str = "", limit: int = DECISION_LIMIT) -> list[Decision]:
        """Register entries the caller may read, newest first; the groups filter runs inside the store's query.

        Raises BoardbotError for a date or kind it cannot read.
        """
        from ..decisions import KINDS

        f = self.filters(user, board, since, until)
        kind = (kind or "").strip().lower()
        if kind and kind not in KINDS:
            raise BoardbotError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
        return self.decision_store.search(
            (query or "").strip() or None, board=f.get("board"), since=f.get("since"), until=f.get("until"),
            kind=kind or None, groups=tuple(f["groups"]), limit=max(1, min(int(limit), DECISION_LIMIT)),
            order="date",
        )

    def decision(self, user: str | None, file: str, page: int, text: str) -> Decision | None:
        """The register entry behind a table row, if the caller may read its paper."""
        name = Path(file or "").name
        if not name or self.paper(name, user) is None:
            return None
        rows = self.decision_store.search(None, groups=self.groups(user), files=(name,), limit=100_000)
        same_page = [d for d in rows if d.page == page]
        for d in same_page:
            if d.text == text:
                return d
        return same_page[0] if len(same_page) == 1 else None

    # --- writing ----------------------------------------------------------
    def index_empty(self) -> bool:
        return self.assistant.is_empty()

    def sample_pdfs(self) -> list[Path]:
        folder = Path(self.settings.papers_dir)
        return sorted(p for p in folder.glob("*.pdf") if p.is_file()) if folder.is_dir() else []

    def start_initial_ingest(self) -> threading.Thread | None:
        """On first start with an empty index, index the sample papers in the background."""
        pdfs = self.sample_pdfs()
        if not self.index_empty() or not pdfs:
            return None
        st = self.ingest_status
        st.running, st.done, st.total = True, 0, len(pdfs)
        st.current = "starting"
        log.info("index %s is empty: indexing %d sample papers from %s", self.settings.index_dir,
                 len(pdfs), self.settings.papers_dir)

        def work() -> None:
            try:
                self.ingest(pdfs)
            except Exception as exc:  # shown in the status line; the app keeps serving
                log.exception("initial ingest failed")
                st.lines.append(f"indexing failed: {exc}")
            finally:
                st.running = False
                log.info("initial ingest finished: %s", self.status_line())

        t = threading.Thread(target=work, name="boardbot-initial-ingest", daemon=True)
        t.start()
        return t

    def ingest(self, paths: list[Path], visibility: str | None = None,
               on_file: Callable[[FileResult], None] | None = None) -> list[FileResult]:
        st = self.ingest_status

        def progress(r: FileResult) -> None:
            st.done += 1
            line = f"{r.file}: {r.status}" + (f" ({r.reason})" if r.reason else f", {r.pages} pages, {r.chunks} chunks")
            st.lines.append(line)
            log.info("indexed %d/%d %s", st.done, st.total, line)
            if on_file:
                on_file(r)

        with self.write_lock:
            report = self.assistant.ingest([str(p) for p in paths], visibility=visibility,
                                           progress=False, on_file=progress)
        return report.results

    def upload(self, uploads: list[str | Path], user: str | None, visibility: str = PUBLIC,
               on_progress: Callable[[str], None] | None = None) -> list[UploadResult]:
        """Check, save under <index>/uploads/ and index each file; a failed file leaves the index as it was."""
        if visibility not in self.groups(user):
            raise BoardbotError(f"you may not publish to visibility group {visibility!r}")
        results: list[UploadResult] = []
        max_bytes = self.settings.max_upload_mb * 1_000_000
        accepted: list[tuple[Path, UploadResult]] = []
        seen: set[str] = set()
        for raw in uploads:
            src = Path(raw)
            res = UploadResult(name=src.name, file=sanitise_filename(src.name))
            results.append(res)
            if res.file in seen:
                res.status, res.reason = "failed", "the same file name twice in one upload"
                continue
            reason = check_pdf(src, max_bytes)
            if reason:
                res.status, res.reason = "failed", reason
                continue
            existing = self.assistant.paper(res.file)
            if existing is not None and existing.visibility not in self.groups(user):
                res.status, res.reason = "failed", "a paper with this name exists that you may not replace"
                continue
            seen.add(res.file)
            accepted.append((src, res))
        if not accepted:
            return results
        folder = self.settings.index_dir / UPLOADS
        folder.mkdir(parents=True, exist_ok=True)
        with self.write_lock:
            backups: dict[str, Path] = {}
            staged: list[Path] = []
            for src, res in accepted:
                dest = folder / res.file
                if dest.exists():  # keep the previous copy until the new one is indexed
                    bak = folder / f".{res.file}.{time.time_ns()}.bak"
                    dest.replace(bak)
                    backups[res.file] = bak
                shutil.copyfile(src, dest)
                staged.append(dest)
            by_file = {res.file: res for _src, res in accepted}
            st = self.ingest_status
            st.running, st.done, st.total = True, 0, len(staged)

            def on_file(r: FileResult) -> None:
                st.done += 1
                if on_progress:
                    on_progress(f"{st.done}/{st.total} {r.file}: {r.status}")

            try:
                report = self.assistant.ingest([str(p) for p in staged], visibility=visibility,
                                               progress=False, on_file=on_file)
                for r in report.results:
                    res = by_file.get(r.file)
                    if res is not None:
                        res.status, res.reason, res.pages, res.chunks = r.status, r.reason, r.pages, r.chunks
            except BoardbotError as exc:
                for _src, res in accepted:
                    res.status, res.reason = "failed", str(exc)
            finally:
                st.running = False
            for _src, res in accepted:
                dest = folder / res.file
                bak = backups.get(res.file)
                if res.status in ("added", "updated", "unchanged"):
                    if bak:
                        bak.unlink(missing_ok=True)
                    log.info("upload %s -> %s: %s", res.name, res.file, res.status)
                    continue
                res.status = "failed"
                res.reason = res.reason or "not indexed"
                dest.unlink(missing_ok=True)
                if bak:
                    bak.replace(dest)
                log.warning("upload %s refused: %s", res.name, res.reason)
        return results

    def remove(self, file: str, user: str | None) -> str:
        """Remove a paper the caller may read; returns a one-line outcome."""
        name = Path(file).name
        rec = self.paper(name, user)
        if rec is None:
            return f"{name}: not in the index"
        with self.write_lock:
            try:
                removed = self.assistant.remove(name)
            except FileLockTimeout:
                return f"{name}: the index is busy (another process is writing to it); try again shortly"
            self.pages.forget(rec.sha256)
            uploaded = self.settings.index_dir / UPLOADS / name
            if rec.source_path and Path(rec.source_path).resolve() == uploaded.resolve():
                uploaded.unlink(missing_ok=True)
        log.info("removed %s (by %s)", name, user or "anonymous")
        return f"Removed {name}." if removed else f"{name}: not in the index"

    # --- status -----------------------------------------------------------
    def status_line(self, user: str | None = None) -> str:
        """The header line for ``user`` (anonymous: public papers): counts and names of readable papers only."""
        st = self.ingest_status
        if st.running:
            # "name: status, ..." - named only to a caller who may read that paper
            readable = st.lines and self.paper(st.lines[-1].split(": ", 1)[0], user) is not None
            last = f" — last: {st.lines[-1]}" if readable else ""
            return f"⏳ Indexing papers: {st.done} of {st.total} files done{last}. You can ask already; answers use what is indexed so far."
        stats = self.assistant.stats(self.groups(user))
        if not stats["files"]:
            return "The index is empty: add papers in the Papers tab."
        failed = [ln for ln in st.lines if ": failed" in ln or "indexing failed" in ln]
        warn = f" ({len(failed)} file(s) could not be indexed: see the log)" if failed else ""
        n = stats["files"]
        return f"{n} paper{'s' if n != 1 else ''}, {stats['pages']} pages, {stats['chunks']} passages indexed{warn}."
