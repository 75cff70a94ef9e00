"""excerpt(): a bounded quotation of a value for an error message, whatever the value's size.

Base layer: imports nothing of ours.
"""

from __future__ import annotations

from reprlib import Repr

__all__ = ["EXCERPT_CHARS", "excerpt"]

EXCERPT_CHARS = 80

_REPR = Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict, _REPR.maxtuple, _REPR.maxset = 2, 4, 4, 4, 4
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = EXCERPT_CHARS // 2


def excerpt(value: object, *, quote: bool = True, limit: int = EXCERPT_CHARS) -> str:
    """A bounded quotation of ``value`` for an error message: at most ``limit`` characters, whatever its size.

    ``reprlib`` stops at a few items and two levels, so quoting a huge nested value costs nothing.

    >>> excerpt("x" * 1000)
    "'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx'"
    >>> excerpt([["a"] * 100] * 100)
    "[['a', 'a', 'a', 'a', ...], ['a', 'a', 'a', 'a', ...], ['a', 'a', 'a', 'a', ...…"
    """
    text = _REPR.repr(value) if quote else str(value)[: limit + 1]
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text
