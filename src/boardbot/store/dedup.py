"""Which pages are copies of pages in another paper: re-issued minutes, packs, byte-identical files.

An archive repeats itself: the minutes of one meeting come back in the next
meeting's pack ("Minutes of Previous Meeting.pdf"), public packs repeat the
papers they bundle, and the same PDF is uploaded under two names. Each page
gets a MinHash signature of its word 4-shingles (digits dropped, so page
numbers and pack stamps barely move it); pages whose signatures agree on at
least ``SAME_PAGE`` of their slots are the same page. Candidates are found
through LSH bands kept in SQLite, so ingest compares a page with a handful of
others, never with the whole archive, and a query never scans anything here.

The *original* of a group is the paper of the earliest meeting; between papers
of the same meeting, the one whose file name carries the earlier date (the
first printing, not the next meeting's pack), then the one indexed first.
Only the copies get rows in ``page_copies``; removing either side deletes the
rows that name it and touches nothing else.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..text.dates import iso_in_name
from .sqlite import in_list

SCHEMA = """
CREATE TABLE IF NOT EXISTS page_bands (band TEXT NOT NULL, file TEXT NOT NULL, page INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS page_bands_band ON page_bands(band);
CREATE INDEX IF NOT EXISTS page_bands_file ON page_bands(file);
CREATE TABLE IF NOT EXISTS page_sigs (file TEXT NOT NULL, page INTEGER NOT NULL, sig BLOB,
                                      PRIMARY KEY (file, page));
CREATE TABLE IF NOT EXISTS page_copies (file TEXT NOT NULL, page INTEGER NOT NULL, orig_file TEXT NOT NULL,
                                        orig_page INTEGER NOT NULL, PRIMARY KEY (file, page));
CREATE INDEX IF NOT EXISTS page_copies_orig ON page_copies(orig_file);
"""

SLOTS, BANDS = 32, 8  # 8 bands of 4 slots: pages with Jaccard >= ~0.6 meet in some band
SAME_PAGE = 0.8  # share of signature slots two pages must agree on to be one page
MIN_SHINGLES = 12  # a page with less text (a cover, "Page 3") is nobody's copy
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20250109)  # fixed: signatures must agree across processes and runs
_A = _rng.integers(1, _PRIME, SLOTS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, SLOTS, dtype=np.uint64)
_WORD = re.compile(r"[a-z]+")


def page_signature(text: str) -> list[int]:
    """MinHash of the page's word 4-shingles; [] when the page has too little text to compare."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + 4]) for i in range(len(words) - 3)}
    if len(shingles) < MIN_SHINGLES:
        return []
    h = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    # (a*h + b) mod p in uint64 wraps harmlessly: it is still a fixed random hash per slot
    mixed = (h[None, :] * _A[:, None] + _B[:, None]) % np.uint64(_PRIME)
    return [int(x) for x in mixed.min(axis=1)]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures (0 when either page is too short)."""
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def _bands(sig: Sequence[int]) -> list[str]:
    r = SLOTS // BANDS
    return [f"{i}:" + ",".join(map(str, sig[i * r : (i + 1) * r])) for i in range(BANDS)]


def _encode(sig: Sequence[int]) -> bytes:
    return np.asarray(sig, dtype=np.uint64).tobytes()


def _decode(raw: bytes) -> list[int]:
    return [int(x) for x in np.frombuffer(raw, dtype=np.uint64)]


RECORDS = ("minutes", "record of decision")  # within one meeting, what a decision is quoted from


def _order(file: str, date: str, seq: float, kind: str = "") -> tuple[str, str, int, float]:
    # missing dates sort last: a dated paper is more likely the first printing; within a
    # meeting the minutes come first, so a minute repeating a report's words stays the minute
    return (date or "9999", iso_in_name(file) or "9999", 0 if kind in RECORDS else 1, seq)


def delete_file(db: sqlite3.Connection, file: str) -> None:
    """Forget ``file``'s pages and every copy relation that names it (either side)."""
    db.execute("DELETE FROM page_bands WHERE file=?", (file,))
    db.execute("DELETE FROM page_sigs WHERE file=?", (file,))
    db.execute("DELETE FROM page_copies WHERE file=? OR orig_file=?", (file, file))


def add_file(db: sqlite3.Connection, file: str, pages: Sequence[str], sha256: str) -> int:
    """Record ``file``'s page signatures and regroup it with the papers whose pages it shares.

    Returns how many of those papers' pages (its own included) are copies. Runs inside the
    caller's transaction, after ``file``'s row is in ``files`` (its date decides direction).
    Only the papers that share a page with ``file`` (and their originals and copies) are
    regrouped, so ingest stays linear in the archive's size.
    """
    delete_file(db, file)
    sigs = [page_signature(t) for t in pages]
    db.executemany("INSERT INTO page_sigs VALUES (?,?,?)",
                   [(file, n, _encode(s)) for n, s in enumerate(sigs, 1) if s])
    db.executemany("INSERT INTO page_bands VALUES (?,?,?)",
                   [(b, file, n) for n, s in enumerate(sigs, 1) if s for b in _bands(s)])
    affected = {file} | _twins(db, file, sha256)
    for sig in sigs:
        affected |= {o for o, _p, _s in _matches(db, sig, file)}
    where, args = in_list("file", sorted(affected))
    affected |= {r[0] for r in db.execute(f"SELECT orig_file FROM page_copies WHERE {where}", args)}
    where, args = in_list("orig_file", sorted(affected))
    affected |= {r[0] for r in db.execute(f"SELECT file FROM page_copies WHERE {where}", args)}
    return regroup(db, sorted(affected))


def _twins(db: sqlite3.Connection, file: str, sha256: str) -> set[str]:
    rows = db.execute("SELECT file FROM files WHERE sha256=? AND file!=?", (sha256, file))
    return {r[0] for r in rows}


def _matches(db: sqlite3.Connection, sig: Sequence[int], file: str) -> list[tuple[str, int, float]]:
    """(file, page, similarity) of other papers' pages that are the same page as ``sig``."""
    if not sig:
        return []
    where, args = in_list("b.band", _bands(sig))
    rows = db.execute(f"""SELECT DISTINCT s.file, s.page, s.sig FROM page_bands b
                          JOIN page_sigs s ON s.file = b.file AND s.page = b.page
                          WHERE {where} AND b.file != ?""", [*args, file]).fetchall()
    out = [(o, p, similarity(sig, _decode(raw))) for o, p, raw in rows]
    return [m for m in out if m[2] >= SAME_PAGE]


def regroup(db: sqlite3.Connection, files: Sequence[str] | None = None) -> int:
    """Recompute the copy relations of ``files`` (all indexed papers when None); how many copied pages.

    Papers are taken in original-first order, and each page points at the best-matching page
    of an *earlier* paper (or that page's own original), so every group has one root: the
    earliest meeting's paper, the first printing, the first indexed. Byte-identical papers
    match page for page, short pages included.
    """
    meta = {r[0]: (r[1] or "", r[2] or "", float(r[3] or 0), r[4] or "") for r in db.execute(
        "SELECT file, date, sha256, indexed_at, doc_type FROM files WHERE status IN ('complete', 'indexing')")}
    if files is None:
        files = list(meta)
    files = [f for f in files if f in meta]
    order = {f: _order(f, meta[f][0], meta[f][2], meta[f][3]) for f in meta}
    where, args = in_list("file", list(files))
    db.execute(f"DELETE FROM page_copies WHERE {where}", args)
    n_copies = 0
    for file in sorted(files, key=lambda f: order[f]):
        mine = order[file]
        twins = sorted((t for t in _twins(db, file, meta[file][1]) if t in order and order[t] < mine),
                       key=lambda t: order[t])
        rows: list[tuple[str, int, str, int]] = []
        if twins:
            n_pages = db.execute("SELECT coalesce(pages, 0) FROM files WHERE file=?", (file,)).fetchone()[0]
            rows = [(file, n, twins[0], n) for n in range(1, int(n_pages) + 1)]
        else:
            for n, raw in db.execute("SELECT page, sig FROM page_sigs WHERE file=?", (file,)).fetchall():
                earlier = [m for m in _matches(db, _decode(raw), file) if order.get(m[0], mine) < mine]
                if earlier:
                    o, p, _sim = min(earlier, key=lambda m: (-m[2], order[m[0]]))
                    rows.append((file, n, o, p))
        resolved = []
        for f, n, o, p in rows:  # point at the root, never at another copy
            root = db.execute("SELECT orig_file, orig_page FROM page_copies WHERE file=? AND page=?", (o, p)).fetchone()
            resolved.append((f, n, *(root or (o, p))))
        db.executemany("INSERT OR REPLACE INTO page_copies VALUES (?,?,?,?)", resolved)
        n_copies += len(resolved)
    return n_copies


def originals(db: sqlite3.Connection, pages: Sequence[tuple[str, int]],
              groups: tuple[str, ...] | None) -> dict[tuple[str, int], tuple[str, int]]:
    """(file, page) -> its original (file, page), for the given pages whose original ``groups`` may read."""
    if not pages:
        return {}
    rows = _copy_rows(db, "file", sorted({f for f, _ in pages}), "orig_file", groups)
    wanted = set(pages)
    return {(r[0], r[1]): (r[2], r[3]) for r in rows if (r[0], r[1]) in wanted}


def copies(db: sqlite3.Connection, files: Sequence[str],
           groups: tuple[str, ...] | None) -> list[tuple[str, int, str, int]]:
    """(copy file, page, original file, original page) for originals in ``files``, copies ``groups`` may read."""
    if not files:
        return []
    return [(r[0], r[1], r[2], r[3]) for r in _copy_rows(db, "orig_file", sorted(set(files)), "file", groups)]


def _copy_rows(db: sqlite3.Connection, match: str, files: Sequence[str], readable: str,
               groups: tuple[str, ...] | None) -> list[sqlite3.Row]:
    """page_copies rows whose ``match`` column is in ``files`` and whose ``readable`` side is a
    complete paper ``groups`` may read (``match``/``readable``: "file" or "orig_file")."""
    assert {match, readable} == {"file", "orig_file"}  # column names, never user input
    where, args = in_list(f"c.{match}", files)
    sql = f"""SELECT c.file, c.page, c.orig_file, c.orig_page FROM page_copies c
              JOIN files f ON f.file = c.{readable} AND f.status = 'complete' WHERE {where}"""
    if groups is not None:
        w, values = in_list("f.visibility", groups)
        sql += f" AND {w}"
        args += values
    return list(db.execute(sql, args))


def groups_summary(db: sqlite3.Connection) -> dict[str, Any]:
    """Copy relations per (copy, original) file pair, for ``boardbot list`` style reports."""
    rows = db.execute("SELECT file, orig_file, count(*) FROM page_copies GROUP BY file, orig_file").fetchall()
    return {f"{r[0]} -> {r[1]}": r[2] for r in rows}
