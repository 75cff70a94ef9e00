"""Property tests: any text, and any YAML shaped almost like a lexicon, gives a Lexicon or a LexiconError."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.framing.lexicon import Lexicon
from analysis.framing.lexicon_schema import LexiconError, parse_lexicon

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=15)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(scalars.filter(lambda v: v is not None), children, max_size=3)
    ),
    max_leaves=12,
)
words = st.sampled_from(["secuestro", "captura", "atac*", "Jefe de Estado", "", " ", "*", "123", "¿?", "ñandú", "x"])
terms = st.one_of(
    words,
    st.fixed_dictionaries(
        {"term": words | values},
        optional={"forms": st.lists(words, max_size=3) | values, "exclude": st.lists(words, max_size=2) | values,
                  "match": st.sampled_from(["stem", "word", "regex"]) | values},
    ),
    values,
)  # fmt: skip
frames = st.one_of(
    st.fixed_dictionaries(
        {"frame": st.text(max_size=10) | values, "description": st.text(max_size=10) | values,
         "terms": st.lists(terms, max_size=4) | values},
        optional={"extra": values},
    ),
    values,
)  # fmt: skip
lexicons = st.fixed_dictionaries(
    {"language": st.sampled_from(["es", "en", "", "xx"]) | values, "frames": st.lists(frames, max_size=3) | values},
    optional={"other": values},
)


def _parse(text: str) -> None:
    try:
        assert isinstance(parse_lexicon(text, origin="mine.yaml"), Lexicon)
    except LexiconError as err:
        assert str(err).startswith("mine.yaml")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str):
    _parse(text)


@settings(max_examples=400, deadline=None)
@given(lexicons)
def test_almost_lexicons(document: dict):
    _parse(yaml.safe_dump(document, allow_unicode=True))
