"""One name per group of people across languages, so that tolls of the same group are compared as one.

A claim keeps its group as its text wrote it ("bomberos", "firefighters": what the claims table shows). The
agreement table compares the claims of one story, kind, group and place; written per language, "21 bomberos"
(a Spanish outlet) and "21 firefighters" (an English one) would be two rows, each "single-source", and a
contradiction between them would go unseen. :func:`compared_group` gives both the name of
``lexicons/person_groups.yaml`` (an editable list: canonical English label -> the words of each language,
singular and plural), and leaves any other group (a nationality, one of the five groups of
``figures_<lang>.yaml``, a noun the list lacks) as it is.
"""

from __future__ import annotations

from functools import cache

from analysis.casualties.word_patterns import lexicon, plain


@cache
def _names() -> dict[str, str]:
    """Each listed word (folded as :func:`plain` folds) -> its group's canonical label."""
    data = lexicon("person_groups")
    return {plain(word): label for label, forms in data.items() for words in forms.values() for word in words}


def compared_group(group: str) -> str:
    """The name a group is compared by: its canonical label when ``person_groups.yaml`` lists it, else itself.

    >>> compared_group("bomberos"), compared_group("Firefighters"), compared_group("pasajeros")
    ('firefighters', 'firefighters', 'passengers')
    >>> compared_group("Cuban"), compared_group("total"), compared_group("excursionistas")
    ('Cuban', 'total', 'excursionistas')
    """
    return _names().get(plain(group), group)
