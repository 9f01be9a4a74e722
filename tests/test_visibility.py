"""Confidential papers: a private paper is read only by its group, on every read path.

One module-scoped index: the session's small index (Haringey + LSC, public) plus
two small real PDFs written here - the public Part I minutes of a Northfield
meeting and its private Part II minutes (``members``, from manifest.json), which
alone hold the sentence "The confidential settlement with Acme Care Ltd is
£4,321,987." and two register decisions. Each read path is asked for it as an
anonymous / group-less caller and as a ``members`` user: the Python API, the CLI
(``--as-user``, in-process and one real subprocess), the decisions register
(store, CLI and the register-first answer), the chat app through gradio_client
with login (``/chat``, ``/ask``, ``/papers``, ``/decisions``) and the PDF and
page-image routes with and without a session. A property test asks 60 seeded
random questions as the anonymous reader. Writes (set-visibility, re-ingest)
happen on a copy so the shared index stays as built.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from evals.pdfwriter import write_pdf

from boardbot.access import authenticate, groups_for, hash_password, verify_password
from boardbot.assistant import Assistant
from boardbot.cli import main as cli
from boardbot.config import Settings, load_settings
from boardbot.decisions.store import DECISIONS_FTS
from boardbot.records import Answer, Hit
from boardbot.store.catalog import CHUNKS_FTS
from boardbot.store.filters import Filters
from boardbot.text.terms import query_terms
from conftest import copy_index, free_port, login, serve_app

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = "northfield-hwb-2024-03-14-minutes.pdf"
PRIVATE = "northfield-commissioning-2024-03-14-part-ii.pdf"
SECRET = "The confidential settlement with Acme Care Ltd is £4,321,987."
SECRET_MARKS = ("4,321,987", "Quillfeather", "2,750,000")  # figures and names only the private paper holds
SECRET_Q = "What is the confidential settlement with Acme Care Ltd?"
DECISION_Q = "What did the sub-committee decide about the Acme Care settlement?"
PUBLIC_ONLY = ("public",)
MEMBERS = ("public", "members")

PUBLIC_PAGES = [[
    "Northfield Health and Wellbeing Board",
    "Minutes of the meeting held on 14 March 2024 (Part I, open to the public)",
    "Present: Councillor Ruth Hallam (Chair), Dr Imran Qadir, Janet Obi (Director of Adult Social Care).",
    "1. Home care market update",
    "The Board received an update on the home care market in Northfield.",
    "Acme Care Ltd remains the largest provider of domiciliary care in the borough, with 1,200 clients.",
    "The Director of Adult Social Care reported that waiting lists for home care had fallen by 14 per cent",
    "since September 2023, and that recruitment of care workers remained the main risk.",
    "RESOLVED: That the Board notes the home care market update.",
    "2. Exclusion of the press and public",
    "RESOLVED: That the press and public be excluded from the meeting for the following items,",
    "which involve the likely disclosure of exempt information.",
], [
    "3. Winter pressures",
    "The Board noted that delayed discharges from Northfield General Hospital fell to 38 patients per day",
    "in February 2024, the lowest figure for two years.",
    "The Chair thanked the discharge team for their work over the winter.",
    "RESOLVED: That the Board notes the winter pressures report.",
    "The meeting closed at 15:55.",
]]
PRIVATE_PAGES = [[
    "Northfield Commissioning Sub-Committee",
    "Part II minutes (not for publication) of the meeting held on 14 March 2024",
    "Exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.",
    "Present: Councillor Ruth Hallam (Chair), Dr Imran Qadir, Janet Obi (Director of Adult Social Care).",
    "1. Confidential settlement with Acme Care Ltd",
    "The Sub-Committee received a confidential report from the Director of Adult Social Care on the dispute",
    "with Acme Care Ltd over the domiciliary care contract.",
    SECRET,
    "The settlement will be paid in two instalments, on 30 April 2024 and on 31 October 2024.",
    "Members asked whether the settlement covered the disputed overtime claims; officers confirmed that it did.",
    "RESOLVED: That the Sub-Committee approves the confidential settlement with Acme Care Ltd of £4,321,987.",
], [
    "2. Quillfeather House",
    "The Sub-Committee considered a commercially sensitive proposal to buy Quillfeather House",
    "for use as an intermediate care unit.",
    "The agreed purchase price for Quillfeather House is £2,750,000, subject to survey.",
    "Members noted the risk that the vendor might withdraw if the price became public before completion.",
    "RESOLVED: That the Sub-Committee agrees to purchase Quillfeather House for £2,750,000.",
    "The meeting closed at 16:40.",
]]
MANIFEST = [
    {"file": PUBLIC, "title": "Minutes, 14 March 2024 (Part I)", "organisation": "Northfield Council",
     "meeting": "Northfield Health and Wellbeing Board", "date": "2024-03-14", "doc_type": "minutes"},
    {"file": PRIVATE, "title": "Part II minutes, 14 March 2024", "organisation": "Northfield Council",
     "meeting": "Northfield Commissioning Sub-Committee", "date": "2024-03-14", "doc_type": "minutes",
     "visibility": "members"},
]
ALICE, BOB = ("alice", "alice-pw"), ("bob", "bob-pw")  # alice: members; bob: logged in, no groups


# --- building ---------------------------------------------------------------------
@pytest.fixture(scope="module", autouse=True)
def _one_torch_thread() -> Iterator[None]:
    """Query embeddings one thread each, as the app does: on a loaded 2-core machine two
    spin-waiting threads made every question ~10x slower (0.9 s vs 0.07 s an ask, measured)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def world(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The index (built through the real CLI), its papers, a users file and a config naming both."""
    base = tmp_path_factory.mktemp("visibility")
    papers = base / "papers"
    papers.mkdir()
    write_pdf(papers / PUBLIC, PUBLIC_PAGES)
    write_pdf(papers / PRIVATE, PRIVATE_PAGES)
    (papers / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    index = copy_index(small_index, base / "index")
    users = base / "users.txt"
    users.write_text("# test logins (cheap hashes)\n"
                     f"alice:{hash_password(ALICE[1], iterations=1000)}:members\n"
                     f"bob:{hash_password(BOB[1], iterations=1000)}::editor\n", encoding="utf-8")
    config = base / "boardbot.toml"
    config.write_text(f'[boardbot]\nusers_file = "{users}"\npapers_dir = "{base / "no-papers"}"\n', encoding="utf-8")
    assert cli.main(["ingest", "--index", str(index), "--config", str(config), "--quiet", str(papers)]) == 0
    return {"base": base, "papers": papers, "index": index, "users": users, "config": config}


@pytest.fixture(scope="module")
def settings(world: dict[str, Any]) -> Settings:
    return Settings(index_dir=world["index"], users_file=str(world["users"]), papers_dir=world["base"] / "no-papers")


@pytest.fixture(scope="module")
def assistant(settings: Settings) -> Assistant:
    return Assistant(settings=settings)


def names_private(ans: Answer) -> bool:
    return any(c.file == PRIVATE for c in ans.citations) or any(h.file == PRIVATE for h in ans.passages)


def leaks(text: str) -> bool:
    return PRIVATE in text or any(m in text for m in SECRET_MARKS)


def test_index_holds_one_private_paper(assistant: Assistant) -> None:
    vis = {p.file: p.visibility for p in assistant.papers()}
    assert vis[PRIVATE] == "members" and vis[PUBLIC] == "public"  # from manifest.json
    assert {p.file for p in assistant.papers(PUBLIC_ONLY)} == set(vis) - {PRIVATE}
    chroma = assistant.index.vectors.collection.get(where={"file": PRIVATE}, include=["metadatas"])
    assert chroma["ids"] and {m["visibility"] for m in chroma["metadatas"]} == {"members"}
    register = assistant.decisions.search(None, files=(PRIVATE,))
    assert register and {d.visibility for d in register} == {"members"}


# --- Python API ---------------------------------------------------------------------
def test_python_api_answers_only_members_from_the_private_paper(assistant: Assistant) -> None:
    member = assistant.ask(SECRET_Q, filters={"groups": list(MEMBERS)})
    assert "£4,321,987" in member.text and member.citations[0].file == PRIVATE
    anon = assistant.ask(SECRET_Q, filters={"groups": ["public"]})
    assert not names_private(anon) and not leaks(anon.text + json.dumps(anon.to_dict()))
    # the public minutes do mention Acme Care, and that is what the anonymous reader gets
    assert "Acme Care Ltd" in anon.text and anon.citations and anon.citations[0].file == PUBLIC
    # without groups (the local operator) everything is readable
    assert "£4,321,987" in assistant.ask(SECRET_Q).text


def test_search_fills_top_k_from_visible_papers_only(assistant: Assistant) -> None:
    anon = assistant.search("Acme Care Ltd confidential settlement Quillfeather House", k=10,
                            filters={"groups": ["public"]})
    assert len(anon) == 10 and all(h.file != PRIVATE for h in anon)
    member = assistant.search("Acme Care Ltd confidential settlement Quillfeather House", k=10,
                              filters={"groups": list(MEMBERS)})
    assert len(member) == 10 and member[0].file == PRIVATE
    # a group name given as a string is one group; no groups at all reads nothing
    assert assistant.search(SECRET_Q, k=5, filters={"groups": "members"})[0].file == PRIVATE
    assert assistant.search(SECRET_Q, k=5, filters={"groups": []}) == []
    # naming the private file or its board does not get round the groups
    assert assistant.search(SECRET_Q, k=5, filters={"groups": ["public"], "files": [PRIVATE]}) == []
    assert assistant.search(SECRET_Q, k=5, filters={"groups": ["public"], "board": "Commissioning"}) == []


def test_abstention_passages_and_register_answers_respect_groups(assistant: Assistant) -> None:
    # abstention shows the closest passages: they must come from readable papers too
    odd = "What is the purchase price for Quillfeather House?"
    anon = assistant.ask(odd, filters={"groups": ["public"]})
    assert anon.abstained and anon.passages and not names_private(anon) and not leaks(anon.text)
    assert "2,750,000" in assistant.ask(odd, filters={"groups": list(MEMBERS)}).text
    # "what did they decide" goes to the decisions register first
    member = assistant.ask(DECISION_Q, filters={"groups": list(MEMBERS)})
    assert member.mode == "register" and member.citations[0].file == PRIVATE and "4,321,987" in member.text
    anon = assistant.ask(DECISION_Q, filters={"groups": ["public"]})
    assert not names_private(anon) and not leaks(anon.text)


def test_board_filter_and_scope_words_see_only_readable_papers(assistant: Assistant) -> None:
    from boardbot.decisions.answer import _scope

    s = assistant.searcher
    assert s.resolve(Filters(board="Commissioning", groups=PUBLIC_ONLY)).files == ("\x00none",)
    assert s.resolve(Filters(board="Commissioning", groups=MEMBERS)).files == (PRIVATE,)
    # the private paper's board name is a scope word for members only
    assert "commiss" not in s.scope_vocab(PUBLIC_ONLY) and "commiss" in s.scope_vocab(MEMBERS)
    catalog = assistant.index.catalog
    assert _scope(catalog, ["commissioning"], PUBLIC_ONLY) == (set(), ())
    assert _scope(catalog, ["commissioning"], MEMBERS)[1] == (PRIVATE,)


def test_scores_of_public_readers_do_not_depend_on_private_papers(
        assistant: Assistant, settings: Settings, world: dict[str, Any]) -> None:
    """IDF and scope words for the public equal those of an index that never had the private paper."""
    pub = Assistant(settings=settings.replace(index_dir=copy_index(world["index"], world["base"] / "public-only")))
    assert pub.remove(PRIVATE)
    words = sorted({w for page in PRIVATE_PAGES + PUBLIC_PAGES for line in page for w in query_terms(line)})
    from boardbot.text.stemming import stem

    stems = sorted({stem(w) for w in words})
    assert assistant.index.catalog.doc_freq(stems, PUBLIC_ONLY) == pub.index.catalog.doc_freq(stems)
    assert assistant.index.catalog.doc_freq(stems) != pub.index.catalog.doc_freq(stems)  # the private paper counts
    assert assistant.searcher.scope_vocab(PUBLIC_ONLY) == pub.searcher.scope_vocab()
    qa1, qa2 = assistant.searcher.analyse(SECRET_Q, PUBLIC_ONLY), pub.searcher.analyse(SECRET_Q)
    assert (qa1.weights, qa1.scope) == (qa2.weights, qa2.scope)
    # so from the same retrieved passages the anonymous reader gets the same answer, scores included
    # (and retrieval's own BM25 half is per visibility group: see the test below)
    hits = pub.search(SECRET_Q, k=8)
    a1 = assistant.extractive.answer(SECRET_Q, hits, qa=qa1)
    a2 = pub.extractive.answer(SECRET_Q, hits, qa=qa2)
    assert a1.to_dict() == a2.to_dict() and a1.citations[0].file == PUBLIC


BM25_QUERIES = [SECRET_Q, DECISION_Q, "Acme Care Ltd domiciliary care contract dispute",
                "home care market waiting lists Northfield", "delayed discharges winter pressures",
                "settlement instalments overtime claims", "purchase of an intermediate care unit",
                "exclusion of the press and public exempt information"]
DECISION_QUERIES = [DECISION_Q, "Acme Care settlement", "home care market update", "press and public excluded",
                    "winter pressures report", "purchase Quillfeather House intermediate care"]


@pytest.fixture(scope="module")
def never_private(world: dict[str, Any], small_index: Path) -> Assistant:
    """The same index built without the private paper ever being ingested (same PDF, same manifest entry)."""
    base = world["base"] / "never-private"
    papers = base / "papers"
    papers.mkdir(parents=True)
    shutil.copy(world["papers"] / PUBLIC, papers / PUBLIC)
    (papers / "manifest.json").write_text(json.dumps([m for m in MANIFEST if m["file"] == PUBLIC]), encoding="utf-8")
    index = copy_index(small_index, base / "index")
    assert cli.main(["ingest", "--index", str(index), "--config", str(world["config"]), "--quiet", str(papers)]) == 0
    return Assistant(settings=Settings(index_dir=index, papers_dir=base / "no-papers"))


def raw_bm25(a: Assistant, q: str, groups: tuple[str, ...] | None, k: int = 40) -> list[tuple[str, str, float]]:
    """Catalog.bm25's top k as (chunk id, file, raw score), best first."""
    return [(r["id"], r["file"], score) for r, score in a.index.catalog.bm25(q, k, Filters(groups=groups))]


def register_bm25(a: Assistant, q: str, groups: tuple[str, ...] | None) -> list[tuple[str, float]]:
    """The register's BM25 top 60 as (decision id, raw score), best first."""
    return a.decisions.bm25(q, 60, groups)


def register_search_bm25(a: Assistant, q: str, groups: tuple[str, ...] | None) -> dict[str, float | None]:
    """The BM25 part of each decision the register's hybrid search returns."""
    return {d.id: d.scores.get("bm25") for d in a.decisions.search(q, groups=groups, limit=30)}


def same_where_shared(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Equal values for the keys both hold (the dense half may differ: Chroma's graph differs)."""
    return {k: v for k, v in x.items() if k in y} == {k: v for k, v in y.items() if k in x}


def test_bm25_of_public_readers_does_not_depend_on_private_papers(
        assistant: Assistant, never_private: Assistant) -> None:
    """FTS5's statistics are per visibility group: the anonymous reader's raw BM25 scores and order
    are exactly those of an index the private paper was never added to (and differ for members)."""
    questions = BM25_QUERIES + random_questions(20, seed=11)
    differs = 0
    for q in questions:
        anon = raw_bm25(assistant, q, PUBLIC_ONLY)
        assert anon == raw_bm25(never_private, q, PUBLIC_ONLY) == raw_bm25(never_private, q, None), q
        assert all(f != PRIVATE for _, f, _ in anon), q
        # the hybrid search's BM25 half, as it reaches hits' metadata, is the same too
        hits = {h.id: h.metadata.get("bm25") for h in assistant.search(q, k=10, filters={"groups": ["public"]})}
        assert same_where_shared(hits, {h.id: h.metadata.get("bm25") for h in never_private.search(q, k=10)}), q
        differs += raw_bm25(assistant, q, MEMBERS) != anon
    assert differs >= len(questions) // 2  # the private paper does match these questions, for members
    for q in DECISION_QUERIES:
        anon = register_bm25(assistant, q, PUBLIC_ONLY)
        assert anon == register_bm25(never_private, q, PUBLIC_ONLY) == register_bm25(never_private, q, None), q
        assert same_where_shared(register_search_bm25(assistant, q, PUBLIC_ONLY),
                                 register_search_bm25(never_private, q, None)), q
    assert any(register_bm25(assistant, q, MEMBERS) != register_bm25(assistant, q, PUBLIC_ONLY)
               for q in DECISION_QUERIES)


def fts_rows(a: Assistant) -> dict[str, tuple[int, int]]:
    """Per group: rows in its chunk FTS table and in its register FTS table."""
    db = a.index.catalog.db
    out = {}
    for grp, n in db.execute("SELECT grp, n FROM fts_groups").fetchall():
        counts = []
        for fam in (CHUNKS_FTS, DECISIONS_FTS):
            t = fam.name(n)
            counts.append(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] if t in fam.tables(db) else 0)
        out[grp] = (counts[0], counts[1])
    return {g: c for g, c in out.items() if c != (0, 0)}


def test_fts_tables_hold_exactly_each_groups_rows(assistant: Assistant) -> None:
    db = assistant.index.catalog.db
    chunks = dict(db.execute("SELECT visibility, count(*) FROM chunks GROUP BY visibility").fetchall())
    decisions = dict(db.execute("SELECT visibility, count(*) FROM decisions GROUP BY visibility").fetchall())
    assert fts_rows(assistant) == {g: (chunks.get(g, 0), decisions.get(g, 0)) for g in {*chunks, *decisions}}
    assert set(chunks) == {"public", "members"} and decisions["members"] >= 2
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert "chunks_fts" not in names and "decisions_fts" not in names


def test_an_index_with_one_fts_table_is_split_by_group_when_opened(
        assistant: Assistant, settings: Settings, world: dict[str, Any]) -> None:
    """An index made before per-group tables (one chunks_fts, one decisions_fts) is migrated on open."""
    old = copy_index(world["index"], world["base"] / "old-layout")
    db = sqlite3.connect(old / "boardbot.sqlite", isolation_level=None)
    tables = [CHUNKS_FTS.name(n) for (n,) in db.execute("SELECT n FROM fts_groups")]
    tables += [DECISIONS_FTS.name(n) for (n,) in db.execute("SELECT n FROM fts_groups")]
    for t in tables:
        db.execute(f"DROP TABLE IF EXISTS {t}")
    db.executescript("""
        DROP TABLE fts_groups;
        CREATE VIRTUAL TABLE chunks_fts USING fts5(chunk_id UNINDEXED, text, tokenize = 'porter unicode61');
        INSERT INTO chunks_fts (chunk_id, text) SELECT id, text FROM chunks ORDER BY rowid;
        CREATE VIRTUAL TABLE decisions_fts USING fts5(
            decision_id UNINDEXED, text, item, owner, tokenize = 'porter unicode61');
        INSERT INTO decisions_fts (decision_id, text, item, owner) SELECT id, text, item, owner FROM decisions;
    """)
    db.close()
    migrated = Assistant(settings=settings.replace(index_dir=old))
    assert fts_rows(migrated) == fts_rows(assistant)
    names = {r[0] for r in migrated.index.catalog.db.execute("SELECT name FROM sqlite_master")}
    assert "chunks_fts" not in names and "decisions_fts" not in names
    for q in BM25_QUERIES:
        for groups in (PUBLIC_ONLY, MEMBERS, None):
            assert raw_bm25(migrated, q, groups) == raw_bm25(assistant, q, groups), (q, groups)
    for q in DECISION_QUERIES:
        for groups in (PUBLIC_ONLY, MEMBERS, None):
            assert register_bm25(migrated, q, groups) == register_bm25(assistant, q, groups), (q, groups)
    # opening again finds nothing to migrate and changes nothing
    again = Assistant(settings=settings.replace(index_dir=old))
    assert fts_rows(again) == fts_rows(assistant)
    assert raw_bm25(again, SECRET_Q, MEMBERS) == raw_bm25(assistant, SECRET_Q, MEMBERS)


# --- property: random questions as the anonymous reader -----------------------------------------
def random_questions(n: int, seed: int = 8) -> list[str]:
    """Questions built from both papers' words (the private one's especially), some in decision form."""
    rng = random.Random(seed)
    private_words = sorted({w for page in PRIVATE_PAGES for line in page for w in query_terms(line) if len(w) > 2})
    public_words = sorted({w for page in PUBLIC_PAGES for line in page for w in query_terms(line) if len(w) > 2})
    forms = ["What is the {} {}?", "What did the board decide about {} {}?", "How much was the {} {} {}?",
             "Who approved the {} {}?", "{} {} {} {}", "Tell me about {} and {}."]
    out = []
    for _ in range(n):
        form = rng.choice(forms)
        k = form.count("{}")
        words = rng.sample(private_words, k - 1) + rng.sample(public_words + private_words, 1)
        rng.shuffle(words)
        out.append(form.format(*words))
    return out


def test_random_questions_never_cite_the_private_paper(assistant: Assistant) -> None:
    anon = {"groups": ["public"]}
    questions = random_questions(60)
    answered = 0
    for q in questions:
        ans = assistant.ask(q, filters=anon)
        assert not names_private(ans), q
        assert not leaks(ans.text), q
        answered += not ans.abstained
        hits: list[Hit] = assistant.search(q, k=10, filters=anon)
        assert len(hits) == 10, q  # ~145 public chunks: the top-k is always full
        assert all(h.file != PRIVATE and h.metadata["visibility"] == "public" for h in hits), q
    assert answered >= 5  # the questions did reach real answers, not only abstentions
    # the same questions as a member do reach the private paper
    reached = sum(any(h.file == PRIVATE for h in assistant.search(q, k=10, filters={"groups": list(MEMBERS)}))
                  for q in questions[:20])
    assert reached >= 15


# --- CLI ---------------------------------------------------------------------------
def run_cli(capsys: pytest.CaptureFixture[str], world: dict[str, Any], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = cli.main([*args, "--index", str(world["index"]), "--config", str(world["config"])])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_cli_as_user(world: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(capsys, world, "ask", SECRET_Q, "--as-user", "alice")
    assert rc == 0 and "£4,321,987" in out and PRIVATE in out
    rc, out, _ = run_cli(capsys, world, "ask", SECRET_Q, "--as-user", "bob", "--json")
    assert rc == 0 and not leaks(out)
    rc, out, _ = run_cli(capsys, world, "search", "Acme Care settlement", "--as-user", "bob", "--json")
    hits = json.loads(out)
    assert rc == 0 and len(hits) == 10 and not leaks(out)
    rc, out, _ = run_cli(capsys, world, "list", "--as-user", "bob")
    assert rc == 0 and PUBLIC in out and PRIVATE not in out
    rc, out, _ = run_cli(capsys, world, "list", "--as-user", "alice")
    assert f"{PRIVATE} [members]" in out
    rc, _, err = run_cli(capsys, world, "ask", SECRET_Q, "--as-user", "mallory")
    assert rc == 2 and "unknown user" in err  # an unknown reader fails closed


def test_cli_decisions_as_user(world: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(capsys, world, "decisions", "Acme Care settlement", "--as-user", "alice", "--json")
    rows = json.loads(out)
    assert rc == 0 and any(r["file"] == PRIVATE and "4,321,987" in r["text"] for r in rows)
    for query in ("Acme Care settlement", "Quillfeather House purchase"):
        rc, out, _ = run_cli(capsys, world, "decisions", query, "--as-user", "bob", "--json")
        assert rc == 0 and not leaks(out)
    rc, out, _ = run_cli(capsys, world, "decisions", "--as-user", "bob", "--csv", "--board", "Northfield")
    assert rc == 0 and PUBLIC in out and not leaks(out)  # listing everything shows the public rows only


def test_cli_subprocess_as_anonymous_user(world: dict[str, Any]) -> None:
    """The installed console script, as a user without groups: the private figure never prints."""
    proc = subprocess.run(
        [sys.executable, "-m", "boardbot", "ask", "How much is the settlement with Acme Care Ltd?", "--as-user",
         "bob", "--index", str(world["index"]), "--config", str(world["config"])],
        capture_output=True, text=True, timeout=300, cwd=world["base"],
        env={**os.environ, "OMP_NUM_THREADS": "1"},  # one torch thread: see _one_torch_thread
    )
    assert proc.returncode == 0, proc.stderr
    assert "Acme Care" in proc.stdout and not leaks(proc.stdout)


# --- add-user / hash-password --------------------------------------------------------------
@pytest.fixture
def with_access_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    if "boardbot.cli.access" not in cli.PLUGINS:
        monkeypatch.setattr(cli, "PLUGINS", [*cli.PLUGINS, "boardbot.cli.access"])


def test_add_user_writes_a_working_login(with_access_cli: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    users = tmp_path / "users.txt"
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret pass\n"))
    assert cli.main(["add-user", "carol", "--groups", "members,finance", "--users-file", str(users),
                     "--password-stdin"]) == 0
    s = Settings(users_file=str(users))
    assert authenticate(s, "carol", "s3cret pass") and not authenticate(s, "carol", "wrong")
    assert groups_for(s, "carol") == ("public", "members", "finance")
    assert (users.stat().st_mode & 0o777) == 0o600
    monkeypatch.setattr(sys, "stdin", io.StringIO("other\n"))
    assert cli.main(["add-user", "carol", "--users-file", str(users), "--password-stdin"]) == 2  # exists
    monkeypatch.setattr(sys, "stdin", io.StringIO("new pass\n"))
    assert cli.main(["add-user", "carol", "--users-file", str(users), "--password-stdin", "--replace"]) == 0
    assert authenticate(s, "carol", "new pass") and groups_for(s, "carol") == ("public",)
    assert len(users.read_text().splitlines()) == 1
    # the file named by the config is the default target
    monkeypatch.setenv("BOARDBOT_USERS_FILE", str(tmp_path / "from-env.txt"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    assert cli.main(["add-user", "dan", "--password-stdin"]) == 0
    assert authenticate(load_settings(), "dan", "pw")
    assert cli.main(["add-user", "bad:name", "--users-file", str(users), "--password-stdin"]) == 2
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    assert cli.main(["hash-password", "--password-stdin"]) == 0
    assert verify_password("pw", capsys.readouterr().out.strip())


# --- writes: set-visibility and re-ingest --------------------------------------------------
@pytest.fixture(scope="module")
def scratch(world: dict[str, Any], settings: Settings) -> Assistant:
    """A copy of the index that tests may change."""
    return Assistant(settings=settings.replace(index_dir=copy_index(world["index"], world["base"] / "scratch")))


def test_set_visibility_opens_and_closes_every_store_without_reembedding(
        scratch: Assistant, capsys: pytest.CaptureFixture[str]) -> None:
    col = scratch.index.vectors.collection
    before = col.get(where={"file": PRIVATE}, include=["embeddings"])
    assert cli.main(["set-visibility", PRIVATE, "public", "--index", str(scratch.settings.index_dir)]) == 0
    anon = {"groups": ["public"]}
    assert "£4,321,987" in scratch.ask(SECRET_Q, filters=anon).text
    assert scratch.decisions.search("Acme Care settlement", groups=PUBLIC_ONLY, files=(PRIVATE,))
    assert cli.main(["set-visibility", PRIVATE, "members", "--index", str(scratch.settings.index_dir)]) == 0
    assert not names_private(scratch.ask(SECRET_Q, filters=anon))
    assert not scratch.decisions.search("Acme Care settlement", groups=PUBLIC_ONLY, files=(PRIVATE,))
    after = col.get(where={"file": PRIVATE}, include=["embeddings", "metadatas"])
    assert after["ids"] == before["ids"]  # same vectors, metadata updated in place
    assert all((a == b).all() for a, b in zip(after["embeddings"], before["embeddings"]))
    assert all(m["file"] == PRIVATE and m["visibility"] == "members" for m in after["metadatas"])


def test_catalogue_is_the_backstop_while_chroma_lags(scratch: Assistant) -> None:
    """set-visibility relabels the catalogue first: a vector still labelled public cannot surface it."""
    scratch.index.set_visibility(PRIVATE, "public")
    scratch.index.catalog.set_visibility(PRIVATE, "members")  # as if stopped before Chroma was updated
    try:
        hits = scratch.search(SECRET, k=10, filters={"groups": ["public"]})
        assert hits and all(h.file != PRIVATE for h in hits)
    finally:
        scratch.index.set_visibility(PRIVATE, "members")


def test_set_visibility_moves_fts_rows_between_group_tables(scratch: Assistant) -> None:
    """Relabelling moves a paper's FTS rows (chunks and register) to its new group's table, in place."""
    before = fts_rows(scratch)
    anon = {q: raw_bm25(scratch, q, PUBLIC_ONLY) for q in BM25_QUERIES}
    register = {q: register_bm25(scratch, q, PUBLIC_ONLY) for q in DECISION_QUERIES}
    private = scratch.index.catalog.file(PRIVATE)
    n_dec = scratch.decisions.count(PRIVATE)
    assert private is not None and n_dec
    assert scratch.index.set_visibility(PRIVATE, "public")
    during = fts_rows(scratch)
    assert during["public"] == (before["public"][0] + private.chunks, before["public"][1] + n_dec)
    assert "members" not in during
    assert any(f == PRIVATE for _, f, _ in raw_bm25(scratch, SECRET_Q, PUBLIC_ONLY))
    assert scratch.index.set_visibility(PRIVATE, "members")
    assert fts_rows(scratch) == before
    # back where it was: the public tables' statistics, so scores, are as before the round trip
    assert {q: raw_bm25(scratch, q, PUBLIC_ONLY) for q in BM25_QUERIES} == anon
    assert {q: register_bm25(scratch, q, PUBLIC_ONLY) for q in DECISION_QUERIES} == register


def test_reingest_keeps_visibility_unless_told(scratch: Assistant, world: dict[str, Any], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    v2 = write_pdf(tmp_path / PRIVATE, [*PRIVATE_PAGES, ["3. Any other business", "There was none."]])
    idx = str(scratch.settings.index_dir)
    assert cli.main(["ingest", "--index", idx, "--quiet", str(v2)]) == 0  # no manifest, no --visibility
    rec = scratch.index.catalog.file(PRIVATE)
    assert rec is not None and rec.pages == 3 and rec.visibility == "members"
    assert not names_private(scratch.ask(SECRET_Q, filters={"groups": ["public"]}))
    assert cli.main(["ingest", "--index", idx, "--quiet", "--visibility", "finance", str(v2)]) == 0
    assert scratch.index.catalog.file(PRIVATE).visibility == "finance"
    assert scratch.search(SECRET_Q, k=3, filters={"groups": ["public", "finance"]})[0].file == PRIVATE
    assert all(h.file != PRIVATE for h in scratch.search(SECRET_Q, k=10, filters={"groups": list(MEMBERS)}))


# --- the app ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def app(settings: Settings) -> Iterator[tuple[str, Any]]:
    yield from serve_app(settings.replace(port=free_port()))


def test_app_chat_api_as_member_and_as_user_without_group(app: tuple[str, Any]) -> None:
    from gradio_client import Client

    url, _ = app
    alice = Client(url, auth=ALICE, verbose=False)
    bob = Client(url, auth=BOB, verbose=False)
    said = alice.predict(SECRET_Q, api_name="/chat")
    assert "£4,321,987" in said and f"({PRIVATE}), page 1" in said
    for q in (SECRET_Q, DECISION_Q, "What is the purchase price for Quillfeather House?"):
        assert not leaks(bob.predict(q, api_name="/chat")), q
    # the streaming chat behind the browser UI, and the papers list behind its tables and dropdowns
    messages, _q, sources, *_ = bob.predict(SECRET_Q, [], "", "", "", [], api_name="/ask")
    assert not leaks(json.dumps(messages)) and not leaks(sources) and "Acme Care" in json.dumps(messages)
    assert not leaks(json.dumps(bob.predict(api_name="/papers"), default=str))
    papers = json.dumps(alice.predict(api_name="/papers"), default=str)
    assert PRIVATE in papers and "Northfield Commissioning Sub-Committee" in papers
    # the decisions register's API
    rows = alice.predict("Acme Care settlement", api_name="/decisions")
    assert any(r["file"] == PRIVATE for r in rows)
    assert not leaks(json.dumps(bob.predict("Acme Care settlement", api_name="/decisions")))
    assert not leaks(json.dumps(bob.predict("", "Northfield", api_name="/decisions")))


def test_app_file_routes_check_the_session(app: tuple[str, Any], world: dict[str, Any]) -> None:
    url, service = app
    pdf, page = f"boardbot/pdf/{PRIVATE}", f"boardbot/page/{PRIVATE}/1.png"
    with httpx.Client(base_url=url, timeout=60) as anon:
        assert anon.get(pdf).status_code == 401 and anon.get(page).status_code == 401
        assert anon.get(f"boardbot/pdf/{PUBLIC}").status_code == 401  # logins configured: no session, no files
    with login(url, *ALICE) as alice:
        r = alice.get(pdf)
        assert r.status_code == 200 and r.content.startswith(b"%PDF-")
        assert alice.get(page).status_code == 200  # now rendered into the page cache
        assert alice.get(f"boardbot/page/{PRIVATE}/2.png").status_code == 200
    cached = service.pages.cache_path(service.paper(PRIVATE, "alice").sha256, 1)
    assert cached.is_file()
    with login(url, *BOB) as bob:
        assert bob.get(pdf).status_code == 404 and bob.get(page).status_code == 404  # cached or not
        assert bob.get(f"boardbot/pdf/{PUBLIC}").status_code == 200
        assert bob.get(f"boardbot/page/{PUBLIC}/1.png").status_code == 200
        assert bob.get("boardbot/pdf/no-such-paper.pdf").status_code == 404  # the same answer as private
        # Gradio's own file route serves neither the PDF nor the cached page image
        for path in (world["papers"] / PRIVATE, cached):
            r = bob.get(f"gradio_api/file={path}")
            assert r.status_code in (403, 404) and b"%PDF" not in r.content and b"PNG" not in r.content[:8]


def test_app_status_line_and_uploads_respect_groups(app: tuple[str, Any], world: dict[str, Any]) -> None:
    from boardbot.errors import BoardbotError

    _, service = app
    n_public, n_all = len(service.papers(None)), len(service.papers("alice"))
    assert n_all == n_public + 1
    assert service.status_line(None).startswith(f"{n_public} papers,")  # counts readable papers only
    assert service.status_line("bob").startswith(f"{n_public} papers,")
    assert service.status_line("alice").startswith(f"{n_all} papers,")
    with pytest.raises(BoardbotError, match="may not publish"):
        service.upload([world["papers"] / PUBLIC], "bob", visibility="members")
    res = service.upload([world["papers"] / PRIVATE], "bob")  # replacing a paper bob (an editor) cannot read
    assert res[0].status == "failed" and "private" not in res[0].reason and "exists" not in res[0].reason
    assert service.paper(PRIVATE, "alice").visibility == "members"
    with pytest.raises(BoardbotError, match="needs the admin role"):  # nor remove it, nor learn it exists
        service.remove(PRIVATE, "bob")
    assert service.paper(PRIVATE, "alice") is not None
    # an open app (no logins) treats everyone as anonymous: public papers only
    from boardbot.ui.service import Service

    open_service = Service(service.settings.replace(users_file=""), assistant=service.assistant)
    assert not open_service.auth_required
    assert not leaks(open_service.ask(SECRET_Q, open_service.filters(None)).text)
