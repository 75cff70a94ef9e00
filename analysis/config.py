"""One typed settings record, read once from the YAML files of ``analysis/settings/``.

Thresholds and options live in data files, not in code: ``limits.yaml``,
``parallel.yaml``, ``similarity.yaml`` (with its ``passages`` section),
``display.yaml``, ``interval_rules.yaml``, ``sources.yaml``, ``framing.yaml`` and ``language.yaml``. :func:`settings` reads them once
into frozen dataclasses; :func:`override` swaps in a changed copy for a block
of code (tests, a user's choice), so one change reaches every reader.

>>> settings().similarity.neighbours > 0
True
>>> with override(similarity={"neighbours": 3}):
...     settings().similarity.neighbours
3
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib import resources
from typing import Any

from analysis.safe_yaml import load_yaml

__all__ = [
    "Display",
    "applied",
    "Intervals",
    "LanguageDetection",
    "Limits",
    "Parallel",
    "Passages",
    "Places",
    "Settings",
    "SettingsError",
    "Similarity",
    "Stories",
    "Sources",
    "Suggest",
    "override",
    "settings",
]


class SettingsError(ValueError):
    """A settings file is missing a field or has one of the wrong type."""


@dataclass(frozen=True)
class Limits:
    """Input limits (``limits.yaml``): what is refused with a message rather than loaded."""

    max_file_mb: float
    max_article_words: int
    max_file_articles: int
    max_corpus_articles: int
    max_corpus_words: int
    min_article_words: int
    max_page_mb: float
    url_timeout_seconds: float
    min_page_words: int
    max_token_chars: int
    max_redirects: int
    collection_lock_seconds: float = 30.0
    collection_open_articles: int = 2000
    max_feed_urls: int = 5000
    max_feed_documents: int = 50

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)

    @property
    def max_page_bytes(self) -> int:
        return int(self.max_page_mb * 1_000_000)


@dataclass(frozen=True)
class Parallel:
    """When work is spread over worker processes (``parallel.yaml``)."""

    min_articles: int
    min_words: int
    chunk_articles: int
    start_bytes: int
    switch_interval: float
    stall_seconds: float
    stall_factor: float
    ahead_chunk_articles: int


@dataclass(frozen=True)
class Similarity:
    """TF-IDF similarity and top-k neighbours (``similarity.yaml``, section ``similarity``)."""

    dense_max_articles: int
    neighbours: int
    chunk_rows: int
    approximate_above: int
    candidates: int
    candidate_max_df_floor: int
    candidate_max_df_share: float
    engine_candidate_max_df: int
    rescan_max_articles: int
    pair_threshold: float
    top_terms: int
    heatmap_max_articles: int
    table_max_pairs: int


@dataclass(frozen=True)
class Passages:
    """Shared-passage detection (``similarity.yaml``, section ``passages``)."""

    shingle_size: int
    min_shared_shingles: int
    max_df: int
    min_link_shingles: int
    min_run_words: int
    min_score: float


@dataclass(frozen=True)
class Stories:
    """Story clustering (``similarity.yaml``, section ``stories``)."""

    neighbours: int
    link_threshold: float
    cue_chars: int
    cue_max_df: int
    title_case_share: float
    title_case_words: int
    title_case_zipf: float
    cue_weight: float
    specific_cue_zipf: float
    max_gap_days: int
    undated_link: float
    max_span_days: int
    join_share: float
    join_density: float
    follow_days: int
    follow_link: float
    follow_chars: int
    follow_slack_days: int
    cross_language_days: int
    label_words: int
    other_incident_days: int


@dataclass(frozen=True)
class Display:
    """How much a page or chart shows at once (``display.yaml``)."""

    page_rows: int
    chart_tolls: int
    timeline_tolls: int
    max_date_colours: int
    corpus_chart_sources: int
    role_chart_sources: int
    chart_sources: int
    report_matrix_articles: int


@dataclass(frozen=True)
class Intervals:
    """How a qualified figure becomes an interval (``interval_rules.yaml``; rules in its comments)."""

    about: float
    plural: tuple[int, int]
    max_value: int
    max_digits: int


@dataclass(frozen=True)
class Places:
    """The gazetteer of place names (``places.yaml``; rules in ``analysis/corpus/places.py``)."""

    min_city_population: int
    common_word_zipf: float
    famous_population: int
    region_common_word_zipf: float
    namesake_population: int
    slot_name_zipf: float
    nested_gap: int


@dataclass(frozen=True)
class Sources:
    """Who speaks: continuation of quotes and cross-article links (``sources.yaml``)."""

    continuation_min_words: int
    shared_min_words: int
    shared_min_run: int
    final_attribution_words: int
    company_share: float
    company_articles: int
    company_names: int
    spokes_gap_words: int


@dataclass(frozen=True)
class Suggest:
    """Competing-words suggestions (``framing.yaml``, section ``suggest``)."""

    window: int
    min_count: int
    min_articles: int
    max_words: int
    min_context_count: int
    context_smoothing: float
    min_similarity: float
    neighbours: int
    max_capital_share: float
    prior_scale: float
    top: int
    contexts_shown: int
    evidence_lines: int


@dataclass(frozen=True)
class LanguageDetection:
    """When common words decide an article's language without lingua (``language.yaml``; rules in
    ``analysis/corpus/language_words.py``)."""

    min_chars: int
    min_words: int
    min_margin: float


@dataclass(frozen=True)
class Agreement:
    """Do tolls agree in time (``agreement.yaml``; rules in ``analysis/casualties/agreement.py``)."""

    same_time_days: int
    falling_kinds: tuple[str, ...]
    falling_groups: tuple[str, ...]


@dataclass(frozen=True)
class Settings:
    """Every threshold of the library, one record."""

    limits: Limits
    parallel: Parallel
    similarity: Similarity
    passages: Passages
    stories: Stories
    display: Display
    intervals: Intervals
    places: Places
    sources: Sources
    suggest: Suggest
    agreement: Agreement
    language: LanguageDetection


def _read(name: str) -> dict[str, Any]:
    text = resources.files("analysis.settings").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict):
        raise SettingsError(f"analysis/settings/{name}.yaml: expected a mapping")
    return data


def _record(cls: type, data: Mapping[str, Any], where: str) -> Any:
    """Build ``cls`` from ``data``, converting each field to its annotated type; name the bad field."""
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            raise SettingsError(f"{where}: missing field '{f.name}'")
        raw = data[f.name]
        kind = str(f.type)
        try:
            if kind.startswith("tuple[str"):
                if isinstance(raw, str) or not isinstance(raw, list):
                    raise TypeError(raw)
                values[f.name] = tuple(str(x) for x in raw)
            elif kind.startswith("tuple"):
                values[f.name] = tuple(int(x) for x in raw)
            elif kind == "int":
                values[f.name] = int(raw)
            elif kind == "float":
                values[f.name] = float(raw)
            else:
                values[f.name] = raw
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"{where}: field '{f.name}' has the wrong type ({type(raw).__name__})") from exc
    return cls(**values)


@cache
def _from_files() -> Settings:
    similarity = _read("similarity")
    return Settings(
        limits=_record(Limits, _read("limits"), "settings/limits.yaml"),
        parallel=_record(Parallel, _read("parallel")["parallel"], "settings/parallel.yaml: parallel"),
        similarity=_record(Similarity, similarity["similarity"], "settings/similarity.yaml: similarity"),
        passages=_record(Passages, similarity["passages"], "settings/similarity.yaml: passages"),
        stories=_record(Stories, similarity["stories"], "settings/similarity.yaml: stories"),
        display=_record(Display, _read("display")["display"], "settings/display.yaml: display"),
        intervals=_record(Intervals, _read("interval_rules"), "settings/interval_rules.yaml"),
        places=_record(Places, _read("places"), "settings/places.yaml"),
        sources=_record(Sources, _read("sources")["sources"], "settings/sources.yaml: sources"),
        suggest=_record(Suggest, _read("framing")["suggest"], "settings/framing.yaml: suggest"),
        agreement=_record(Agreement, _read("agreement"), "settings/agreement.yaml"),
        language=_record(LanguageDetection, _read("language"), "settings/language.yaml"),
    )


_overrides: list[Settings] = []


def settings() -> Settings:
    """The settings in force: the files' values, or the innermost :func:`override`."""
    return _overrides[-1] if _overrides else _from_files()


@contextmanager
def override(**sections: Mapping[str, Any]) -> Iterator[Settings]:
    """Use changed settings inside a ``with`` block, e.g. ``override(similarity={"neighbours": 3})``."""
    current = settings()
    changed = {name: replace(getattr(current, name), **values) for name, values in sections.items()}
    with applied(replace(current, **changed)) as record:
        yield record


@contextmanager
def applied(record: Settings) -> Iterator[Settings]:
    """Use a whole settings record inside a ``with`` block: how work sent to another process (a Dask worker)
    runs with the settings in force where it was asked for, :func:`override`s included."""
    _overrides.append(record)
    try:
        yield record
    finally:
        _overrides.remove(record)
