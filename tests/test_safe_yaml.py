"""``safe_yaml.load_yaml`` reads through libyaml when it can: the same data as PyYAML's checked Python reader on
every packaged YAML file, and the same refusals (aliases, bad characters, invalid YAML, deep nesting)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis import safe_yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(ROOT.glob("analysis/**/*.yaml"))


def test_there_are_packaged_yaml_files() -> None:
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_libyaml_reads_every_packaged_file_as_the_python_reader_does(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = safe_yaml._fast_yaml(text)
    assert fast is not safe_yaml._SLOW
    assert fast == yaml.load(text, Loader=safe_yaml._BoundedLoader)  # noqa: S506 - the bounded SafeLoader


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &x [1]\nb: *x", "aliases (*name) are not allowed"),
        ("a: [1,\n  b", "not valid YAML at line"),
        ("a: \x07", "not valid YAML"),
        ("[" * 100 + "]" * 100, None),  # deeper than FAST_YAML_DEPTH: read by the Python reader
    ],
)
def test_what_libyaml_does_not_read_goes_through_the_checked_reader(text: str, message: str | None) -> None:
    assert safe_yaml._fast_yaml(text) is safe_yaml._SLOW
    if message is None:
        assert safe_yaml.load_yaml(text) == yaml.safe_load(text)
    else:
        with pytest.raises(safe_yaml.YamlError, match=message.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")):
            safe_yaml.load_yaml(text)
