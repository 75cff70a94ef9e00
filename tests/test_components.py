"""Dashboard pieces that need no running app: markdown escaping of untrusted text; a table row opened once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.components import open_once, plain


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


class Interrupted(Exception):
    """What a run stopped by a new rerun request raises inside ``opens`` (Streamlit's RerunException)."""


def test_a_row_opens_once_per_selection_and_again_after_a_cleared_selection() -> None:
    memory: dict[str, object] = {}
    opened: list[object] = []
    for chosen in (3, 3, 3):  # reruns with the same row selected: opened once
        open_once(chosen, opened.append, memory=memory, key="kwic-opened")
    assert opened == [3]
    open_once(5, opened.append, memory=memory, key="kwic-opened")  # another row
    open_once(None, opened.append, memory=memory, key="kwic-opened")  # selection cleared: re-armed
    open_once(5, opened.append, memory=memory, key="kwic-opened")
    assert opened == [3, 5, 5] and memory == {"kwic-opened": 5}


def test_a_run_interrupted_while_opening_leaves_the_row_to_open_in_the_next_run() -> None:
    # state.open_at may build the comparison before it navigates; a rerun request arriving meanwhile stops the run
    # at its next Streamlit call. The rerun still has that row selected: it must open it, not take it as done.
    memory: dict[str, object] = {}
    opened: list[object] = []

    def interrupted(row: object) -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        open_once(0, interrupted, memory=memory, key="kwic-opened")
    assert memory == {}
    open_once(0, opened.append, memory=memory, key="kwic-opened")
    assert opened == [0]
