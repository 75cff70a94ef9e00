"""One bad article never sinks the rest: every stage turns an article's failure into a Problem naming it.

Also bounded sizes: a number too long to be a count is not a figure (and is never converted); a token
longer than ``max_token_chars`` stays in the text but is no token, so no array is as wide as it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.casualties import claims as claims_module
from analysis.casualties.claims import extract
from analysis.casualties.quantities import find_figures
from analysis.config import settings as config_settings
from analysis.corpus.loading import Article
from analysis.framing import lexicon as lexicon_module
from analysis.framing.kwic import kwic_query, kwic_terms
from analysis.framing.lexicon_schema import default_lexicons
from analysis.report.results import similarity_json, terms_json
from analysis.similarity import passages as passages_module
from analysis.text import build
from tests.conftest import ROOT

HUGE = "1" * 1_000_000
GOOD = "Murieron 12 personas en el ataque contra el mercado de la ciudad, según la policía local."
# Copied by both good articles: a shared passage the passages stage must still find.
SHARED = (
    "Los bomberos trabajaron durante toda la noche para apagar el incendio que destruyó tres almacenes "
    "del puerto y obligó a cortar el tráfico en la avenida principal."
)


def _articles(bad_text: str) -> list[Article]:
    return [
        Article("bueno-1.txt", f"{GOOD} {SHARED}", source="A", language="es"),
        Article("malo.txt", bad_text, source="B", language="es"),
        Article("bueno-2.txt", f"Al menos 30 heridos fueron atendidos. {SHARED}", source="C", language="es"),
    ]


def every_stage(articles: list[Article]) -> object:
    """Run what the CLI and the pages run: text pipeline, figures, terms, keyword in context, similarity."""
    text = build(articles)
    claims = extract(text)
    lexicons = default_lexicons()
    terms = terms_json(text, lexicons)
    kwic_terms(text, lexicons)
    kwic_query(text, "ataque")
    similarity = similarity_json(text, threshold=0.0) if len(articles) > 1 else None
    return text, claims, terms, similarity


@pytest.mark.parametrize("unit", ["", " millones de"])
def test_a_million_digit_number_is_no_figure_and_is_never_converted(unit):
    # Before: "1111…1 millones" raised decimal.Overflow; "1111…1" alone took a minute to convert.
    text = f"Murieron {HUGE}{unit} personas."
    assert list(find_figures(text, "es")) == []


def test_a_number_at_the_digit_limit_is_still_read():
    limit = config_settings().intervals.max_digits
    assert limit >= len("10.000.000.000,5")
    found = list(find_figures("Murieron 1.234.567 personas.", "es"))
    assert [(f.low, f.high) for f in found] == [(1234567, 1234567)]


def test_figures_cli_reads_every_other_article(tmp_path):
    """The issue's failure: `figures` exited with a traceback; now the other articles' claims are complete."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Murieron {HUGE} millones de personas.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "figures", str(tmp_path), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert [(c["article"], c["low"]) for c in data["claims"]] == [("a", 12)]
    assert [(p["file"], p["stage"]) for p in data["problems"]] == [("b", "text pipeline")]
    assert "warning: b: text pipeline:" in result.stderr


