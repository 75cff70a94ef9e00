"""The value of a number as written: digits with thousands separators or a decimal part, number words.

Digits: a separator followed by exactly three digits groups thousands, otherwise it marks decimals, and with both
"." and "," the last one is the decimal mark ("1.234,5" -> 1234.5); a multiplier word may follow ("1,5 millones" ->
1500000, exact in :class:`decimal.Decimal`). Number words go through text2num's ``alpha2digit`` ("treinta y dos" ->
32, "twenty one" -> 21). How a figure's pattern finds them is :mod:`analysis.casualties.figure_grammar`'s.
"""

from __future__ import annotations

import re
from decimal import Decimal

from text_to_num import alpha2digit

from analysis.casualties.word_patterns import RE_SPACES, plain
from analysis.config import settings
from analysis.regex_cache import compiled

__all__ = ["RE_DIGITS_TEXT", "digits_value", "parse_digits", "words_value"]

# Digits with thousands separators or a decimal part: "1.200", "1,200", "1,5", "12".
# A plain space groups thousands only after one to three digits and before exactly three ("1 037").
RE_DIGITS_TEXT = r"(?:\d{1,3}(?: \d{3}(?!\d))+|\d+(?:[.,\u00a0\u202f]\d+)*)"
RE_DIGITS = compiled(RE_DIGITS_TEXT)
RE_SEPARATOR = compiled(r"[.,\u00a0\u202f]")
# English tens and units written apart ("twenty one") for text2num, which wants "twenty-one".
RE_EN_TENS_UNITS = compiled(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(one|two|three|four|five|six|seven|eight|nine)\b",
    re.I,
)


def _decimal_text(text: str) -> str | None:
    """Digits with separators as plain decimal text ("1.234,5" -> "1234.5"), or None when unreadable."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    seps = [c for c in text if c in ".,  "]
    if not seps:
        return text
    groups = re.split(r"[., ]", text)
    if "." in seps and "," in seps:
        decimal = seps[-1]
        integer, _, fraction = text.rpartition(decimal)
        return RE_SEPARATOR.sub("", integer).replace(" ", "") + "." + fraction
    if all(len(g) == 3 for g in groups[1:]) and (len(seps) > 1 or len(groups[0]) <= 3):
        return "".join(groups)
    if len(seps) == 1 and seps[0] in ".,":
        return groups[0] + "." + groups[1]
    return None


def parse_digits(text: str) -> float | None:
    """Value of digits with thousands separators or a decimal part, or None when unreadable.

    A separator followed by exactly three digits groups thousands; otherwise it
    marks decimals; with both "." and "," the last one is the decimal mark.

    >>> parse_digits("1.200"), parse_digits("1,200"), parse_digits("1,5"), parse_digits("1.234.567"), parse_digits("1.234,5")
    (1200.0, 1200.0, 1.5, 1234567.0, 1234.5)
    """
    number = _decimal_text(text)
    return None if number is None else float(number)


def digits_value(text: str, multipliers: dict[str, int]) -> int | None:
    """Value of digits and an optional multiplier word ("1,5 millones"), or None when unreadable, too long or no whole number."""
    match = RE_DIGITS.match(text)
    if match is None:
        return None
    if (
        len(match.group()) > settings().intervals.max_digits
    ):  # a longer number is no count of people, and is never converted
        return None
    number = _decimal_text(match.group())
    rest = plain(text[match.end() :])
    multiplier = multipliers.get(rest, 1) if rest else 1
    if number is None:
        return None
    # Decimal, not float: exact for any length of digits ("999999999999 millones"), never infinite.
    value = Decimal(number) * multiplier
    return int(value) if value == value.to_integral_value() else None


def words_value(text: str, language: str) -> int | None:
    """Value of number words ("treinta y dos" -> 32, "twenty one" -> 21), or None when text2num reads no whole number."""
    phrase = RE_SPACES.sub(" ", text.lower()).strip()
    if language == "en":
        phrase = RE_EN_TENS_UNITS.sub(r"\1-\2", re.sub(r"^(?:a|one)\s+", "one ", phrase))
    else:
        phrase = re.sub(r"\bveinti[uú]n\b", "veintiuno", phrase)
    converted = alpha2digit(phrase, language, threshold=0)
    return int(converted) if converted.isdigit() else None
