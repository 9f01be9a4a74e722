"""Ingest against a real Chroma index on disk with the real model and real PDFs."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pypdf
import pytest

from boardbot.assistant import Assistant
from boardbot.cli.main import main as cli
from boardbot.errors import IndexMismatchError
from conftest import AWKWARD, BLACKBURN, HARINGEY, LSC, make_settings


def _counts(a: Assistant) -> tuple[int, int, list[tuple[str, str]]]:
    files = [(f.file, f.sha256) for f in a.papers()]
    return a.index.catalog.count_chunks(), a.index.vectors.collection.count(), files


@pytest.fixture()
def one_paper(tmp_path: Path) -> tuple[Assistant, Path]:
    src = tmp_path / "papers"
    src.mkdir()
    shutil.copy(BLACKBURN, src / BLACKBURN.name)
    a = Assistant(settings=make_settings(tmp_path / "index"))
    report = a.ingest([src], progress=False)
    assert [r.status for r in report.results] == ["added"]
    return a, src


@pytest.mark.slow  # builds its own index
def test_reingest_unchanged_is_free_and_changed_file_is_replaced(one_paper, tmp_path: Path) -> None:
    a, src = one_paper
    chunks, vectors, files = _counts(a)
    assert chunks == vectors > 20
    t = time.perf_counter()
    again = a.ingest([src], progress=False)
    assert [r.status for r in again.results] == ["unchanged"]
    assert time.perf_counter() - t < 5
    assert _counts(a) == (chunks, vectors, files)

    # same name, different content: the old chunks must go, not pile up
    old_ids = set(a.index.catalog.chunk_ids(BLACKBURN.name))
    writer = pypdf.PdfWriter(clone_from=str(BLACKBURN))
    writer.remove_page(0)
    writer.write(src / BLACKBURN.name)
    changed = a.ingest([src], progress=False)
    assert [r.status for r in changed.results] == ["updated"]
    new_ids = set(a.index.catalog.chunk_ids(BLACKBURN.name))
    assert not old_ids & new_ids
    n, v, files2 = _counts(a)
    assert n == v == len(new_ids)  # replaced, not added to
    assert files2[0][1] != files[0][1]
    assert a.papers()[0].pages == 10


@pytest.mark.slow  # builds its own index
def test_remove_leaves_no_trace(one_paper) -> None:
    a, _ = one_paper
    assert a.search("Place Based Partnership", k=3)
    assert a.remove(BLACKBURN.name)
    assert a.papers() == []
    assert a.index.catalog.count_chunks() == 0 and a.index.vectors.collection.count() == 0
    assert a.search("Place Based Partnership", k=3) == []
    ans = a.ask("What is the Blackburn with Darwen Place Based Partnership?")
    assert ans.abstained and ans.citations == []
    assert not a.remove(BLACKBURN.name)


@pytest.mark.slow  # builds its own index
def test_bad_inputs_fail_one_line_each_and_change_nothing(one_paper, tmp_path: Path, capsys) -> None:
    a, src = one_paper
    before = _counts(a)
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in AWKWARD.glob("*.pdf"):
        shutil.copy(f, bad / f.name)
    (bad / "empty.pdf").write_bytes(b"")
    (bad / "notes.pdf").write_text("minutes of the meeting, typed as plain text\n")
    shutil.copy(LSC, bad / LSC.name)  # one good file among the bad ones
    rc = cli(["ingest", str(bad), "--index", str(a.settings.index_dir), "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 1
    reasons = {line.split(":")[1].strip(): line for line in err if line.startswith("error:")}
    # the scanned paper has no text layer: it is read by OCR and indexed, not refused (BOARDBOT_OCR=off: test_ocr.py)
    assert set(reasons) == {"encrypted-password.pdf", "truncated-corrupt.pdf", "empty.pdf", "notes.pdf"}
    assert "password" in reasons["encrypted-password.pdf"]
    assert "corrupt or truncated" in reasons["truncated-corrupt.pdf"]
    assert "empty file" in reasons["empty.pdf"]
    assert "not a PDF" in reasons["notes.pdf"]
    after = Assistant(settings=a.settings)
    names = [f.file for f in after.papers()]
    assert sorted(names) == sorted([BLACKBURN.name, LSC.name, "scanned-no-text-layer.pdf"])
    # what was there before is untouched
    assert after.index.catalog.file(BLACKBURN.name).sha256 == before[2][0][1]
    assert len(after.index.catalog.chunk_ids(BLACKBURN.name)) == before[0]


@pytest.mark.slow  # builds its own index
def test_password_option_opens_an_encrypted_paper(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=str(BLACKBURN))
    writer.encrypt(user_password="s3cret", algorithm="AES-256")
    target = tmp_path / "papers" / "locked.pdf"
    target.parent.mkdir()
    writer.write(target)
    a = Assistant(settings=make_settings(tmp_path / "index"))
    no = a.ingest([target], progress=False)
    assert no.results[0].status == "failed" and "--password" in no.results[0].reason
    wrong = a.ingest([target], password="nope", progress=False)
    assert "wrong password" in wrong.results[0].reason
    ok = a.ingest([target], password="s3cret", progress=False)
    assert ok.results[0].status == "added" and ok.results[0].pages == 11


@pytest.mark.slow  # builds its own index
def test_other_embedding_model_is_refused_with_rebuild_hint(one_paper) -> None:
    a, _ = one_paper
    a.index.catalog.set_meta("embed_model", "some/other-model")
    with pytest.raises(IndexMismatchError, match="rebuild"):
        Assistant(settings=a.settings)


@pytest.mark.slow  # builds its own index
def test_visibility_can_change_without_reembedding(one_paper) -> None:
    a, _ = one_paper
    ids_before = set(a.index.catalog.chunk_ids(BLACKBURN.name))
    assert a.index.set_visibility(BLACKBURN.name, "members")
    assert a.search("Place Based Partnership", k=3, filters={"groups": ["public"]}) == []
    hits = a.search("Place Based Partnership", k=3, filters={"groups": ["public", "members"]})
    assert hits and all(h.metadata["visibility"] == "members" for h in hits)
    assert set(a.index.catalog.chunk_ids(BLACKBURN.name)) == ids_before


def test_missing_path_is_reported(tmp_path: Path, capsys) -> None:
    rc = cli(["ingest", str(tmp_path / "nope.pdf"), "--index", str(tmp_path / "i"), "--quiet"])
    assert rc == 1
    assert "nope.pdf: no such file or folder" in capsys.readouterr().err


def test_haringey_small_index_has_both_papers(small_assistant) -> None:
    files = {f.file: f for f in small_assistant.papers()}
    assert set(files) == {HARINGEY.name, LSC.name}
    assert files[HARINGEY.name].pages == 28 and files[LSC.name].pages == 18
    assert files[LSC.name].title == "Place Integration Deal: Progress on Areas of Delivery"


@pytest.mark.slow  # builds its own index
def test_parse_workers_chunk_exactly_as_the_index_would(one_paper) -> None:
    """Workers count word pieces from tokenizer.json alone; chunks must equal the model-counted ones."""
    from boardbot.ingest.pipeline import sha256_file
    from boardbot.ingest.worker import parse
    from boardbot.parsing.chunking import chunk_document
    from boardbot.parsing.tokens import ChunkPlan, counter
    from boardbot.text.sentences import spans

    a, _src = one_paper
    emb, s = a.index.embedder, a.index.settings
    assert emb.tokenizer_file and emb.tokenizer_file.endswith("tokenizer.json")
    digest = sha256_file(LSC)
    parsed = parse(str(LSC), None, None, None, s.max_pages, s.max_page_chars,
                   ChunkPlan(emb.tokenizer_file, digest, s.chunk_tokens, s.chunk_overlap_tokens))
    texts = [parsed.doc.text[x:y] for x, y in spans(parsed.doc.text)] + [parsed.doc.text[:5000]]
    assert counter(emb.tokenizer_file)(texts) == emb.count_tokens(texts)
    in_main = chunk_document(parsed.doc, digest, emb.count_tokens, s.chunk_tokens, s.chunk_overlap_tokens)
    assert parsed.chunks == in_main and len(in_main) > 10


@pytest.mark.slow  # builds its own index
def test_vectors_carry_only_what_filters_need(one_paper) -> None:
    """Text lives once, in the catalogue; Chroma keeps ids, vectors and filter fields."""
    a, _src = one_paper
    got = a.index.vectors.collection.get(include=["documents", "metadatas"])
    assert len(got["ids"]) == a.index.catalog.count_chunks() > 0
    assert all(not d for d in got["documents"])
    assert {k for m in got["metadatas"] for k in m} == {"file", "date_key", "visibility"}
    hit = a.search("Better Care Fund", k=1)[0]
    assert "Better Care Fund" in hit.text and hit.page_start >= 1
