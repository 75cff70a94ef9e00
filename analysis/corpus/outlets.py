"""Outlets: the record (name, aliases, what it is), how a name or alias is matched (:func:`outlet_key`), and outlets as
CSV: read a table of outlets (name, aliases, country, language, ownership, lean) with a Problem per bad row.

``aliases`` holds the other names an outlet's articles carry, separated by ``;``
("elpais.com; EL PAÍS"). ``ownership`` is one of state, public, private, party (or empty).
Writing goes through the one CSV writer (``present.export.table_csv``), from :func:`outlet_rows`.

>>> outlets, problems = read_outlets(b"name,aliases,ownership\\nEl Pa\\xc3\\xads,elpais.com; EL PA\\xc3\\x8dS,private\\n", name="o.csv")
>>> outlets[0].name, outlets[0].aliases, problems
('El País', ('elpais.com', 'EL PAÍS'), [])
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from analysis.corpus.decode import DecodeError, decode_bytes
from analysis.corpus.records import CorpusError, Problem

__all__ = ["COLUMNS", "OUTLET_FIELDS", "OWNERSHIP", "Outlet", "outlet_key", "outlet_rows", "outlets_from_rows", "read_outlets"]

OWNERSHIP = ("state", "public", "private", "party")
OUTLET_FIELDS = ("country", "language", "ownership", "lean")  # what an outlet is, to filter and group by
RE_SPACE = re.compile(r"\s+")
RE_URL_HEAD = re.compile(r"^(?:https?://)?(?:www\.)?")

COLUMNS = ("name", "aliases", "country", "language", "ownership", "lean")
ALIAS_SEPARATOR = ";"


@dataclass(frozen=True)
class Outlet:
    """An outlet: its name, the other names its articles carry, and what it is (``ownership`` one of :data:`OWNERSHIP`)."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    language: str | None = None
    ownership: str | None = None
    lean: str | None = None


def outlet_key(name: str) -> str:
    """How an outlet name or alias is matched: no accents, lower case, no ``http(s)://``, ``www.`` or trailing ``/``.

    >>> outlet_key("El País"), outlet_key("https://www.ElPais.com/")
    ('el pais', 'elpais.com')
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return RE_URL_HEAD.sub("", RE_SPACE.sub(" ", folded).strip().lower()).rstrip("/")


def _cell(row: Mapping[str, object], key: str) -> str | None:
    raw = row.get(key)
    value = "" if raw is None or raw != raw else str(raw).strip()  # raw != raw: an empty table cell (NaN)
    return value or None


def read_outlets(data: bytes, *, name: str) -> tuple[list[Outlet], list[Problem]]:
    """The outlets of a CSV file; a row without a name or with an unknown ownership is a Problem (file and row).

    Raises:
        CorpusError: when the file cannot be decoded or has no ``name`` column.
    """
    try:
        text = decode_bytes(data)
    except DecodeError as err:
        raise CorpusError(f"{name}: {err}") from None
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "name" not in fields:
        raise CorpusError(f"{name}: no 'name' column (expected columns: {', '.join(COLUMNS)})")
    unknown = [f for f in fields if f not in COLUMNS]
    problems = [Problem(name, f"unknown columns ignored: {', '.join(unknown)}")] if unknown else []
    reader.fieldnames = fields
    outlets, bad = outlets_from_rows(reader, name=name)
    return outlets, problems + bad


def outlets_from_rows(
    rows: Iterable[Mapping[str, object]], *, name: str, first: int = 2
) -> tuple[list[Outlet], list[Problem]]:
    """Outlets from rows of :data:`COLUMNS` (a CSV file's, or the dashboard's outlets table): a row without a name or
    with an unknown ownership is a Problem naming ``name`` and the row (numbered from ``first``), and skipped.

    >>> rows = [{"name": "Radio X", "ownership": "State", "country": float("nan")}, {"name": ""}]
    >>> outlets, problems = outlets_from_rows(rows, name="t", first=1)
    >>> outlets[0].ownership, outlets[0].country, [str(p) for p in problems]
    ('state', None, ['t, row 2: no outlet name; row skipped'])
    """
    outlets = []
    problems = []
    for line, row in enumerate(rows, start=first):
        outlet_name = _cell(row, "name")
        ownership = (_cell(row, "ownership") or "").lower() or None
        if outlet_name is None:
            problems.append(Problem(f"{name}, row {line}", "no outlet name; row skipped"))
            continue
        if ownership is not None and ownership not in OWNERSHIP:
            problems.append(
                Problem(f"{name}, row {line}", f"ownership {ownership!r} is not one of {', '.join(OWNERSHIP)}; row skipped")
            )
            continue
        aliases = tuple(a.strip() for a in (_cell(row, "aliases") or "").split(ALIAS_SEPARATOR) if a.strip())
        outlets.append(
            Outlet(outlet_name, aliases, _cell(row, "country"), _cell(row, "language"), ownership, _cell(row, "lean"))
        )
    return outlets, problems


def outlet_rows(outlets: list[Outlet]) -> list[dict[str, str]]:
    """The outlets as rows of :data:`COLUMNS` (aliases joined by ``; ``), what :func:`read_outlets` reads back.

    >>> outlet_rows([Outlet("El País", ("elpais.com",), "ES", "es", "private")])[0]["aliases"]
    'elpais.com'
    """
    return [
        {
            "name": o.name,
            "aliases": f"{ALIAS_SEPARATOR} ".join(o.aliases),
            "country": o.country or "",
            "language": o.language or "",
            "ownership": o.ownership or "",
            "lean": o.lean or "",
        }
        for o in outlets
    ]
