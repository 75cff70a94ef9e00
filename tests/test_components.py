"""Dashboard pieces that need no running app: markdown escaping of untrusted text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.components import plain


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        pytest.param("El País", "El País", id="plain-text-unchanged"),
        pytest.param("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)", id="link"),
        pytest.param("**negrita** _x_", r"\*\*negrita\*\* \_x\_", id="emphasis"),
        pytest.param("<b>Diario</b>", r"\<b\>Diario\</b\>", id="html"),
        pytest.param("http://x.example", r"http\://x\.example", id="autolink"),
        pytest.param(":red[alarma] :material/home:", r"\:red\[alarma\] \:material/home\:", id="directives"),
        pytest.param("$x^2$ &lt;", r"\$x^2\$ \&lt;", id="latex-and-entity"),
        pytest.param("# Título\n\n- uno", r"\# Título \- uno", id="block-markup-on-one-line"),
        pytest.param("a\\b", r"a\\b", id="backslash"),
    ],
)
def test_plain_escapes_markdown(text: str, escaped: str) -> None:
    assert plain(text) == escaped
    # What a reader sees (each backslash escape resolved) is the text, on one line.
    assert re.sub(r"\\(.)", r"\1", plain(text)) == " ".join(text.split())


def test_no_page_renders_raw_html_through_markdown() -> None:
    # A blank line in untrusted text ends a raw-HTML block inside st.markdown and the rest renders as Markdown
    # (images fetched, links live): HTML goes through components.html_block (st.html) only.
    root = Path(__file__).resolve().parent.parent / "dashboard"
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "unsafe_allow_html=True" in line and not line.lstrip().startswith(("#", "Never"))
    ]
    assert offenders == []
