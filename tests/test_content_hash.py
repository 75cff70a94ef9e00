"""An article's content hash: the same text re-spaced or re-encoded hashes the same, in any process."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from analysis.corpus.content_hash import content_hash, normalise_text
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("", ""),
        ("  \n\t ", ""),
        ("Hola", "Hola"),
        ("  Los ministros\n aprobaron\t\tla reforma.\n", "Los ministros aprobaron la reforma."),
        (unicodedata.normalize("NFD", "Perú, año"), "Perú, año"),  # decomposed accents composed (NFC)
    ],
    ids=["empty", "only-spaces", "one-word", "runs-of-whitespace", "decomposed-accents"],
)
def test_normalise_text(text: str, normalised: str) -> None:
    assert normalise_text(text) == normalised


def test_decomposed_and_composed_accents_hash_the_same() -> None:
    assert content_hash(unicodedata.normalize("NFD", "Perú")) == content_hash("Perú")


def test_content_hash_is_stable_across_spacing_and_processes() -> None:
    text = "Los ministros aprobaron la reforma."
    assert content_hash(text) == content_hash("  Los ministros\n aprobaron  la reforma.\n")
    assert content_hash(text) != content_hash("Los ministros rechazaron la reforma.")
    other = subprocess.run(
        [sys.executable, "-c", f"from analysis.corpus.content_hash import content_hash; print(content_hash({text!r}))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    assert other.stdout.strip() == content_hash(text)  # hashlib, not Python's salted hash()
