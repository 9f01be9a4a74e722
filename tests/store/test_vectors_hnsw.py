"""The Chroma collection is searched widely enough that the nearest chunks are not missed.

A real embedded Chroma store on disk: a new collection gets the denser graph and the wider
search; a collection made with Chroma's defaults (as indexes built before were) is searched as
widely when it is opened, and keeps its vectors.
"""

from __future__ import annotations

from pathlib import Path

from boardbot.config import Settings
from boardbot.store.embedding import get_embedder
from boardbot.store.vectors import HNSW, VectorStore, make_client


def test_new_and_older_collections_are_searched_widely(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "new")
    embedder = get_embedder(settings)
    hnsw = VectorStore(settings, embedder).collection.configuration["hnsw"]
    assert (hnsw["space"], hnsw["ef_search"], hnsw["max_neighbors"]) == ("cosine", HNSW["ef_search"], 32)

    old = Settings(index_dir=tmp_path / "old")
    client = make_client(old)  # the process's one client for that folder, as the store opens it
    made = client.get_or_create_collection(old.collection, metadata={
        "embed_model": embedder.name, "embed_dim": embedder.dim, "hnsw:space": "cosine"})
    made.add(ids=["a", "b"], embeddings=embedder.embed(["better care fund plan", "obesity update"]))
    assert made.configuration["hnsw"]["ef_search"] < HNSW["ef_search"]
    store = VectorStore(old, embedder)
    assert store.collection.configuration["hnsw"]["ef_search"] == HNSW["ef_search"]
    assert store.collection.configuration["hnsw"]["space"] == "cosine" and store.collection.count() == 2
