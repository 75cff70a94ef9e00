"""The stories made on the similarity comparison's vectors (``story_map(vectors=...)``: its TF-IDF model and cosine
matrix, or its top-k neighbours) equal the stories made from scratch, on real text.

The report and the dashboard build the comparison's model and matrix once and hand them to the stories
(``analysis.report.sections``, ``dashboard.cached.vectors_of``) instead of building them again; the top-k table is
taken only when its search is the stories' own (articles in id order, the same ``k``), else the stories search.
"""

from __future__ import annotations

import json

import pytest

from analysis.corpus.workspace import Workspace
from analysis.report.results import reused_neighbours, story_map
from analysis.report.sections import build_sections
from analysis.similarity.compare import basis
from analysis.text import build
from tests.mixed import mixed_corpus


def _json(found: object) -> str:
    return json.dumps(found.to_json(), sort_keys=True)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def articles() -> list:
    found, _events = mixed_corpus()
    return found


def test_stories_on_the_matrix_are_the_stories(articles) -> None:
    text = build(articles)
    vectors = basis(text)
    assert list(reused_neighbours(vectors)) == ["matrix"]
    alone = story_map(text)
    assert len(alone.stories) > 20  # real events, each a story: not a trivial corpus
    assert _json(story_map(text, vectors=vectors)) == _json(alone)
    assert _json(story_map(text, vectors=lambda: vectors)) == _json(alone)  # made only when computed


@pytest.mark.parametrize("in_id_order", [True, False])
def test_stories_on_the_top_k_table_are_the_stories(articles, settings_override, in_id_order: bool) -> None:
    settings_override(similarity={"dense_max_articles": 40})  # the top-k path, as above 2,000 articles
    ordered = sorted(articles, key=lambda a: a.id) if in_id_order else articles
    assert (ordered == sorted(ordered, key=lambda a: a.id)) is in_id_order
    text = build(ordered)
    vectors = basis(text)
    assert vectors.matrix is None and vectors.neighbours is not None
    # Taken only when the stories' own search would be the same one (rows in id order); else searched again.
    assert list(reused_neighbours(vectors)) == (["neighbours"] if in_id_order else [])
    assert _json(story_map(text, vectors=vectors)) == _json(story_map(text))


def test_top_k_table_of_another_k_is_not_taken(articles, settings_override) -> None:
    settings_override(similarity={"dense_max_articles": 40, "neighbours": 5})
    text = build(sorted(articles, key=lambda a: a.id))
    vectors = basis(text)
    assert reused_neighbours(vectors) == {}  # the stories' k is 10: the table of 5 would lose links
    assert _json(story_map(text, vectors=vectors)) == _json(story_map(text))


def test_report_sections_share_one_story_map(seeds) -> None:
    text = build(seeds.articles)
    workspace = Workspace(corpus=seeds)
    sections = {s.key: s for s in build_sections(workspace, text)}
    alone = story_map(text).to_json()
    assert {k: v for k, v in sections["stories"].results.items() if k != "narrowing"} == alone
