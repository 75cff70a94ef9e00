"""Places named per outlet: counts over the one gazetteer (analysis.corpus.places) on real sentences."""

from __future__ import annotations

from analysis.corpus.records import Article
from analysis.sources.placenames import places_per_outlet
from analysis.text import build


def test_each_outlet_counts_mentions_and_articles_of_each_place():
    text = build(
        [
            Article(
                "a",
                "La cumbre se celebró en Marrakech. En Marrakech y en Rabat hubo protestas.",
                source="Uno",
                language="es",
            ),  # fmt: skip
            Article("b", "Marruecos pidió apoyo internacional para la cumbre.", source="Uno", language="es"),
            Article("c", "Delegates in Morocco met near Marrakesh.", source="Two", language="en"),
        ]
    )
    rows = {(r.source, r.place): r for r in places_per_outlet(text)}
    marrakech = rows[("Uno", "Marrakesh")]  # "Marrakech" and "Marrakesh" are one place of the gazetteer
    assert (marrakech.mentions, marrakech.articles, marrakech.share, marrakech.kind) == (2, 1, 0.5, "city")
    assert (rows[("Uno", "Morocco")].country, rows[("Uno", "Morocco")].kind) == ("MA", "country")  # "Marruecos"
    assert ("Two", "Morocco") in rows and ("Two", "Marrakesh") in rows
    assert not any(r.source == "Two" and r.place == "Rabat" for r in rows.values())


def test_common_words_and_names_of_people_are_not_places():
    text = build([Article("a", "La paz llegó en mayo, dijo Juan Pérez a la prensa.", source="Uno", language="es")])
    assert places_per_outlet(text) == []


def test_outlets_mapping_overrides_the_source():
    text = build([Article("a", "Lluvias en Cuba.", source="diario.com", language="es")])
    (row,) = places_per_outlet(text, {"a": "Diario"})
    assert (row.source, row.place, row.articles) == ("Diario", "Cuba", 1)
