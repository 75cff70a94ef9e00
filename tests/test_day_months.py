"""The one day-and-month reader (analysis/text/day_months.py), shared by the stories' follow-ups (named_days) and
the casualty figures' incident keys (incidents.Keyer).

Until session 16 each had its own patterns. Over every excerpt of tests/data (blind sets left out) they differed on
ten texts, all days the stories' reader read and the incidents' missed: Spanish datelines abbreviating the month
("Ginebra, 2 mar (EFE)", "Lima, 22 sep (EFE)", "Quito, 17 jun", "Morelia (México) 28 de oct.", "MADRID, 7 May."),
an English date in a Spanish page ("February 21, 2024"), the month before the day in Spanish ("marzo 19"), and a
day after an impossible one ("climbs to 60\\n\\nAugust 16, 2023", where "60 August" took the month). Both were right
where they read: the shared reader is their union (the stories' reading), and no claim's incident key of any claims
set moved. The rows below are those real texts (file and excerpt id named), with negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.casualties.incidents import Keyer, Reference
from analysis.corpus.records import Article
from analysis.text.day_months import day_months, resolve

# (text, the (day, month, year) read): real lines of tests/data, then negatives.
READ = [
    # quotes_dev.json iran-es-efe-swissinfo-2026-03-02: an EFE dateline, the month abbreviated
    ("Ginebra, 2 mar (EFE).- La Agencia de la ONU para los Refugiados (ACNUR) expresó", [(2, 3, None)]),
    # quotes_heldout10.json politics-es-ultimahora-efe-kuczynski-enemigo
    ("Lima, 22 sep (EFE).- El presidente de Perú, Pedro Pablo Kuczynski, afirmó hoy", [(22, 9, None)]),
    # agreement_real.json surfside-es-infobae-2021-07-05
    ("Surfside, Estados Unidos, 5 Jul 2021 (AFP) - La sección restante del edificio", [(5, 7, 2021)]),
    # quotes_heldout6.json culture-es-infobae-festival-morelia-2022
    ("Morelia (México) 28 de oct. El filme de la directora Alejandra Márquez Abella", [(28, 10, None)]),
    # quotes_heldout7.json politics-es-eluniversal-samuel-garcia-punta-iceberg: the month before the day
    ("CIUDAD DE MÉXICO, marzo 19 (EL UNIVERSAL).- La Fiscalía General de Justicia", [(19, 3, None)]),
    # claims_heldout4.json himachal-en-newsbytes-2023-08-16 (its title and first line): "60 August" is no day
    (
        "Death toll in Himachal Pradesh climbs to 60\n\nAugust 16, 2023\n\nThe death toll",
        [(60, 8, None), (16, 8, 2023)],
    ),
    # the follow-ups of tests/test_story_follow_ups.py (agreement_real.json's Fuego, a held-out Hurricane Ian article)
    ("ocurrida el 3 de junio pasado, se elevó a 116", [(3, 6, None)]),
    ("Between Sept. 27 and Tuesday, Lee County", [(27, 9, None)]),
    # realistic: the year after "de"
    ("la tragedia del 24 de junio de 2021 en Surfside", [(24, 6, 2021)]),
    # negatives: figures, times, decimals, a word that starts like a month, a month alone
    ("dejó 1,7 millones de afectados en Sacatepéquez, Escuintla y Chimaltenango", []),
    ("A las 11:00 horas se ha confirmado la información sobre 14 muertes", []),
    ("murieron 12 mayores de 80 años", []),
    ("las lluvias de marzo dejaron 30 muertos", []),
    ("a magnitude 7.8 quake on 6 February", [(6, 2, None)]),  # the decimal is no day; the day after it is
]


@pytest.mark.parametrize(("text", "read"), READ, ids=[r[0][:30] for r in READ])
def test_day_months(text: str, read: list[tuple[int, int, int | None]]) -> None:
    assert [(m.day, m.month, m.year) for m in day_months(text)] == read
    assert all(str(m.day) in text[m.start : m.end] for m in day_months(text))


@pytest.mark.parametrize(
    ("day", "month", "year", "anchor", "slack", "date"),
    [
        (3, 6, None, "2018-07-17", 0, "2018-06-03"),
        (24, 12, None, "2019-01-05", 0, "2018-12-24"),  # after the anchor: the year before
        (19, 7, None, "2018-07-17", 0, "2017-07-19"),
        (19, 7, None, "2018-07-17", 2, "2018-07-19"),  # within the slack: this year
        (24, 6, 2017, "2018-07-05", 0, "2017-06-24"),
        (31, 6, 2018, None, 0, None),  # no such day
        (29, 2, None, "2025-03-01", 0, None),
        (3, 6, None, None, 0, None),  # no year to take
    ],
)
def test_resolve(day: int, month: int, year: int | None, anchor: str | None, slack: int, date: str | None) -> None:
    when = resolve(day, month, year, dt.date.fromisoformat(anchor) if anchor else None, slack=slack)
    assert (when.isoformat() if when else None) == date


# (sentence, language, article date, the incident keys of its date mentions): the claims' reading of the same days.
KEYS = [
    ("Ginebra, 2 mar (EFE).- La Agencia de la ONU para los Refugiados (ACNUR) expresó este lunes su preocupación",
     "es", "2026-03-02", ["2026-03-02", "2026-03-02"]),
    ("CIUDAD DE MÉXICO, marzo 19 (EL UNIVERSAL).- La Fiscalía informó", "es", "2024-03-19", ["2024-03-19"]),
    ("Para Illa, la tendencia es de descenso de nuevos casos desde el 25 de marzo.", "es", "2020-04-05",
     ["since 2020-03-25"]),
    ("Since June 3, 40 people have died.", "en", "2024-07-01", ["since 2024-06-03"]),
    # negatives: a month alone is a month, no day; a figure before a month is no day (and, as before the reader was
    # shared, its month no month alone)
    ("las lluvias de marzo dejaron 30 muertos", "es", "2024-04-02", ["2024-03"]),
    ("The toll climbs to 60 August after the floods", "en", "2023-09-01", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "date", "keys"), KEYS, ids=[k[0][:30] for k in KEYS])
def test_incident_keys_read_the_same_days(text: str, language: str, date: str, keys: list[str]) -> None:
    article = Article("a", text, "s", dt.date.fromisoformat(date), language)
    keyer = Keyer(article, [(0, len(text))], language, Reference(article.date))
    assert [("since " if m.since else "") + m.key for m in keyer.mentions(0)] == keys
