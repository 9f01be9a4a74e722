"""The embedder (the real all-MiniLM-L6-v2 from its package), its LlamaIndex adapter and the model check."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from boardbot.config import Settings
from boardbot.errors import IndexMismatchError
from boardbot.parsing.tokens import counter
from boardbot.store.embedding import (
    DEFAULT_MODEL_LABEL,
    HEADER_CHARS,
    Embedder,
    LlamaIndexEmbedding,
    check_model,
    embed_text,
    get_embedder,
    model_label,
    resolve_model,
)


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return get_embedder(Settings(index_dir=Path("unused"), device="cpu"))


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b))


def test_embed_text_puts_title_and_section_above_the_chunk() -> None:
    assert embed_text("BCF Plan", "4. Finance", "The fund totals £24.6m.") == "BCF Plan | 4. Finance\nThe fund totals £24.6m."
    assert embed_text("", "", "text only") == "text only"
    assert embed_text("", "Minutes", "x") == "Minutes\nx"
    long = embed_text("T" * 500, "S", "body")
    assert long.split("\n")[0] == "T" * HEADER_CHARS and long.endswith("\nbody")


def test_the_default_model_ships_in_its_package() -> None:
    for name in ("", "default", "all-MiniLM-L6-v2", DEFAULT_MODEL_LABEL):
        label, path = resolve_model(name)
        assert label == DEFAULT_MODEL_LABEL and (Path(path) / "config.json").exists()
    assert resolve_model("/models/other") == ("/models/other", "/models/other")


def test_vectors_are_unit_length_and_near_for_like_meaning(embedder: Embedder) -> None:
    assert isinstance(embedder, Embedder)
    assert (embedder.name, embedder.dim) == (DEFAULT_MODEL_LABEL, 384)
    q, near, far = embedder.embed([
        "Who presented the place integration deal paper?",
        "Presented by Professor Craig Harris, Chief Operating Officer, on the Place Integration Deal.",
        "Life expectancy for men in Blackpool is 74.1 years.",
    ])
    assert all(len(v) == 384 and math.isclose(cosine(v, v), 1.0, rel_tol=1e-4) for v in (q, near, far))
    assert cosine(q, near) > cosine(q, far) + 0.2
    assert embedder.embed([]) == []
    # the same text gives the same vector (batching must not change it)
    again = embedder.embed(["Life expectancy for men in Blackpool is 74.1 years.", "other text"])[0]
    assert cosine(far, again) > 0.9999


def test_word_pieces_counted_like_the_parse_workers_count_them(embedder: Embedder) -> None:
    texts = ["Better Care Fund", "The ICB's place-based partnership (PBP) met on 31 October 2023.", ""]
    got = embedder.count_tokens(texts)
    assert got[0] == 3 and got[2] == 0 and got[1] > 10
    tok_file = getattr(embedder, "tokenizer_file", None)
    assert tok_file, "the default model has a tokenizer.json"
    assert counter(tok_file)(texts) == got


def test_get_embedder_loads_the_model_once_per_configuration(embedder: Embedder) -> None:
    assert get_embedder(Settings(index_dir=Path("elsewhere"), device="cpu")) is embedder


def test_llamaindex_adapter_returns_the_embedders_vectors(embedder: Embedder) -> None:
    adapter = LlamaIndexEmbedding(embedder)
    text = "Receive a further report at its meeting in March 2024."
    want = embedder.embed([text])[0]
    assert adapter.get_query_embedding(text) == want
    assert adapter.get_text_embedding_batch([text, text]) == [want, want]


def test_a_store_built_with_another_model_is_refused() -> None:
    asked: list[bool] = []

    def has_data() -> bool:
        asked.append(True)
        return True

    check_model("index x", "m (384-d)", "m (384-d)", has_data)
    check_model("index x", None, "m (384-d)", has_data)  # nothing recorded: nothing to check
    assert asked == []  # counting (a server round trip) only happens on a mismatch
    check_model("index x", "other (768-d)", "m (384-d)", lambda: False)  # empty: takes the new model
    with pytest.raises(IndexMismatchError) as err:
        check_model("collection decisions at /srv", "other (768-d)", "m (384-d)", has_data)
    msg = str(err.value)
    assert "collection decisions at /srv" in msg and "other (768-d)" in msg and "m (384-d)" in msg
    assert "boardbot ingest --rebuild" in msg and "BOARDBOT_EMBED_MODEL" in msg


def test_model_label() -> None:
    assert model_label("m", 384) == "m (384-d)"
    assert model_label("m") == "m"
    assert model_label(None, None) == "None (None-d)"  # a collection that recorded nothing still mismatches
