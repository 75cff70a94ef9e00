"""The Methods page explains what the other pages show, in their words: every page has its section, and the
agreement statuses it defines are those the Casualty figures page uses (it spoke of "consistent / conflicting"
only, while the page and the CLI say revised and outdated too)."""

from __future__ import annotations

import re

from tests.conftest import open_page


def test_methods_defines_the_statuses_the_figures_page_uses():
    figures = open_page("figures")
    used = set(re.findall(r"\*\*([a-z-]+)\*\*", next(c.value for c in figures.caption if "consistent" in c.value)))
    assert used == {"consistent", "revised", "outdated", "conflicting", "single-source"}
    section = next(m.value for m in open_page("methods").markdown if "single-source" in m.value)
    assert used <= set(re.findall(r"\*\*([a-z-]+)\*\*", section))
    assert "place" in section.split("*Limits*")[0]  # tolls of a town and its region are compared apart


def test_methods_has_a_section_for_every_page_that_computes_something():
    headers = [h.value for h in open_page("methods").header]
    for topic in ("Similarity", "Shared passages", "Stories", "Distinctive words", "Framing terms", "Casualty", "Sources"):
        assert any(h.startswith(topic) for h in headers), topic
