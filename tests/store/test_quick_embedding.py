"""A question embedded without sentence-transformers gets the vector the full model gives it."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from boardbot.store.embedding import SentenceTransformerEmbedder, resolve_model
from boardbot.store.quick_embedding import QuickEmbedder, quick_shape

TEXTS = [
    "What did the board agree about the Better Care Fund?",
    "   Who presented the place integration deal?  ",
    "£7m",
    # longer than the model's 256 word pieces: both must truncate the same way
    " ".join(["The Health and Wellbeing Board noted the update on the Joint Strategic Needs Assessment."] * 30),
]


def test_quick_vectors_match_the_full_model() -> None:
    name, path = resolve_model("default")
    assert quick_shape(path) == {"dim": 384, "max_tokens": 256, "lower": False}
    full = SentenceTransformerEmbedder("default", "cpu", 8)
    quick = QuickEmbedder(name, path, lambda: full)
    assert (quick.dim, quick.max_tokens) == (full.dim, full.max_tokens)
    for batch in ([TEXTS[0]], TEXTS):  # one question, and a padded batch
        a = np.array(quick.embed(batch))
        assert quick._full is None  # answered without loading the full model
        b = np.array(full.embed(batch))
        assert a.shape == b.shape
        assert np.allclose(a, b, atol=1e-5), np.abs(a - b).max()
        assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    # anything larger than a question goes to the full model, which then serves everything
    quick.embed(TEXTS * 2)
    assert quick._full is full
    assert quick.count_tokens(["Better Care Fund"]) == full.count_tokens(["Better Care Fund"])


def test_a_question_does_not_import_torch_or_sentence_transformers() -> None:
    code = (
        "import sys\n"
        "from boardbot.config import Settings\n"
        "from boardbot.store.embedding import get_embedder\n"
        "v = get_embedder(Settings(device='cpu')).embed(['Who chairs the board?'])\n"
        "print(len(v[0]), *(m in sys.modules for m in ('sentence_transformers', 'sklearn', 'torch', 'transformers')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["384", "False", "False", "False", "False"], out.stdout


def test_other_model_shapes_are_not_taken_quick(tmp_path) -> None:
    assert quick_shape(str(tmp_path)) is None
    (tmp_path / "modules.json").write_text('[{"type": "sentence_transformers.models.Transformer", "path": ""}]')
    assert quick_shape(str(tmp_path)) is None
