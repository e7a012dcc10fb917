"""No text crashes the process that embeds it (the native tokenizer's buffer overflow)."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from search.embedding_input import (
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
        from search.embedding_input import model_file, read_normalisation_map
        from search.embeddings import embed_passages, embed_query
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
