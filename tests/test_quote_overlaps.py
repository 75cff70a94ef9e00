"""Quotations cut or worded differently by two outlets, linked by the run of words they share
(analysis/report/quote_overlaps.py, shared_quotes' ``runs``): rows from tests/data/sources_real.json, with negatives."""

from __future__ import annotations

from analysis.corpus.records import Article
from analysis.report.shared_quotes import shared_quotes
from analysis.sources.quotes import extract
from analysis.text import build


def shared(*articles: tuple[str, str]) -> dict[str, set[str]]:
    """Each shared quote's text → its articles, for English articles (id, text)."""
    text = build([Article(i, t, language="en") for i, t in articles])
    return {s.text: set(s.articles) for s in shared_quotes(text, extract(text))}


DAILY_NEWS = (
    "dailynews",
    "“His entire life was dedicated to the service of the Lord and his Church,” Farrell said of Francis.",
)
DAILY_STORI = (
    "dailystori",
    "“His entire life was dedicated to the service of the Lord and of his Church,” Cardinal Farrell said in his "
    "statement.",
)


def test_one_word_apart_the_shared_run_links_them():
    found = shared(DAILY_NEWS, DAILY_STORI)
    assert found == {"His entire life was dedicated to the service of the Lord and": {"dailynews", "dailystori"}}


def test_negative_a_run_shorter_than_shared_min_run_links_nothing():
    # 4 words in common (Spanish in the corpus; the kind in English): fewer than 8
    a = ("a", "“No tenemos pruebas concluyentes sobre el origen, but we rule out no hypothesis,” Sánchez said.")
    b = ("b", "“There has never been a fall to zero. We rule out no hypothesis at all,” Sánchez said.")
    assert shared(a, b) == {}


def test_negative_a_quotation_whole_in_the_other_is_the_whole_words_search_s_only():
    speedcafe = ("speedcafe", "“Super happy to equal Angel Nieto,” said Marc.")
    rediff = (
        "rediff",
        '"Super happy to equal Angel Nieto and this victory is for him and his family because he was an ace," Marc '
        "said.",
    )
    assert shared(speedcafe, rediff) == {"Super happy to equal Angel Nieto": {"speedcafe", "rediff"}}


def test_negative_two_quotations_of_one_article_are_not_linked():
    one = (
        "one",
        DAILY_NEWS[1] + " Later he added: “His entire life was dedicated to the service of the Lord and of his "
        "Church,” the cardinal said.",
    )
    assert shared(one) == {}
