"""The tolls a reader picks from on the Figures page: the comparisons listed (by status, worst first), the order
and name of each toll in the picker, the places compared and the (article, place) pairs a user may move.

A toll is one :class:`analysis.casualties.agreement.Agreement` (one story, kind, group and place, compared in
time); these functions only order and name what :func:`analysis.casualties.agreement.agreements` found.

>>> from analysis.casualties.agreement import Agreement
>>> def toll(place, outlets, dated):
...     series = tuple({"time": "2026-01-02" if dated else None, "article": f"a{i}", "source": f"S{i}"}
...                    for i in range(outlets))
...     return Agreement("killed", "total", "S1", (), "consistent", 5, 5, (), "S1", place, series=series)
>>> rows = [toll("Lima", 1, True), toll(None, 3, False), toll("Cusco", 2, True)]
>>> toll_order(rows), toll_name(rows[2], {"S1": "Sismo"}), places_compared(rows), place_moves(rows[:1])
([2, 0, 1], 'Sismo · killed · total · Cusco (2 reports, consistent)', ['Cusco', 'Lima'], ['a0@Lima'])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from analysis.casualties.agreement import STATUSES, Agreement

__all__ = ["place_moves", "places_compared", "toll_name", "toll_order", "toll_title", "tolls_listing"]


def tolls_listing(
    comparisons: pd.DataFrame, *, statuses: Sequence[str] = (), story_labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The comparisons (``toll_tables.agreement_table``) of the chosen ``statuses`` (none chosen: all), in the order of
    :data:`~analysis.casualties.agreement.STATUSES` (conflicting first), then the most outlets first; each story
    named by its label (``story_labels``: story id -> label; an unnamed story keeps its id).

    >>> t = pd.DataFrame({"story": ["s1", "s2", "s3"], "status": ["consistent", "conflicting", "consistent"],
    ...                   "outlets": [2, 2, 5]})
    >>> tolls_listing(t, story_labels={"s2": "Sismo"})[["story", "outlets"]].values.tolist()
    [['Sismo', 2], ['s3', 5], ['s1', 2]]
    >>> tolls_listing(t, statuses=["consistent"])["story"].tolist()
    ['s3', 's1']
    """
    labels = story_labels or {}
    shown = comparisons[comparisons["status"].isin(statuses)] if statuses else comparisons
    rank = {s: i for i, s in enumerate(STATUSES)}
    shown = shown.assign(_rank=shown["status"].map(rank)).sort_values(["_rank", "outlets"], ascending=[True, False])
    return shown.drop(columns="_rank").assign(story=[labels.get(s, s) for s in shown["story"]])


def toll_order(rows: Sequence[Agreement]) -> list[int]:
    """The indices of ``rows`` as the picker lists them: tolls with a dated report first (they have a timeline),
    then those reported by the most outlets, then in the order found."""
    return sorted(
        range(len(rows)),
        key=lambda i: (not any(p["time"] for p in rows[i].series), -len({p["source"] for p in rows[i].series}), i),
    )


def toll_name(row: Agreement, story_labels: Mapping[str, str]) -> str:
    """A toll as the picker names it: story (its label, else the incident), kind, group, place, reports, status."""
    where = f" · {row.place}" if row.place else ""
    story = story_labels.get(row.story, row.incident)
    return f"{story} · {row.kind} · {row.group}{where} ({len(row.series)} reports, {row.status})"


def toll_title(row: Agreement) -> str:
    """A toll's chart title: kind, group and place.

    >>> from analysis.casualties.agreement import Agreement
    >>> toll_title(Agreement("killed", "total", "S1", (), "consistent", 5, 5, (), place="Lima"))
    'killed · total · Lima'
    """
    return f"{row.kind} · {row.group}{' · ' + row.place if row.place else ''}"


def places_compared(rows: Sequence[Agreement]) -> list[str]:
    """The places tolls are compared under (the ones a user may merge), sorted."""
    return sorted({r.place for r in rows if r.place})


def place_moves(rows: Sequence[Agreement]) -> list[str]:
    """Every ``article@place`` whose figures a user may move to a place of their own (the keys of the workspace's
    ``figure_places`` splits), sorted."""
    return sorted({f"{p['article']}@{r.place}" for r in rows if r.place for p in r.series})
