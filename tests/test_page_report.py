"""The Report page builds the zip of the whole analysis for the current corpus and settings."""

from __future__ import annotations

import io
import zipfile

from tests.conftest import open_page


def test_report_page_builds_a_zip_with_labels_applied():
    at = open_page("report", timeout=180, session={"labels": {"000_bbe06687ad217e2c": ("Telesur", None)}})
    at.toggle[0].set_value(False)  # no PNG/SVG: keeps the test quick
    next(b for b in at.button if b.label == "Build the report").click()
    at.run()
    assert not at.exception
    assert any("The report is ready" in s.value for s in at.success)
    assert [b.label for b in at.get("download_button")] == ["Download the report (.zip)"]
    _, data, count = at.session_state["report-zip"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        page = archive.read("contraste-report/report.html").decode()
    assert len(names) == count and "contraste-report/report.json" in names
    assert "Telesur" in page  # the user's label reached the report
