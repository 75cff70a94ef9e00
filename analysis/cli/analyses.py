"""The analysis commands: corpus, figures, terms, similarity, stories, sources.

Each is three functions: what it computes (the JSON-able result, from ``analysis.report.results``), the table
``--format table`` prints, and its extra arguments. Every analysis is imported by the command that runs it.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from analysis.cli.inputs import _build
from analysis.config import settings
from analysis.corpus.loading import Corpus

if TYPE_CHECKING:  # pandas is imported by the table that needs it
    import pandas as pd


def _corpus(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    return corpus.to_json()


def _corpus_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    rows = result["articles"]
    assert isinstance(rows, list)
    return pd.DataFrame(rows, columns=["id", "source", "date", "language", "words", "title"]).fillna("")


def _figures(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.report.results import figures_claims, figures_json, story_map

    text = _build(corpus, args)
    found = story_map(text, edits=args.workspace.story_edits)
    settings = args.workspace.settings
    return figures_json(figures_claims(text, settings.figure_incidents, found), text, settings.figure_places)


def _figures_table(result: dict[str, object]) -> dict[str, pd.DataFrame]:
    """Two tables: every claim, then the agreement of each toll (story, kind, group, place) with its explanation."""
    import pandas as pd

    rows, agreement = result["claims"], result["agreement"]
    assert isinstance(rows, list) and isinstance(agreement, list)
    columns = ["article", "story", "kind", "group", "place", "incident", "low", "high", "qualifier", "estimate"]
    columns.append("attributed_to")
    claims = pd.DataFrame(rows, columns=columns).astype({"low": "Int64", "high": "Int64"})
    claims = claims.fillna({"attributed_to": "", "place": ""})
    tolls = pd.DataFrame(agreement, columns=["story", "kind", "group", "place", "status", "explanation"])
    return {"Claims": claims, "Do the tolls agree?": tolls.fillna({"place": ""})}


def _ids(value: str | None) -> list[str] | None:
    return None if value is None else [i.strip() for i in value.split(",") if i.strip()]


def _terms(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.framing.lexicon_schema import load_lexicon
    from analysis.framing.sets import parse_sets, set_lexicons
    from analysis.report.results import lexicons_for, terms_json

    sets = parse_sets(args.frames)
    if args.lexicon:
        lexicons = set_lexicons(sets, [load_lexicon(args.lexicon)])
    else:  # a saved workspace's lexicon, else the packaged ones
        lexicons = lexicons_for(args.workspace.lexicon, sets=sets)
    group_a, group_b = _ids(args.group_a), _ids(args.group_b)
    if group_b is not None and group_a is None:
        raise ValueError("--group-b needs --group-a")
    text = _build(corpus, args)
    if args.suggest:
        from analysis.framing.suggest import suggest, suggestions_json

        return suggestions_json(suggest(text))
    return terms_json(text, lexicons, group_a=group_a, group_b=group_b)


def _terms_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    if "suggestions" in result:
        found = result["suggestions"]
        assert isinstance(found, list)
        return pd.DataFrame(
            [
                (s["frame"], s["score"], s["similarity"], s["split"], s["apart"], "; ".join(s["contexts"]))
                for s in found
            ],
            columns=["frame", "score", "similarity", "split", "apart", "contexts"],
        )
    rows = result["counts"]
    assert isinstance(rows, list)
    return pd.DataFrame(rows, columns=["article", "source", "frame", "term", "count", "per_1000"])


def _terms_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group-a",
        metavar="IDS",
        help="comma-separated article ids of group A (default: each source against the rest)",
    )
    parser.add_argument(
        "--group-b", metavar="IDS", help="comma-separated article ids of group B (default: every article not in A)"
    )
    parser.add_argument(
        "--lexicon", metavar="FILE", help="a YAML framing lexicon replacing the packaged one of its language"
    )
    parser.add_argument(
        "--frames",
        metavar="SET",
        default="default",
        help="frame set(s) to count, comma-separated: default, migration, protest, disaster, elections, or all",
    )
    parser.add_argument(
        "--suggest",
        action="store_true",
        help="print candidate frames found in the corpus (competing words that split the sources) instead",
    )


def _similarity(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.report.results import similarity_json

    return similarity_json(_build(corpus, args), threshold=args.threshold, n_terms=args.top_terms)


def _similarity_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    pairs = result["pairs"]
    assert isinstance(pairs, list)
    rows = [
        {
            "a": p["a"],
            "b": p["b"],
            "score": p["score"],
            "passages": len(p["shared_passages"]),
            "a_reused": p["a_reused_share"],
            "b_reused": p["b_reused_share"],
            "top_terms": ", ".join(t["term"] for t in p["top_terms"][:5]),
        }
        for p in pairs
    ]
    return pd.DataFrame(rows, columns=["a", "b", "score", "passages", "a_reused", "b_reused", "top_terms"])


def _similarity_arguments(parser: argparse.ArgumentParser) -> None:
    config = settings().similarity
    parser.add_argument(
        "--threshold", type=float, default=config.pair_threshold, metavar="COSINE",
        help=f"list pairs with TF-IDF cosine at least this (0-1, default {config.pair_threshold})",
    )  # fmt: skip
    parser.add_argument(
        "--top-terms", type=int, default=config.top_terms, metavar="N",
        help=f"terms listed per pair (default {config.top_terms})",
    )  # fmt: skip


def _stories(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    import pandas as pd

    from analysis.report.results import story_map
    from analysis.similarity.coverage import NOT_COVERED, first_coverage
    from analysis.text import build

    found = story_map(build(corpus.articles), edits=args.workspace.story_edits)
    first = first_coverage(found, corpus.articles)
    coverage = [
        {
            "story": r.story, "source": r.source, "first": r.first.isoformat() if r.first is not None else None,
            "articles": int(r.articles), "lag_days": None if pd.isna(r.lag_days) else int(r.lag_days), "role": r.role,
        }
        for r in first[first["role"] != NOT_COVERED].itertuples()
    ]  # fmt: skip
    return {**found.to_json(), "coverage": coverage}


def _stories_table(result: dict[str, object]) -> pd.DataFrame:
    import pandas as pd

    rows = result["stories"]
    assert isinstance(rows, list)
    table = pd.DataFrame(
        [
            {
                "id": s["id"], "label": s["label"], "start": s["start"] or "", "end": s["end"] or "",
                "articles": len(s["articles"]), "outlets": len(s["sources"]), "sources": ", ".join(s["sources"]),
            }
            for s in rows
        ],
        columns=["id", "label", "start", "end", "articles", "outlets", "sources"],
    )  # fmt: skip
    return table


def _sources(corpus: Corpus, args: argparse.Namespace) -> dict[str, object]:
    from analysis.report.results import sources_json
    from analysis.text import build

    return sources_json(build(corpus.articles), args.workspace.speaker_roles, passages=not args.no_passages)


def _sources_table(result: dict[str, object]) -> dict[str, pd.DataFrame]:
    """Four tables, as the JSON: every statement; who each outlet quotes (its speakers, most quoted first); the
    share of each role per outlet; the quotations several outlets carry, with their articles."""
    import pandas as pd

    from analysis.present.names import shorten

    rows, outlets, shared = result["quotes"], result["sources"], result["shared_quotes"]
    assert isinstance(rows, list) and isinstance(outlets, list) and isinstance(shared, list)
    quotes = pd.DataFrame(rows, columns=["article", "speaker", "role", "direct", "text"])
    quotes["text"] = [shorten(t, 70) for t in quotes["text"]]
    speakers = pd.DataFrame(
        [(o["source"], s["speaker"], s["role"], s["count"]) for o in outlets for s in o["speakers"]],
        columns=["source", "speaker", "role", "statements"],
    )
    roles = pd.DataFrame(
        [(o["source"], o["statements"], o["direct"], role, round(share, 3))
         for o in outlets for role, share in sorted(o["role_shares"].items(), key=lambda r: (-r[1], r[0]))],
        columns=["source", "statements", "direct", "role", "share"],
    )  # fmt: skip
    echoes = pd.DataFrame(
        [(shorten(q["text"], 60), q["speaker"] or "", len(q["articles"]), ", ".join(q["articles"])) for q in shared],
        columns=["quotation", "speaker", "articles", "in"],
    )
    return {
        "Quotes": quotes,
        "Who each outlet quotes": speakers,
        "Roles per outlet": roles,
        "Quotations carried by several articles": echoes,
    }


def _sources_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-passages", action="store_true", help="do not look for the shared passages that hold shared quotes"
    )
