"""Feeds and sitemaps (analysis/corpus/feeds.py) and `contraste collect feed`: served from 127.0.0.1 by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus.collection import Collection
from analysis.corpus.feeds import feed_links, parse_feed


def test_rss_atom_rdf_and_sitemaps_give_their_article_urls() -> None:
    rss = (
        "<rss><channel><link>https://diario.example/</link>"
        "<item><link> https://diario.example/a.html#comentarios </link></item>"
        "<item><guid isPermaLink='true'>https://diario.example/b.html</guid></item>"
        "<item><guid isPermaLink='false'>tag:diario,2026:c</guid></item>"
        "<item><link>mailto:redaccion@diario.example</link></item>"
        "<item><link>https://diario.example/a.html</link></item></channel></rss>"
    )
    assert parse_feed(rss, base="https://diario.example/rss") == (
        "rss", ["https://diario.example/a.html", "https://diario.example/b.html"], [],
    )  # fmt: skip
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/atom"/>'
        '<entry><link rel="edit" href="/edit/1"/><link rel="alternate" href="/2026/01/one"/></entry>'
        '<entry><link href="https://other.example/two"/></entry></feed>'
    )
    assert parse_feed(atom, base="https://diario.example/atom")[1] == [
        "https://diario.example/2026/01/one", "https://other.example/two",
    ]  # fmt: skip
    rdf = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
        "<channel><link>https://diario.example/</link></channel>"
        "<item><link>https://diario.example/r1</link></item></rdf:RDF>"
    )
    assert parse_feed(rdf, base="https://diario.example/") == ("rss", ["https://diario.example/r1"], [])
    sitemap = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://diario.example/n1</loc>'
        "<news:news><news:title>T</news:title></news:news></url></urlset>"
    )
    assert parse_feed(sitemap, base="https://diario.example/sitemap.xml") == (
        "sitemap",
        ["https://diario.example/n1"],
        [],
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<html><head><title>x</title></head><body>sin feed</body></html>", "announces no feed"),
        ("<rss><channel><item>", "invalid XML"),
        ("<catalog><book/></catalog>", "the document is <catalog>"),
        ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss>&e;</rss>', "unsafe XML"),
    ],
)
def test_what_is_not_a_feed_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_feed(text, base="https://diario.example/")


def test_a_page_a_sitemap_index_and_unsafe_xml_over_http(site) -> None:
    page = feed_links(site.url("/home"))
    assert page.kind == "page" and not page.problems
    assert page.urls == tuple(
        site.url(p) for p in ("/sociedad/inundaciones-valdemora.html", "/economia/tipos", "/missing")
    )
    index = feed_links(site.url("/sitemap_index.xml"))
    assert index.kind == "sitemap index"
    assert index.urls == (site.url("/local/ambulatorio"), site.url("/economia/tipos"))
    assert [(p.file, p.reason) for p in index.problems] == [(site.url("/sitemap-gone.xml"), "HTTP 404 Not Found")]
    laughs = feed_links(site.url("/laughs.xml"))
    assert laughs.urls == () and "unsafe XML refused" in laughs.problems[0].reason
    pdf = feed_links(site.url("/report.pdf"))
    assert pdf.problems[0].reason == "not a feed, sitemap or HTML page (content type application/pdf)"


def test_private_addresses_are_refused_unless_allowed(site) -> None:
    refused = feed_links(site.url("/feed.rss"), allow_private=False)
    assert refused.urls == () and "127.0.0.1" in refused.problems[0].reason


def test_collect_feed_stores_new_articles_and_fetches_only_those_next_time(tmp_path: Path, site, capsys) -> None:
    news = tmp_path / "news.sqlite"
    assert main(["collect", "feed", str(news), site.url("/feed.rss"), site.url("/atom.xml"), "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["feeds"] == [
        {"feed": site.url("/feed.rss"), "kind": "rss", "urls": 3, "already_stored": 0},
        {"feed": site.url("/atom.xml"), "kind": "atom", "urls": 1, "already_stored": 0},
    ]
    assert first["added"] == 3 and first["articles"] == 3
    assert [(p["file"], p["reason"]) for p in first["problems"]] == [(site.url("/missing"), "HTTP 404 Not Found")]
    with Collection(news) as collection:  # each page's own canonical URL is stored
        assert {a.url for a in collection.select().articles} == {
            "https://www.lavozdelsur.example/sociedad/2026/03/11/inundaciones-valdemora.html",
            "https://www.diariocentral.example/economia/banco-central-sube-tipos",
            "https://harbourpost.example/news/local/old-harbour-bridge-repair",
        }
    # The sitemap lists a new page (no canonical URL: stored under the URL fetched) and a stored one.
    assert main(["collect", "feed", str(news), site.url("/sitemap-1.xml"), "--format", "json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["added"] == 1 and second["articles"] == 4 and len(second["duplicates"]) == 1
    assert "same URL" in second["duplicates"][0]["reason"] or "same text" in second["duplicates"][0]["reason"]
    site.hits.clear()
    # Read again: the page stored under its feed URL is not fetched again; the one stored under a different
    # canonical URL is (and reported as a duplicate, not stored twice).
    assert main(["collect", "feed", str(news), site.url("/sitemap-1.xml"), "--format", "json"]) == 0
    third = json.loads(capsys.readouterr().out)
    assert third["feeds"][0]["already_stored"] == 1 and third["added"] == 0 and third["articles"] == 4
    assert site.hits == ["/sitemap-1.xml", "/economia/tipos"]


def test_collect_feed_from_a_file(tmp_path: Path, site, capsys) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f"<rss><channel><item><link>{site.url('/news/old-harbour-bridge')}</link></item></channel></rss>",
        encoding="utf-8",
    )
    assert main(["collect", "feed", str(tmp_path / "c.sqlite"), str(feed), str(tmp_path / "none.xml")]) == 0
    out, err = capsys.readouterr()
    assert "feed: " in out and "(rss): 1 article URLs, 0 already stored" in out and "added: 1" in out
    assert "none.xml" in err and "No such file" in err
