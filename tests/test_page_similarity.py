"""The Similarity page through Streamlit's AppTest: heatmap in leaf order, threshold, pairs, terms chart."""

from __future__ import annotations

import base64
import json

import numpy as np
from streamlit.testing.v1 import AppTest

PAGE = "similarity"


def spec(at: AppTest, n: int) -> dict:
    return json.loads(at.get("plotly_chart")[n].proto.spec)


def test_similarity_page_on_seeds(page: AppTest):
    assert page.title[0].value == "Similarity"
    heat = spec(page, 0)["data"][0]
    assert heat["type"] == "heatmap" and len(heat["x"]) == 5
    # Axes name articles by outlet and date (seeds/metadata.csv: "Outlet unknown (000)"), never by id.
    ticks = spec(page, 0)["layout"]["xaxis"]["ticktext"]
    assert not any("_" in x for x in ticks) and "Outlet unknown (000) · 2026-01-20" in ticks
    # The hover reads each axis' category: outlet · date · title, then the id in italics.
    assert any(x.startswith("Outlet unknown (000) · 2026-01-20 · El vocero") and "<i>(000_" in x for x in heat["x"])
    assert "customdata" not in heat and heat["hovertemplate"].startswith("%{y}<br>%{x}")
    order = [x.split("(")[1][:3] if "(" in x else "002" for x in ticks]
    assert abs(order.index("000") - order.index("001")) == 1  # dendrogram order keeps the closest pair together
    z = np.frombuffer(base64.b64decode(heat["z"]["bdata"]), dtype=heat["z"]["dtype"]).reshape(5, 5)
    assert np.isnan(np.diag(z)).all() and not np.isnan(z[0, 1:]).any()  # the diagonal (self: 100 %) is hidden
    table = page.dataframe[0].value
    assert len(table) == 1
    assert table.loc[0, "a"].startswith("Outlet unknown (000) · 2026-01-20 · El vocero del Kremlin")
    assert table.loc[0, "b"].startswith("Outlet unknown (001) · no date · En un momento crítico")
    terms = spec(page, 1)["data"][0]
    assert "canciller" in terms["y"]
    assert [m.value for m in page.metric][0] == "3"
    labels = [b.label for b in page.get("download_button")]
    assert [labels.count(f) for f in ("PNG", "SVG", "HTML")] == [
        len(page.get("plotly_chart"))
    ] * 3  # every chart downloadable


def test_threshold_slider_changes_the_pairs(page: AppTest):
    page.slider(key="similarity-threshold").set_value(0.0).run()
    assert not page.exception
    assert len(page.dataframe[0].value) == 10
    page.slider(key="similarity-threshold").set_value(0.9).run()
    assert not page.exception
    assert any("No pair reaches" in i.value for i in page.info)


def test_choosing_another_pair_and_going_side_by_side(page: AppTest):
    page.slider(key="similarity-threshold").set_value(0.0).run()
    page.selectbox(key="similarity-pair").set_value(1).run()
    assert not page.exception
    assert [m.value for m in page.metric][0] == "0"
    page.button[0].click().run()
    assert not page.exception
    assert page.title[0].value == "Side by side"
    assert (page.selectbox(key="side-a").value[:3], page.selectbox(key="side-b").value[:3]) == ("000", "002")


def test_pair_filters_outlet_and_shared_passages(page: AppTest):
    page.slider(key="similarity-threshold").set_value(0.0).run()
    outlets = page.multiselect(key="similarity-outlets")
    chosen = next(o for o in outlets.options if "000" in o)
    outlets.set_value([chosen]).run()
    assert not page.exception
    table = page.dataframe[0].value
    assert len(table) == 4 and all("(000)" in a or "(000)" in b for a, b in zip(table["a"], table["b"]))
    page.checkbox(key="similarity-shared").check().run()
    table = page.dataframe[0].value
    assert len(table) == 1 and table.loc[0, "passages"] == 3 and "(001)" in table.loc[0, "b"]
    # Every seed has its own outlet: "different outlets" keeps all pairs; no pair of 004 shares passages.
    page.checkbox(key="similarity-shared").uncheck().run()
    page.checkbox(key="similarity-across").check().run()
    assert len(page.dataframe[0].value) == 4
    page.multiselect(key="similarity-outlets").set_value([o for o in outlets.options if "004" in o]).run()
    page.checkbox(key="similarity-shared").check().run()
    assert not page.exception and any("No pair reaches" in i.value for i in page.info)
