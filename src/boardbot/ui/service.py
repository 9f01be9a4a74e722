"""Everything the chat app does that is not layout: answer, check access, add and remove papers.

One ``Service`` per process holds the one ``Assistant`` every session shares
(reads are thread-safe), and one lock that serialises writes (first-start
ingest, uploads, removals) so at most one writer touches the index at a time;
the ingest file lock keeps other processes out too. Kept apart from the Gradio
layout so the same code serves the browser UI, the ``/chat`` API and the tests.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import Timeout as FileLockTimeout

from .. import audit
from ..access import (
    ADMIN,
    EDITOR,
    PUBLIC,
    READER,
    LoginThrottle,
    User,
    groups_for,
    load_users,
    role_at_least,
)
from ..assistant import Assistant
from ..config import Settings
from ..errors import BoardbotError, ConfigError
from ..ingest.pipeline import FileResult
from ..ingest.progress import FileProgress
from ..records import Answer
from ..store.catalog import FileRecord
from ..text.dates import parse_date
from . import uploads
from .pages import UPLOADS, PageRenderer
from .uploads import MAX_NAME, NAME_UNUSABLE, UploadResult, check_pdf, sanitise_filename

if TYPE_CHECKING:
    from ..decisions import Decision, DecisionStore

log = logging.getLogger(__name__)

__all__ = ["MAX_NAME", "PermissionDenied", "Service", "UploadResult", "check_pdf", "sanitise_filename"]
DECISION_LIMIT = 1000  # rows one register search returns to the Decisions tab (and its CSV)


@dataclass
class IngestStatus:
    running: bool = False
    done: int = 0
    total: int = 0
    current: str = ""
    lines: list[str] = field(default_factory=list)


class PermissionDenied(BoardbotError):
    """The caller's role does not allow this write."""


