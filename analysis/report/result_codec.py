"""How each stored result (:mod:`analysis.report.stored`) is written and read: records (frozen dataclasses) as
zlib-compressed JSON decoded through their type hints, tables (pandas) as Parquet, the heatmap as its ids and
matrix, so a stored-then-loaded result equals the computed one exactly (``tests/test_stored_results.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
import zlib
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pandas on first use: `contraste figures` imports this module and never needs it
    import pandas as pd

__all__ = ["FORMAT", "NAMES", "codec", "decode", "decode_frame", "encode", "encode_frame"]

FORMAT = 1  # how rows are encoded; part of the code key (analysis.report.result_keys)

# The names `contraste report` stores (a name may carry its options after ":", e.g. "pairs:0.3"; "all_pairs:0.3" is
# every pair above the threshold, "listing:0.3" how they were found, above the dense limit only); besides them,
# single CLI commands store "cli:COMMAND:OPTIONS" (their whole JSON).
NAMES = ("stories", "neighbours", "heatmap", "pairs", "all_pairs", "listing", "counts", "distinctive", "claims",
         "quotes", "shared_quotes", "places")  # fmt: skip


# Records: frozen dataclasses field by field, decoded through their type hints.


def encode(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses as dicts of fields, tuples as lists, dates as ISO text.

    >>> import datetime as dt
    >>> encode((1, dt.date(2026, 1, 2), {"a": (None, 2.5)}))
    [1, '2026-01-02', {'a': [None, 2.5]}]
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    return value


def decode(data: Any, hint: Any) -> Any:
    """:func:`encode`'s ``data`` back as type ``hint`` (a dataclass, ``tuple[X, ...]``, ``X | None``, ``dict``...).

    >>> import datetime as dt
    >>> decode([["2026-01-02", None]], tuple[tuple[dt.date | None, int | None], ...])
    ((datetime.date(2026, 1, 2), None),)
    """
    return _decoder(hint)(data)


def _same(data: Any) -> Any:
    return data


@cache
def _decoder(hint: Any) -> Callable[[Any], Any]:
    """The function reading :func:`encode`'s data as ``hint``, made once per type (a type's hints are read once,
    not once per record: 9,474 quotes decode in 0.1 s, not 2.9 s)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in args if a is not type(None)]
        inner = _decoder(kinds[0]) if len(kinds) == 1 else _same
        return lambda data: None if data is None else inner(data)
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(hint)]
        made = typing.cast("Callable[..., Any]", hint)  # a dataclass type: called with its fields
        return lambda data: made(**{name: read(data[name]) for name, read in fields})
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return _same_tuple if item is _same else lambda data: tuple(item(v) for v in data)
        if not args:
            return _same_tuple
        items = [_decoder(a) for a in args]
        return lambda data: tuple(read(v) for read, v in zip(items, data, strict=True))
    if origin is list:
        item = _decoder(args[0]) if args else _same
        return list if item is _same else lambda data: [item(v) for v in data]
    if origin is dict:
        value = _decoder(args[1]) if args else _same
        return dict if value is _same else lambda data: {k: value(v) for k, v in data.items()}
    if hint is dt.date:
        return dt.date.fromisoformat
    if hint is float:
        return lambda data: float(data) if isinstance(data, int) else data
    return _same


def _same_tuple(data: Any) -> tuple[Any, ...]:
    return tuple(data)


# Tables: Parquet (pyarrow), exact and typed: the 174,000-row framing counts of 2,000 articles are 109 KB, read in
# 0.09 s; as JSON they were 13.5 MB (120 KB compressed), read in 0.52 s.


def encode_frame(frame: pd.DataFrame) -> bytes:
    """A table as Parquet bytes (its columns and dtypes; the index renumbered)."""
    import io

    buffer = io.BytesIO()
    frame.reset_index(drop=True).to_parquet(buffer, index=False)
    return buffer.getvalue()


def decode_frame(data: bytes) -> pd.DataFrame:
    """:func:`encode_frame` read back."""
    import io

    import pandas as pd

    return pd.read_parquet(io.BytesIO(data))


# What each stored result is: how it is encoded and decoded.


def _json(value: Any) -> bytes:
    return zlib.compress(json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode(), 6)


def _records(hint: Any) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    read = _decoder(hint)
    return _json, lambda data: read(json.loads(zlib.decompress(data)))


def _heatmap_bytes(value: tuple[list[str], np.ndarray]) -> bytes:
    ids, matrix = value
    return _json(
        {"ids": ids, "dtype": str(matrix.dtype), "shape": list(matrix.shape), "values": matrix.ravel().tolist()}
    )


def _heatmap(data: bytes) -> tuple[list[str], np.ndarray]:
    found = json.loads(zlib.decompress(data))
    matrix = np.asarray(found["values"], dtype=found["dtype"]).reshape(found["shape"])
    return [str(i) for i in found["ids"]], matrix


def _record_hint(name: str) -> Any:
    """The type a stored record result decodes as; each module imported only when its result is asked (a single
    CLI command reading its stored JSON imports none of the analyses)."""
    if name == "stories":
        from analysis.similarity.stories import StoryMap

        return StoryMap
    if name == "pairs":
        from analysis.similarity.compare import PairComparison

        return tuple[PairComparison, ...]
    if name == "claims":
        from analysis.casualties.claims import Claim

        return list[Claim]
    if name == "quotes":
        from analysis.sources.quotes import Quote

        return list[Quote]
    if name == "places":
        from analysis.sources.placenames import PlaceCount

        return list[PlaceCount]
    if name == "shared_quotes":
        return list[dict[str, Any]]
    if name in ("cli", "listing"):  # a CLI command's whole JSON (analysis/cli/stored.py); the pair listing's note
        return dict[str, Any]
    raise KeyError(name)


@cache
def codec(name: str) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    """How the result ``name`` (without options) is written and read: records as zlib-compressed JSON, tables as
    Parquet, the heatmap as its ids and matrix. An unknown name raises KeyError.

    >>> write, read = codec("listing")
    >>> read(write({"method": "dense", "pairs": (1, 2)}))
    {'method': 'dense', 'pairs': [1, 2]}
    """
    if name in ("neighbours", "counts", "distinctive", "all_pairs"):
        return encode_frame, decode_frame
    if name == "heatmap":
        return _heatmap_bytes, _heatmap
    return _records(_record_hint(name))
