"""The user's source labels and dates per article, as the Corpus page's editor changes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from analysis.present.names import NO_DATE

__all__ = ["Labels", "labels_with_edits"]

Labels = dict[str, tuple[str, dt.date | None]]


def labels_with_edits(
    table: pd.DataFrame, edited_rows: Mapping[object, Mapping[str, object]], labels: Labels
) -> Labels:
    """``labels`` updated with a data editor's ``edited_rows`` on the articles ``table``.

    An emptied source falls back to the article id; an emptied date (or "no date") means no date.

    Raises:
        ValueError: for a date that is not YYYY-MM-DD, quoting it.
    """
    result = dict(labels)
    for row, change in edited_rows.items():
        article = table.iloc[int(row)]  # type: ignore[call-overload]
        source = str(change.get("source", article["source"]) or "").strip() or str(article["id"])
        date = change.get("date", article["date"])
        if isinstance(date, str) and date.strip().lower() in {"", NO_DATE}:
            date = None
        result[str(article["id"])] = (
            source,
            pd.to_datetime(date).date() if date is not None and not pd.isna(date) else None,
        )
    return result
