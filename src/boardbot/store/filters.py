"""The caller's metadata filters, rendered for every store that applies them.

Chunks and decisions are filtered alike - board, meeting-date range, files,
visibility groups, and for decisions their kind - and each store applies the
filters inside its own query (SQL ``WHERE``, Chroma ``where``), so a filtered-out
or unreadable paper never reaches a score, a count or a top-k. Both renderings
live here so the two stores cannot drift apart (docs/visibility.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..text.dates import date_key
from .sqlite import in_list

# Matches no file: a board that names no readable paper must filter everything out.
NO_FILE = "\x00none"


@dataclass(frozen=True)
class Filters:
    """Metadata filters shared by every store, so each applies them inside its own query."""

    board: str = ""  # substring of board or organisation, case-insensitive
    since: str = ""  # ISO date
    until: str = ""
    files: tuple[str, ...] = ()
    groups: tuple[str, ...] | None = None  # visibility groups the caller may read; None = all
    kind: str = ""  # decisions only: approval, decision, action, ...

    @classmethod
    def from_any(cls, f: Filters | dict[str, Any] | None) -> Filters:
        if f is None:
            return cls()
        if isinstance(f, Filters):
            return f
        files = f.get("files") or f.get("file") or ()
        if isinstance(files, str):
            files = (files,)
        groups = f.get("groups")
        if isinstance(groups, str):  # {"groups": "members"} means one group, not seven letters
            groups = (groups,)
        return cls(
            board=f.get("board", "") or "",
            since=f.get("since", "") or f.get("date_from", "") or "",
            until=f.get("until", "") or f.get("date_to", "") or "",
            files=tuple(files),
            groups=tuple(groups) if groups is not None else None,
        )

    def with_board_files(self, board_files: Iterable[str]) -> Filters:
        """The board filter replaced by the files it names (Chroma has no substring match)."""
        files = set(board_files)
        if self.files:
            files &= set(self.files)
        return replace(self, board="", files=tuple(sorted(files)) or (NO_FILE,))

    def sql(self, alias: str) -> tuple[str, list[Any]]:
        """``WHERE`` text over table alias ``alias`` (columns named as in chunks/decisions) and its args."""
        where: list[str] = []
        args: list[Any] = []
        if self.board:
            where.append(f"(lower({alias}.board) LIKE ? OR lower({alias}.organisation) LIKE ?)")
            args += [f"%{self.board.lower()}%"] * 2
        if self.since:
            where.append(f"{alias}.date_key >= ?")
            args.append(date_key(self.since))
        if self.until:
            where.append(f"{alias}.date_key <= ?")
            args.append(date_key(self.until, end=True))
        if self.kind:
            where.append(f"{alias}.kind = ?")
            args.append(self.kind)
        if self.files:
            sql, values = in_list(f"{alias}.file", self.files)
            where.append(sql)
            args += values
        if self.groups is not None:
            sql, values = in_list(f"{alias}.visibility", self.groups)
            where.append(sql)
            args += values
        return (" AND ".join(where) or "1"), args

    def chroma_where(self) -> dict[str, Any] | None:
        """Chroma's ``where`` for the same filters; ``board`` must be resolved first (``with_board_files``)."""
        if self.board:
            raise ValueError("resolve the board filter to files before querying Chroma")
        conds: list[dict[str, Any]] = []
        if self.since:
            conds.append({"date_key": {"$gte": date_key(self.since)}})
        if self.until:
            conds.append({"date_key": {"$lte": date_key(self.until, end=True)}})
        if self.kind:
            conds.append({"kind": {"$eq": self.kind}})
        if self.files:
            conds.append({"file": {"$in": list(self.files)}})
        if self.groups is not None:
            conds.append({"visibility": {"$in": list(self.groups) or [NO_FILE]}})
        if not conds:
            return None
        return conds[0] if len(conds) == 1 else {"$and": conds}
