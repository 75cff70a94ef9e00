"""Figures and their intervals: digits, words, approximate quantities, qualifiers."""

from __future__ import annotations

import pytest

from analysis.casualties.quantities import find_figures, interval, parse_digits


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param("es", "100", (100, 100, "exact"), id="digits"),
        pytest.param("es", "1.200", (1200, 1200, "exact"), id="thousands-dot"),
        pytest.param("en", "1,200", (1200, 1200, "exact"), id="thousands-comma"),
        pytest.param("es", "2 mil", (2000, 2000, "exact"), id="digits-mil"),
        pytest.param("es", "1,5 millones", (1500000, 1500000, "exact"), id="decimal-millones"),
        pytest.param("en", "4.5 million", (4500000, 4500000, "exact"), id="decimal-million"),
        pytest.param("es", "treinta y dos", (32, 32, "exact"), id="words-es"),
        pytest.param("es", "cien", (100, 100, "exact"), id="cien"),
        pytest.param("es", "veintiún", (21, 21, "exact"), id="veintiun"),
        pytest.param("en", "thirty-two", (32, 32, "exact"), id="words-en"),
        pytest.param("en", "a hundred", (100, 100, "exact"), id="a-hundred"),
        pytest.param("es", "un centenar", (90, 110, "approximate"), id="un-centenar"),
        pytest.param("es", "más de un centenar", (101, None, "more than"), id="mas-de-un-centenar"),
        pytest.param("es", "al menos un centenar", (100, None, "at least"), id="al-menos-un-centenar"),
        pytest.param("es", "una docena", (11, 13, "approximate"), id="una-docena"),
        pytest.param("es", "decenas", (20, 99, "approximate"), id="decenas"),
        pytest.param("es", "cientos", (200, 999, "approximate"), id="cientos"),
        pytest.param("es", "miles", (2000, 9999, "approximate"), id="miles"),
        pytest.param("es", "más de mil", (1001, None, "more than"), id="mas-de-mil"),
        pytest.param("en", "dozens", (24, 119, "approximate"), id="dozens"),
        pytest.param("en", "hundreds of thousands", (200000, 999999, "approximate"), id="hundreds-of-thousands"),
        pytest.param("en", "several thousand", (2000, 9999, "approximate"), id="several-thousand"),
        pytest.param("es", "cerca de 100", (90, 110, "about"), id="cerca-de"),
        pytest.param("es", "casi 100", (90, 99, "nearly"), id="casi"),
        pytest.param("es", "hasta 100", (None, 100, "up to"), id="hasta"),
        pytest.param("es", "menos de 100", (None, 99, "fewer than"), id="menos-de"),
        pytest.param("en", "more than decades", None, id="no-figure"),
        pytest.param("es", "más de cientos", (200, None, "more than"), id="qualified-plural"),
    ],
)  # fmt: skip
def test_figure_interval(language: str, text: str, expected: tuple | None) -> None:
    figures = list(find_figures(text, language))
    if expected is None:
        assert figures == []
    else:
        assert len(figures) == 1 and figures[0].text == text
        assert (figures[0].low, figures[0].high, figures[0].qualifier) == expected


@pytest.mark.parametrize(
    "text",
    ["COVID-19", "F-16", "$100", "30%", "30 %", "10:30", "5º", "uno de ellos", "una de las víctimas", "cada uno",
     "un día", "un barco", "una herida"],
    ids=["covid", "model", "dollar", "percent", "percent-space", "hour", "ordinal", "uno-de", "una-de", "cada-uno",
         "un-dia", "un-article-thing", "una-herida"],
)  # fmt: skip
def test_not_figures(text: str) -> None:
    assert list(find_figures(text, "es")) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [("y uno en Ica", "es", "uno"), ("murió un soldado", "es", "un"), ("una en Virginia", "es", "una"),
     ("one in Hakui", "en", "one"), ("one person died", "en", "one"), ("one of the worst", "en", None),
     ("no one was hurt", "en", None), ("each one", "en", None), ("one day", "en", None)],
)  # fmt: skip
def test_a_figure_of_one(text: str, language: str, expected: str | None) -> None:
    """ "uno"/"one" alone before a place, a verb or a participle, "un"/"one" before one person: a figure of 1;
    never a partitive ("one of"), "no one" or "each one"."""
    figures = list(find_figures(text, language))
    assert [(f.text, f.low, f.high) for f in figures] == ([(expected, 1, 1)] if expected else [])


@pytest.mark.parametrize(
    ("text", "language", "interval"),
    [("six to 10", "en", (6, 10)), ("1,000 to 1,100", "en", (1000, 1100)), ("de 20 a 30", "es", (20, 30)),
     ("entre 10 y 15", "es", (10, 15)), ("un centenar largo", "es", (101, None)), ("100-plus", "en", (101, None)),
     ("«decenas»", "es", (20, 99)), ('"dozens"', "en", (24, 119)), ("más de un millar", "es", (1001, None)),
     ("cerca de un millar", "es", (900, 1100)), ("hundreds", "en", (200, 999))],
)  # fmt: skip
def test_ranges_post_qualifiers_and_quoted_quantities(text: str, language: str, interval: tuple) -> None:
    figures = list(find_figures(text, language))
    assert [(f.low, f.high) for f in figures] == [interval]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [("rose from 20 to 30", "en", [20, 30]), ("rose by 12 to 45", "en", [12, 45]), ("pasó de 20 a 30", "es", [20, 30])],
)  # fmt: skip
def test_a_change_is_no_range(text: str, language: str, values: list[int]) -> None:
    """After "from", "by" or a verb of change, "20 to 30" is two figures (the earlier and the new toll), not a range."""
    assert [f.value for f in find_figures(text, language)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12.0), ("1.200", 1200.0), ("1,200", 1200.0), ("1,5", 1.5), ("1.234.567", 1234567.0), ("1.234,5", 1234.5)],
    ids=["plain", "dot-thousands", "comma-thousands", "decimal-comma", "millions", "both-separators"],
)
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == value


def test_intervals_are_whole_numbers_and_ordered() -> None:
    for value in (1, 7, 12, 100, 1234):
        for rule in ("exact", "at least", "more than", "about", "nearly", "up to", "fewer than"):
            low, high = interval(value, rule)
            assert low is None or high is None or low <= high
            assert all(isinstance(b, int) for b in (low, high) if b is not None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param("es", "999999999999 millones", [], id="above-max-value"),
        pytest.param("en", str(10**30), [], id="thirty-one-digits"),
        pytest.param("es", "9" * 400, [], id="longer-than-a-float"),
        pytest.param("es", "menos de 0", [], id="fewer-than-zero-is-empty"),
        pytest.param("es", "diez mil millones", [(10**10, 10**10)], id="max-value-itself"),
        pytest.param("es", "1,5 millones", [(1_500_000, 1_500_000)], id="decimal-times-multiplier-exact"),
        pytest.param("es", "123.456.789.012 millones", [], id="grouped-above-max"),
    ],
)  # fmt: skip
def test_huge_and_empty_figures_are_not_read(language: str, text: str, expected: list) -> None:
    """Regression: 400 digits raised OverflowError; "menos de 0" gave the empty interval [None, -1]."""
    assert [(f.low, f.high) for f in find_figures(text, language)] == expected
