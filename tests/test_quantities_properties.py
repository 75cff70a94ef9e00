"""Property tests of figure parsing: any digits and any text give a figure with a valid interval, or none."""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.casualties.quantities import RE_DIGITS_TEXT, find_figures, interval, parse_digits
from tests.test_claims_properties import tricky

RULES = ("exact", "at least", "more than", "about", "nearly", "up to", "fewer than")


@given(st.from_regex(rf"\A{RE_DIGITS_TEXT}\Z"))
def test_parse_digits_reads_any_digits_or_says_none(text: str):
    value = parse_digits(text)
    assert value is None or (isinstance(value, float) and value >= 0 and not math.isnan(value))


@settings(max_examples=300, deadline=None)
@given(tricky, st.sampled_from(["es", "en", "pt"]))
@example('"0"0"', "es")  # found by Hypothesis: the mark closing one quoted figure was taken as the next one's opening
def test_find_figures_spans_and_intervals(text: str, language: str):
    previous_end = 0
    for figure in find_figures(text, language):
        assert previous_end <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
        assert 0 <= figure.value <= config.settings().intervals.max_value
        assert figure.low is None or figure.low >= 0
        assert figure.high is None or figure.high >= 0
        assert figure.low is None or figure.high is None or figure.low <= figure.high
        previous_end = figure.end


@given(
    st.integers(min_value=0, max_value=config.settings().intervals.max_value),
    st.sampled_from(RULES),
    st.sampled_from(["digits", "words", "collective"]),
)
def test_interval_is_whole_numbers_and_ordered(value: int, rule: str, form: str):
    low, high = interval(value, rule, form=form)
    assert all(isinstance(b, int) for b in (low, high) if b is not None)
    if low is not None and high is not None:
        assert low <= high
