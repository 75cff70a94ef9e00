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
    _, data, count, missing = at.session_state["report-zip"]
    assert missing == []  # no images asked for: none missing
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        page = archive.read("contraste-report/report.html").decode()
    assert len(names) == count and "contraste-report/report.json" in names
    assert "Telesur" in page  # the user's label reached the report


def test_sessions_asking_for_the_same_report_share_one_build(monkeypatch):
    """8 sessions on one corpus made 8 builds (each rendering every chart); now the second session gets the first's."""
    from analysis.report import sections
    from dashboard import cached

    builds = []
    real = sections.build_sections

    def counting(*args, **kwargs):
        builds.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(sections, "build_sections", counting)
    cached.report_store.clear()
    zips = []
    for _ in range(2):  # two sessions, same corpus and settings
        at = open_page("report", timeout=180)
        at.toggle[0].set_value(False)
        next(b for b in at.button if b.label == "Build the report").click()
        at.run()
        assert not at.exception
        zips.append(at.session_state["report-zip"][1])
    assert len(builds) == 1 and zips[0] == zips[1]
    cached.report_store.clear()