@pytest.mark.parametrize(
    ("stage", "target", "name"),
    [
        ("text pipeline", "analysis.text.sentence_spans", None),
        ("figures", "claims", "_claims"),
        ("terms", "lexicon", "matches"),
        ("passages", "passages", "find_shared"),
    ],
)
def test_a_failing_stage_becomes_a_problem_naming_the_article(monkeypatch, stage, target, name):
    """Make each stage fail on one article only: the others' results are complete, the failure is a Problem."""
    articles = _articles("El ataque dejó 7 muertos. " + SHARED)
    bad = "malo.txt"

    def failing(original, article_of):
        def wrapper(*args, **kwargs):
            if bad in article_of(*args):
                raise RuntimeError("boom on purpose")
            return original(*args, **kwargs)

        return wrapper

    if stage == "text pipeline":
        import analysis.text.reading as text_module  # where an article's reading looks sentence_spans up

        texts = {a.text: a.id for a in articles}
        original = text_module.sentence_spans
        monkeypatch.setattr(
            text_module, "sentence_spans", failing(original, lambda text: texts.get(text, "")), raising=True
        )
    elif stage == "figures":
        monkeypatch.setattr(
            claims_module, "_claims", failing(claims_module._claims, lambda reading: reading.article.id)
        )
    elif stage == "terms":
        original = lexicon_module.Lexicon.matches
        monkeypatch.setattr(lexicon_module.Lexicon, "matches", failing(original, lambda lex, doc: doc.id))
    else:
        original = passages_module.find_shared
        monkeypatch.setattr(
            passages_module, "find_shared", failing(original, lambda index, a, b: index.ids[a] + index.ids[b])
        )
    text, claims, terms, similarity = every_stage(articles)
    problems = [p for p in text.problems if p.stage == stage]
    # One problem per article, or per pair with the bad article for passages (bueno-1 / malo, malo / bueno-2).
    assert len(problems) == (2 if stage == "passages" else 1), text.problems
    assert all(bad in p.file for p in problems)
    if stage == "terms":  # the keyword-in-context listing reads the same matches: its own Problem
        assert [p.file for p in text.problems if p.stage == "keyword in context"] == [bad]
    assert bad in problems[0].file and "RuntimeError: boom on purpose" in problems[0].reason
    # Every other article's results are complete.
    assert {(c.article, c.low) for c in claims if c.article != bad} >= {("bueno-1.txt", 12), ("bueno-2.txt", 30)}
    pairs = {(p["a"], p["b"]): p for p in similarity["pairs"]}
    good_pair = pairs.get(("bueno-1.txt", "bueno-2.txt")) or pairs[("bueno-2.txt", "bueno-1.txt")]
    assert good_pair["shared_passages"], "the two good articles' copied passage is still found"
    if stage == "figures":
        assert all(c.article != bad for c in claims)


def test_a_ten_megabyte_token_is_kept_as_text_but_widens_nothing():
    """The issue's failure: the Framing page's term matrix tried to allocate 19.8 GiB (`<U10000000`)."""
    limit = config_settings().limits.max_token_chars
    blob = "x" * 10_000_000
    articles = _articles(f"El ataque dejó 7 muertos. {blob} Fin del despacho.")
    tracemalloc.start()
    try:
        text, claims, terms, similarity = every_stage(articles)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 400_000_000, f"peak {peak / 1e6:.0f} MB"
    doc = text.docs[1]
    assert blob in doc.article.text
    assert max(map(len, doc.tokens)) <= limit and "muertos" in doc.tokens and "fin" in doc.tokens
    assert max(len(s) for s in text.stem_codes.stems.tolist()) <= limit
    (problem,) = [p for p in text.problems if p.file == "malo.txt"]
    assert problem.stage == "text pipeline" and f"longer than {limit} characters" in problem.reason
    assert ("malo.txt", 7) in {(c.article, c.low) for c in claims}


# Every Unicode category, control characters, huge digit runs and long tokens, mixed with real words.
categories = st.sampled_from(
    ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
     "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Co"]
)  # fmt: skip
pieces = st.one_of(
    categories.flatmap(lambda c: st.text(st.characters(categories=[c]), min_size=1, max_size=30)),
    st.integers(1, 200_000).map(lambda n: "9" * n),
    st.integers(1, 300_000).map(lambda n: "ab" * n),
    st.sampled_from(
        ["Murieron", "millones de", "personas", "al menos", "heridos", "detenidos", ". ", "\n\n", "\x00", "\x1b[31m",
         "\u202e", "EE.UU.", "İ", "ß", "ﬁ", "1.200", "entre 10 y", "cientos"]
    ),
)  # fmt: skip
texts = st.lists(pieces, min_size=0, max_size=25).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(bad=texts)
@example(bad=f"Murieron {HUGE} millones de personas.")
@example(bad="z" * 10_000_000)
@example(bad="\x00\x01\x02\x1b\x7f\u200b\u202e" * 10_000)
def test_no_exception_escapes_any_stage_and_memory_stays_bounded(bad):
    articles = _articles(bad)
    tracemalloc.start()
    try:
        text, claims, terms, similarity = every_stage(articles)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Bounded by the input, not by its longest token: a fixed allowance plus a few copies of the text.
    assert peak < 150_000_000 + 40 * len(bad), f"peak {peak / 1e6:.0f} MB for {len(bad)} characters"
    assert {("bueno-1.txt", 12), ("bueno-2.txt", 30)} <= {(c.article, c.low) for c in claims}
    limit = config_settings().limits.max_token_chars
    assert all(len(t) <= limit for d in text.docs for t in d.tokens)
