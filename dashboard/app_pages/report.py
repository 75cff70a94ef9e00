"""Report page: the whole analysis of the current corpus, labels and settings as one zip download."""

from __future__ import annotations

import streamlit as st

from analysis.report.document import missing_images, render, zip_bytes
from analysis.report.sections import build_sections
from analysis.report.stored import using
from dashboard import state

READY = "report-zip"

st.title("Report")
st.caption(
    "Everything the other pages show, for the current corpus with your source labels, lexicon, incident edits "
    "and similarity threshold: one self-contained `report.html` (interactive charts that open with no network), "
    "every chart as PNG and SVG, every table as CSV, and `report.json` with all results. The same report comes "
    "from `python -m analysis report PATH --out DIR`, where PATH may be a saved workspace."
)

corpus = state.require_articles()

images = st.toggle("Include every chart as PNG and SVG", value=True, help="Takes about a second per chart.")
key = (
    state.corpus_key(corpus),
    repr(sorted(state.workspace().settings.to_json().items())),
    repr(st.session_state.story_edits),
    st.session_state.lexicon,
    images,
)

if st.button("Build the report", type="primary", icon=":material/summarize:"):
    bar = st.progress(0.0, text="Text pipeline… (or waiting for another session building the same report)")

    def build() -> tuple[bytes, int, list[str]]:
        text = state.current_text()

        def section_started(done: int, total: int, name: str) -> None:
            bar.progress(0.5 * done / total, text=f"Computing {name}…")

        with using(state.stored_results()):  # the results `contraste report` stored with a collection, if any
            sections = build_sections(state.narrowed_workspace(), text, progress=section_started)
        files = render(
            sections,
            images=images,
            progress=lambda count, total, name: bar.progress(0.5 + 0.5 * count / total, text=f"Rendering {name}…"),
        )
        return zip_bytes(files), len(files), missing_images(files)

    # Sessions asking for the same report share one build (state.shared_report).
    st.session_state[READY] = (key, *state.shared_report(repr(key), build))
    bar.empty()

ready = st.session_state.get(READY)
if ready and ready[0] == key:
    st.success(f"The report is ready: {ready[2]} files.", icon=":material/check:")
    if ready[3]:
        st.warning(
            f"{len(ready[3])} chart image(s) could not be rendered (listed in charts/MISSING.txt); the HTML charts "
            "and CSV tables are all in the zip.",
            icon=":material/warning:",
        )
    st.download_button(
        "Download the report (.zip)", ready[1], "contraste-report.zip", "application/zip", key="report-download",
        icon=":material/download:", on_click="ignore", type="primary",
    )  # fmt: skip
elif ready:
    st.info("The corpus or settings changed since the last report: build it again.")
