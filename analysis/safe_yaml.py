"""YAML read safely: no tags, no aliases ("billion laughs"), a bounded number of values, libyaml when it can.

Every YAML file of Contraste (settings, word lists, a user's framing lexicon) is read by :func:`load_yaml`;
a document it refuses raises :class:`YamlError` saying where and what is wrong; a packaged word list
(``analysis/lexicons``) is read once per process, whoever reads it (:func:`packaged_yaml`). Base layer: imports nothing of
ours but :mod:`analysis.excerpt`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from analysis.excerpt import excerpt

__all__ = ["MAX_YAML_NODES", "YamlError", "load_yaml", "packaged_yaml"]

# Most YAML nodes (scalars, lists, mappings) one document may hold: the packaged lexicons hold
# under 2,000; a user's lexicon of 50,000 terms stays well under. Aliases are refused outright.
MAX_YAML_NODES = 200_000


class YamlError(ValueError):
    """YAML text that is not read: invalid, with aliases, too many nodes or nested too deeply."""


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader that refuses aliases ("billion laughs") and counts nodes as it composes them.

    A 488-byte document of nested aliases expands to billions of strings once anything walks it;
    refusing the alias at composition means nothing is ever expanded.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.nodes = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise YamlError(f"line {mark.line + 1}, column {mark.column + 1}: aliases (*name) are not allowed")
        self.nodes += 1
        if self.nodes > MAX_YAML_NODES:
            raise YamlError(f"more than {MAX_YAML_NODES:,} values; is this really a lexicon?")
        return super().compose_node(parent, index)


# Deepest nesting read by libyaml (:func:`_fast_yaml`); deeper documents go through the Python reader.
FAST_YAML_DEPTH = 64
_SLOW = object()


def _fast_yaml(text: str) -> Any:
    """The document read by libyaml (ten times faster than PyYAML's Python reader: 5 ms instead of 56 ms for
    ``lexicons/figures_es.yaml``), when PyYAML has it and the document passes the same checks: printable
    characters, no alias, at most ``MAX_YAML_NODES`` values, nested at most ``FAST_YAML_DEPTH`` deep (checked on
    libyaml's events first). Otherwise ``_SLOW``: the Python reader reads it and says what is wrong, as before.

    >>> _fast_yaml("a: [1, 2]"), _fast_yaml("a: &x [1]\\nb: *x") is _SLOW
    ({'a': [1, 2]}, True)
    """
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return _SLOW
    try:
        yaml.reader.Reader(text)  # raises on characters YAML does not allow
        nodes = depth = 0
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                return _SLOW
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                nodes += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if nodes > MAX_YAML_NODES or depth > FAST_YAML_DEPTH:
                return _SLOW
        return yaml.load(text, Loader=loader)  # noqa: S506 - CSafeLoader is the safe loader
    except (yaml.YAMLError, RecursionError, ValueError):
        return _SLOW


def load_yaml(text: str) -> Any:
    """The data of one YAML document, read safely: no tags, no aliases, at most ``MAX_YAML_NODES`` values.

    >>> load_yaml("a: [1, 2]")
    {'a': [1, 2]}
    >>> load_yaml("a: &x [1]\\nb: *x")
    Traceback (most recent call last):
    ...
    analysis.safe_yaml.YamlError: line 2, column 4: aliases (*name) are not allowed

    Raises:
        YamlError: saying where and what is wrong.
    """
    fast = _fast_yaml(text)
    if fast is not _SLOW:
        return fast
    loader = None
    try:
        loader = _BoundedLoader(text)  # the reader checks the characters here
        return loader.get_single_data()
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err)
        raise YamlError(f"not valid YAML{at}: {excerpt(problem, quote=False)}") from None
    except RecursionError:  # what PyYAML raises on lists or mappings nested thousands deep
        raise YamlError("not valid YAML: nested too deeply") from None
    finally:
        if loader is not None:
            loader.dispose()


@cache
def packaged_yaml(name: str) -> Any:
    """The data of ``analysis/lexicons/<name>.yaml``, read by :func:`load_yaml` once per process and shared by every
    reader of that file (callers must not change it): ``figures_es.yaml`` is read by the casualty grammar and by the
    day-and-month reader of the stories, 20 ms a parse.

    >>> packaged_yaml("figures_es")["months"]["junio"]
    6
    """
    return load_yaml(resources.files("analysis.lexicons").joinpath(f"{name}.yaml").read_text(encoding="utf-8"))
