"""A mixed corpus of real coverage: the hand-annotated dev excerpts (tests/data/*_dev.json) plus the seeds.

Each excerpt carries its event ("event" in claims_dev.json, "topic" in quotes_dev.json and framing_dev.json);
the seeds are the coverage of one event (000-003, January 2026) and a report from November 2025 (004).
``ALIASES`` joins topic names that are the same real event in two files.
"""

from __future__ import annotations

import json
from pathlib import Path

from analysis.corpus.loading import load_path
from analysis.corpus.records import Article, parse_date

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FILES = {"claims_dev.json": "event", "quotes_dev.json": "topic", "framing_dev.json": "topic"}
ALIASES = {
    "Huracán Otis en Acapulco (octubre 2023)": "Hurricane Otis, Acapulco, October 2023",
    "Terremoto de Marruecos (septiembre 2023)": "Morocco Al Haouz earthquake, September 2023",
    "Turkey–Syria earthquake 2023": "Turkey-Syria earthquakes, February 2023",
}
SEED_EVENT = "seeds: Russia and Venezuela after the 3 January 2026 operation"


def _date(value: object):
    text = str(value or "")
    return parse_date(text) if len(text) == 10 else None  # "2019-08" (a month) is no article date


def mixed_corpus(*, files: tuple[str, ...] = tuple(FILES)) -> tuple[list[Article], dict[str, str]]:
    """The articles and each one's event. Files not present are skipped."""
    articles, events = [], {}
    for name in files:
        path = DATA / name
        if not path.exists():
            continue
        for x in json.loads(path.read_text(encoding="utf-8"))["excerpts"]:
            article = Article(
                f"{name.split('_')[0]}-{x['id']}", x["text"], x.get("source") or "unknown", _date(x.get("date")),
                x.get("language") or "und", x.get("title"),
            )  # fmt: skip
            articles.append(article)
            event = x[FILES[name]]
            events[article.id] = ALIASES.get(event, event)
    for article in load_path(SEEDS).articles:
        articles.append(article)
        events[article.id] = "seeds: boats and Venezuela, November 2025" if article.id.startswith("004") else SEED_EVENT
    return articles, events