class Service:
    """The shared state of one app process."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self.settings = settings
        self.assistant = assistant or Assistant(settings=settings)
        self.write_lock = threading.Lock()
        self.pages = PageRenderer(settings.index_dir / "page-cache")
        self.users = load_users(settings)
        self.ingest_status = IngestStatus()
        self.throttle: LoginThrottle | None = None  # set by sessions.install
        self._writing: set[str] = set()  # names an upload is staging or indexing now

    # --- access -----------------------------------------------------------
    @property
    def auth_required(self) -> bool:
        return bool(self.users)

    def user(self, name: str | None) -> User | None:
        return load_users(self.settings).get(name) if name else None

    def role(self, user: str | None) -> str:
        """The caller's role, read fresh from the users file. An open app (no users, localhost only)
        is the local operator's, as the CLI is: admin over what it can read."""
        if not self.auth_required:
            return ADMIN
        try:
            u = self.user(user)
        except ConfigError:
            return READER
        return u.role if u else READER

    def require(self, user: str | None, role: str, action: str) -> None:
        """Raises PermissionDenied unless the caller's role is ``role`` or above (checked on every write)."""
        have = self.role(user)
        if not role_at_least(have, role):
            audit.record(self.settings.index_dir, user, f"denied:{action}", detail=f"role {have}")
            raise PermissionDenied(f"you may not {action}: that needs the {role} role (yours is {have})")

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
        """The file holding exactly the catalogue's version of the paper (None if none does)."""
        return uploads.verified_pdf(self.settings, rec)

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
                   history: list[Any] | None = None) -> Iterator[tuple[str, Answer | None]]:
        yield from self.assistant.ask_stream(question, filters=filters, history=history or None)

    def ask(self, question: str, filters: dict[str, Any], history: list[Any] | None = None) -> Answer:
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
        self.assistant.refresh()  # papers another process added or removed since
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

    def upload(self, files: list[str | Path], user: str | None, visibility: str = PUBLIC,
               on_progress: Callable[[FileProgress], None] | None = None) -> list[UploadResult]:
        """Check, index from staging and then move into <index>/uploads/ each file (editors and admins).

        A failed file leaves the index and the served PDF as they were; see ``uploads``.
        """
        self.require(user, EDITOR, "upload papers")
        readable = self.groups(user)
        if visibility not in readable:
            raise BoardbotError(f"you may not publish to visibility group {visibility!r}")
        results: list[UploadResult] = []
        accepted: list[tuple[Path, UploadResult]] = []
        for raw in files:
            src = Path(raw)
            res = UploadResult(name=src.name, file=sanitise_filename(src.name))
            results.append(res)
            if uploads.hidden_file(src.name):
                res.status, res.reason = "skipped", "a hidden file (its name starts with a dot), not a paper"
                continue
            res.status = "failed"
            res.reason = check_pdf(src, self.settings.max_upload_mb * 1_000_000)
            if res.reason:
                continue
            res.file = uploads.upload_name(src.name, uploads.sha256_file(src))
            existing = self.assistant.paper(res.file)
            if any(r.file == res.file for _s, r in accepted):
                res.reason = "the same file name twice in one upload"
            elif res.file in self._writing or (existing is not None and existing.visibility not in readable):
                res.reason = NAME_UNUSABLE  # never "a private paper has this name"
            else:
                res.status = ""
                accepted.append((src, res))
        if accepted:
            with self.write_lock:
                names = {res.file for _s, res in accepted}
                self._writing |= names
                try:
                    self._index_uploads(accepted, user, visibility, on_progress)
                finally:
                    self._writing -= names
        return results

    def _index_uploads(self, accepted: list[tuple[Path, UploadResult]], user: str | None, visibility: str,
                       on_progress: Callable[[FileProgress], None] | None) -> None:
        old = {res.file: rec.sha256 for _s, res in accepted if (rec := self.assistant.paper(res.file))}
        staged: dict[str, Path] = {}
        for src, res in accepted:
            staged[res.file] = uploads.staging_dir(self.settings) / res.file
            shutil.copyfile(src, staged[res.file])
        by_file = {res.file: res for _src, res in accepted}
        st = self.ingest_status
        st.running, st.done, st.total = True, 0, len(staged)

        def on_file(r: FileResult) -> None:
            st.done += 1

        try:  # on_progress hears each file's steps: parsing, pages parsed and embedded, outcome
            report = self.assistant.ingest([str(p) for p in staged.values()], visibility=visibility,
                                           progress=False, on_file=on_file, added_by=user or "", on_event=on_progress)
            for r in report.results:
                if (res := by_file.get(r.file)) is not None:
                    res.status, res.reason, res.pages, res.chunks = r.status, r.reason, r.pages, r.chunks
        except BoardbotError as exc:
            for _src, res in accepted:
                res.status, res.reason = "failed", str(exc)
        finally:
            st.running = False
        for _src, res in accepted:
            if res.status in ("added", "updated", "unchanged"):
                uploads.commit_staged(self.settings, staged[res.file])
                rec = self.assistant.paper(res.file)
                if res.status != "unchanged":
                    if res.file in old and rec is not None and old[res.file] != rec.sha256:
                        self.pages.forget(old[res.file])
                    audit.record(self.settings.index_dir, user, "replace" if res.file in old else "upload",
                                 res.file, f"visibility {visibility}; sha256 {rec.sha256 if rec else '?'}")
                log.info("upload %s -> %s: %s (by %s)", res.name, res.file, res.status, user or "anonymous")
                continue
            res.status, res.reason = "failed", res.reason or "not indexed"
            uploads.drop_staged(staged[res.file])
            log.warning("upload %s refused: %s", res.name, res.reason)

    def recover_uploads(self) -> list[str]:
        """At start-up: finish or undo replacements a crash interrupted (see ``uploads.recover``)."""
        with self.write_lock:
            return uploads.recover(self.settings, {p.file: p.sha256 for p in self.assistant.papers()})

    def remove(self, file: str, user: str | None) -> str:
        """Remove a paper the caller may read (admins only); returns a one-line outcome."""
        self.require(user, ADMIN, "remove papers")
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
            folder = (self.settings.index_dir / UPLOADS).resolve()
            uploaded = folder / name
            if rec.source_path and folder in Path(rec.source_path).resolve().parents:
                uploaded.unlink(missing_ok=True)
        if removed:
            audit.record(self.settings.index_dir, user, "remove", name, f"sha256 {rec.sha256}")
        log.info("removed %s (by %s)", name, user or "anonymous")
        return f"Removed {name}." if removed else f"{name}: not in the index"

    def set_visibility(self, file: str, group: str, user: str | None) -> str:
        """Relabel a paper the caller may read (admins only); returns a one-line outcome."""
        self.require(user, ADMIN, "change who may read a paper")
        name, group = Path(file).name, (group or "").strip()
        if not group or not all(ch.isalnum() or ch in "._@+-" for ch in group):
            raise BoardbotError(f"group {group!r}: use letters, digits and . _ @ + - only")
        rec = self.paper(name, user)
        if rec is None:
            return f"{name}: not in the index"
        with self.write_lock:
            done = self.assistant.set_visibility(name, group)
        if done:
            audit.record(self.settings.index_dir, user, "set-visibility", name, f"{rec.visibility} -> {group}")
        return f"{name}: visibility {group}" if done else f"{name}: not in the index"

    def audit_log(self, user: str | None, limit: int = 200) -> list[dict[str, Any]]:
        """The last ``limit`` changes (admins only)."""
        self.require(user, ADMIN, "read the audit log")
        return audit.read(self.settings.index_dir, max(1, min(int(limit), 10_000)))

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
