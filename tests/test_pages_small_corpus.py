"""Every page with a corpus of zero or one article: a clear message, never a traceback."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from analysis.corpus.loading import Corpus
from analysis.corpus.records import Article, Problem
from tests.conftest import open_page

PAGES = ["corpus", "stories", "similarity", "side_by_side", "framing", "figures", "sources"]
ONE = Article("solo", "El ataque dejó al menos 12 muertos en la capital, según la policía.", "Diario", language="es")
CORPORA = {
    "empty": Corpus(problems=(Problem("vacío/", "no article could be loaded (the folder has no files)"),)),
    "one": Corpus((ONE,)),
}


NO_ARTICLE = "No article is loaded"
TWO_NEEDED = "Load at least two articles on the Corpus page to compare them."
# (page, corpus) -> a message the page must show; None: the page shows its content (checked below).
EXPECTED = {
    ("corpus", "empty"): NO_ARTICLE,
    ("similarity", "empty"): TWO_NEEDED,
    ("side_by_side", "empty"): TWO_NEEDED,
    ("framing", "empty"): NO_ARTICLE,
    ("figures", "empty"): NO_ARTICLE,
    ("stories", "empty"): NO_ARTICLE,
    ("stories", "one"): None,
    ("sources", "empty"): NO_ARTICLE,
    ("corpus", "one"): None,
    ("similarity", "one"): TWO_NEEDED,
    ("side_by_side", "one"): TWO_NEEDED,
    ("framing", "one"): "Every article has the source label **Diario**, so there is no rest to compare against.",
    ("figures", "one"): "No figure of this toll has a report date",
    ("sources", "one"): "No quotation of four words or more appears in more than one article.",
}


def _messages(at: AppTest) -> list[str]:
    return [e.value for kind in ("info", "warning", "error") for e in getattr(at, kind)]


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("corpus", CORPORA, ids=list(CORPORA))
def test_page_says_what_is_missing(name: str, corpus: str) -> None:
    at = open_page(name, timeout=60, session={"corpus": CORPORA[corpus]})
    expected = EXPECTED[(name, corpus)]
    if expected is not None:
        assert any(expected in m for m in _messages(at)), _messages(at)
    if corpus == "one" and name == "corpus":
        assert len(at.get("plotly_chart")) >= 1  # one article still gets its table and charts
    if corpus == "one" and name == "figures":  # an undated article's toll: its reports, with their sentences
        assert any("<mark>" in h.value and "report date" in h.value for h in at.get("html"))
    if corpus == "empty" and name == "corpus":
        assert at.get("file_uploader") and "the folder has no files" in at.dataframe[0].value["reason"][0]


def test_an_empty_default_folder_is_a_problem_on_the_corpus_page(tmp_path, monkeypatch) -> None:
    """CONTRASTE_CORPUS pointing at an empty folder: the app starts and says why nothing loaded."""
    from dashboard import state

    monkeypatch.setattr(state, "DEFAULT_CORPUS", tmp_path)
    at = open_page(timeout=60)
    assert any(NO_ARTICLE in m for m in _messages(at))
    assert "no article could be loaded" in at.dataframe[0].value["reason"][0]
