"""Frames built from a table: the rows a user edits (frame, term, forms, not_in) to and from lexicon YAML.

The Framing page edits a lexicon as a table, one row per term; this module turns the
rows into YAML of the lexicon schema (validated by :func:`analysis.framing.lexicon.parse_lexicon`,
so the page shows the same messages as for an uploaded file), reads a lexicon back into
rows, and proposes the ``not_in`` phrase that excludes one keyword-in-context line.

>>> rows = add_frame([], "toma", ["secuestro", "captura"])
>>> rows = add_not_in(rows, "toma", "captura", "_ de pantalla")
>>> print(lexicon_yaml(rows, "es"), end="")
language: es
frames:
- frame: toma
  description: toma (built in the app)
  terms:
  - term: secuestro
  - term: captura
    not_in:
    - _ de pantalla
>>> rows_from_yaml(lexicon_yaml(rows, "es"))[1]["not_in"]
'_ de pantalla'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import yaml

from analysis.framing.lexicon_schema import SLOT, LexiconError, parse_lexicon
from analysis.text import tokenize

__all__ = ["COLUMNS", "add_frame", "add_not_in", "exclusions", "lexicon_yaml", "rows_from_yaml"]

COLUMNS = ["frame", "term", "forms", "not_in"]
SEPARATOR = ";"  # between several forms or not_in phrases in one cell
BUILT = "(built in the app)"


def _cell(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def _items(value: object) -> list[str]:
    return [p.strip() for p in _cell(value).split(SEPARATOR) if p.strip()]


def clean(rows: Iterable[Mapping[str, object]]) -> list[dict[str, str]]:
    """The rows as text, blank rows (no frame and no term) dropped."""
    out = [{c: _cell(row.get(c)) for c in COLUMNS} for row in rows]
    return [r for r in out if r["frame"] or r["term"]]


def lexicon_yaml(rows: Iterable[Mapping[str, object]], language: str, *, descriptions: Mapping[str, str] = {}) -> str:
    """YAML text of the lexicon the rows describe, in ``language``; a :class:`LexiconError` names the bad row."""
    frames: dict[str, list[dict[str, object]]] = {}
    for n, row in enumerate(clean(rows), start=1):
        if not row["frame"] or not row["term"]:
            raise LexiconError(f"frames built here, row {n}: a row needs both a frame and a term")
        term: dict[str, object] = {"term": row["term"]}
        if _items(row["forms"]):
            term["forms"] = _items(row["forms"])
        if _items(row["not_in"]):
            term["not_in"] = _items(row["not_in"])
        frames.setdefault(row["frame"], []).append(term)
    if not frames:
        raise LexiconError("frames built here: no frame yet; add a frame and its terms")
    document = {
        "language": language,
        "frames": [
            {"frame": name, "description": descriptions.get(name) or f"{name} {BUILT}", "terms": terms}
            for name, terms in frames.items()
        ],
    }
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    parse_lexicon(text, origin="frames built here")  # the same validation as an uploaded file
    return text


def rows_from_yaml(text: str) -> list[dict[str, str]]:
    """The rows of a lexicon's YAML text (validated first), one per term."""
    parse_lexicon(text, origin="lexicon")
    data = yaml.safe_load(text)
    rows = []
    for frame in data["frames"]:
        for item in frame["terms"]:
            spec = {"term": item} if isinstance(item, str) else item
            rows.append(
                {
                    "frame": str(frame["frame"]),
                    "term": str(spec["term"]),
                    "forms": f"{SEPARATOR} ".join(_as_list(spec.get("forms"))),
                    "not_in": f"{SEPARATOR} ".join(_as_list(spec.get("not_in"))),
                }
            )
    return rows


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def descriptions_from_yaml(text: str) -> dict[str, str]:
    """Each frame's description in a lexicon's YAML text, so that editing keeps them."""
    return {f.name: f.description for f in parse_lexicon(text, origin="lexicon").frames}


def add_frame(rows: Iterable[Mapping[str, object]], frame: str, terms: Iterable[str]) -> list[dict[str, str]]:
    """The rows with ``frame`` and its ``terms`` added (terms already in the frame are not repeated)."""
    out = clean(rows)
    have = {(r["frame"].lower(), r["term"].lower()) for r in out}
    for term in terms:
        if term.strip() and (frame.strip().lower(), term.strip().lower()) not in have:
            out.append({"frame": frame.strip(), "term": term.strip(), "forms": "", "not_in": ""})
            have.add((frame.strip().lower(), term.strip().lower()))
    return out


def add_not_in(rows: Iterable[Mapping[str, object]], frame: str, term: str, phrase: str) -> list[dict[str, str]]:
    """The rows with ``phrase`` added to the ``not_in`` of ``term`` in ``frame`` (once)."""
    out = clean(rows)
    for row in out:
        if row["frame"] == frame and row["term"] == term and phrase not in _items(row["not_in"]):
            row["not_in"] = f"{SEPARATOR} ".join([*_items(row["not_in"]), phrase])
    return out


def exclusions(left: str, right: str) -> list[str]:
    """The ``not_in`` phrases that would exclude a keyword-in-context line: one or two words before or after.

    >>> exclusions("todos los móviles tienen una función de", "de pantalla, que permite")
    ['función de _', 'de _', '_ de', '_ de pantalla']
    >>> exclusions("", "pantalla")
    ['_ pantalla']
    """
    before, after = tokenize(left)[-2:], tokenize(right)[:2]
    options = [" ".join([*before[i:], SLOT]) for i in range(len(before))]
    options += [" ".join([SLOT, *after[: i + 1]]) for i in range(len(after))]
    return options
