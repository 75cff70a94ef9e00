"""One name per group of people across languages, so that tolls of the same group are compared as one.

A claim keeps its group as its text wrote it ("bomberos", "firefighters": what the claims table shows). The
agreement table compares the claims of one story, kind, group and place; written per language, "21 bomberos"
(a Spanish outlet) and "21 firefighters" (an English one) would be two rows, each "single-source", and a
contradiction between them would go unseen. :func:`compared_group` gives both the name of
``lexicons/person_groups.yaml`` (an editable list: canonical English label -> the words of each language,
singular and plural), and leaves any other group (a nationality, one of the five groups of
``figures_<lang>.yaml``, a noun the list lacks) as it is. In the text layer because two capabilities read it: the
casualty agreement (groups compared) and the quote reader (a group member's noun, "says worker, Joe Wilkerson").
"""

from __future__ import annotations

import re
from functools import cache

from analysis.safe_yaml import packaged_yaml
from analysis.text.accents import fold

RE_SPACES = re.compile(r"\s+")


def _plain(text: str) -> str:
    """Lower case, accents folded (:func:`analysis.text.fold`), single spaces: the list's keys."""
    return RE_SPACES.sub(" ", fold(text)).strip()


@cache
def _names() -> dict[str, str]:
    """Each listed word (folded as :func:`_plain` folds) -> its group's canonical label."""
    data = packaged_yaml("person_groups")
    data = data if isinstance(data, dict) else {}
    return {_plain(word): label for label, forms in data.items() for words in forms.values() for word in words}


def compared_group(group: str) -> str:
    """The name a group is compared by: its canonical label when ``person_groups.yaml`` lists it, else itself.

    >>> compared_group("bomberos"), compared_group("Firefighters"), compared_group("pasajeros")
    ('firefighters', 'firefighters', 'passengers')
    >>> compared_group("Cuban"), compared_group("total"), compared_group("excursionistas")
    ('Cuban', 'total', 'excursionistas')
    """
    return _names().get(_plain(group), group)
