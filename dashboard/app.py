"""Contraste dashboard entry: sets up session state and routes to the pages.

Pages live in ``dashboard/app_pages/``; each only lays out what ``analysis``
returns for the current corpus (``dashboard.state.current_corpus()``). To add
a page, write ``app_pages/<name>.py`` and add one ``st.Page`` line to ``PAGES``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis import parallel
from dashboard import components, narrowing, state

# Large freed arrays go back to the system (once per server process; analysis.parallel.return_freed_memory).
parallel.return_freed_memory()

PAGES_DIR = Path(__file__).parent / "app_pages"

# The first page is served at "/" and reserves a pathname it is never shown at ("home"); "/corpus" leads there.
CORPUS = st.Page(PAGES_DIR / "corpus.py", title="Corpus", icon=":material/folder_open:", default=True, url_path="home")


def _to_corpus() -> None:
    """ "/corpus", the Corpus page's own name (a bookmark, a link in the docs): the Corpus page, not "Page not
    found"."""
    st.switch_page(CORPUS)


PAGES = {
    "Corpus": [CORPUS, st.Page(_to_corpus, title="Corpus", url_path="corpus", visibility="hidden")],
    "Compare": [
        st.Page(PAGES_DIR / "stories.py", title="Stories", icon=":material/event_note:", url_path="stories"),
        st.Page(PAGES_DIR / "similarity.py", title="Similarity", icon=":material/hub:", url_path="similarity"),
        st.Page(
            PAGES_DIR / "side_by_side.py",
            title="Side by side",
            icon=":material/view_column_2:",
            url_path="side-by-side",
        ),
    ],
    "Framing": [
        st.Page(PAGES_DIR / "framing.py", title="Framing terms", icon=":material/translate:", url_path="framing"),
    ],
    "Figures": [
        st.Page(PAGES_DIR / "figures.py", title="Casualty figures", icon=":material/monitoring:", url_path="figures"),
    ],
    "Sources": [
        st.Page(PAGES_DIR / "sources.py", title="Sources", icon=":material/record_voice_over:", url_path="sources"),
    ],
    "Export": [
        st.Page(PAGES_DIR / "report.py", title="Report", icon=":material/summarize:", url_path="report"),
    ],
    "Help": [
        st.Page(PAGES_DIR / "methods.py", title="Methods", icon=":material/menu_book:", url_path="methods"),
    ],
}

# An emoji icon, not ":material/…:": Streamlit fetches material favicons from fonts.gstatic.com.
st.set_page_config(page_title="Contraste", page_icon="📰", layout="wide")
st.html(components.HIDE_UNSAFE_CSV_EXPORT)
state.init()
page = st.navigation(PAGES)
narrowing.sidebar()  # one story, dates, outlets: narrows every page (dashboard/narrowing.py)
page.run()
