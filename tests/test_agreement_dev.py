"""Do the tolls agree, on real coverage? Statuses against a hand judgement (``tests/data/agreement_judgements.json``).

The dev set of the claims issue (``claims_dev.json``: 8 events, several outlets over several days, es/en) is
read as a user would (stories, claims, report times, comparisons: ``analysis.report.results``). Every
comparison that more than one outlet reports was judged by hand; the share of judged rows whose status the
tool gives is printed per event and must stay at or above :data:`FLOOR`. A judged row the pipeline no
longer produces counts as a miss.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from analysis.casualties.agreement import Agreement
from analysis.casualties.comparable import Located, compared_place, inside, longer_forms, one_site, part_of_more
from analysis.casualties.timing import report_times
from analysis.report.results import compared, figures_claims, story_map
from analysis.text import TextCorpus, build
from tests.mixed import mixed_corpus

JUDGEMENTS = Path(__file__).parent / "data" / "agreement_judgements.json"
FLOOR = 0.9  # the bar; measured 65 / 65 as read and end to end (fixcas, 2026-11-30; before: 60 / 61 and 59 / 61);
# 61 / 61 after places17 folded the two Seoul rows into Itaewon's and the two Moscow rows into Crocus City Hall's (one
# site; on the rows as before: 61 / 65)


@pytest.fixture(scope="module")
def dev() -> tuple[TextCorpus, dict[str, str], list[Agreement]]:
    articles, events = mixed_corpus(files=("claims_dev.json",))
    text = build(articles)
    claims = figures_claims(text, None, story_map(text))
    return text, events, compared(claims, text)


def _matches(row: Agreement, judged: dict, events: dict[str, str], languages: dict[str, str]) -> bool:
    if {events[a] for a in row.articles} != {judged["event"]} or (row.kind, row.group) != (
        judged["kind"],
        judged["group"],
    ):
        return False
    if judged["group"] == "total" and row.place != judged["place"]:
        return False
    if "incident" in judged:
        if row.incident != judged["incident"]:
            return False
    elif row.incident.startswith(("since ", "earlier ")):
        return False
    return "language" not in judged or {languages[a] for a in row.articles} == {judged["language"]}


def test_statuses_agree_with_the_hand_judgement(dev) -> None:
    text, events, rows = dev
    languages = {d.id: d.article.language for d in text.docs}
    judged = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))["rows"]
    per_event: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for item in judged:
        found = [r for r in rows if _matches(r, item, events, languages)]
        status = found[0].status if len(found) == 1 else f"{len(found)} rows"
        per_event[item["event"]].append(status == item["status"])
        if status != item["status"]:
            misses.append(f"{item['event'][:20]} {item['kind']} {item['group']} {item['place']}: "
                          f"tool {status}, judged {item['status']} ({item['why']})")  # fmt: skip
    for event, hits in sorted(per_event.items()):
        print(f"{event}: {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.2f}")
    rate = sum(sum(h) for h in per_event.values()) / len(judged)
    print(f"all events: {rate:.3f} of {len(judged)} judged rows", *misses, sep="\n")
    assert rate >= FLOOR, "\n".join(misses)


def test_statuses_agree_end_to_end(dev) -> None:
    """The same rows judged as a fact-checker reading the articles would (``end_to_end``, where a misread figure or
    place changes the status): what a user sees, extraction errors included."""
    text, events, rows = dev
    languages = {d.id: d.article.language for d in text.docs}
    judged = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))["rows"]
    hits, misses = 0, []
    for item in judged:
        truth = item.get("end_to_end", {}).get("status", item["status"])
        found = [r for r in rows if _matches(r, item, events, languages)]
        status = found[0].status if len(found) == 1 else f"{len(found)} rows"
        hits += status == truth
        if status != truth:
            misses.append(f"{item['event'][:20]} {item['kind']} {item['place']}: tool {status}, read {truth}")
    rate = hits / len(judged)
    print(f"end to end: {rate:.3f} of {len(judged)} judged rows", *misses, sep="\n")
    assert rate >= FLOOR, "\n".join(misses)


def test_every_multi_outlet_comparison_was_judged(dev) -> None:
    """The judgement covers the rows, not a chosen few: each comparison with two or more outlets has one."""
    text, events, rows = dev
    languages = {d.id: d.article.language for d in text.docs}
    judged = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))["rows"]
    multi = [r for r in rows if len({p["source"] for p in r.series}) > 1]
    unjudged = [r for r in multi if not any(_matches(r, j, events, languages) for j in judged)]
    assert len(unjudged) <= len(multi) // 10, [(r.incident, r.kind, r.group, r.place) for r in unjudged]


def test_a_town_is_never_in_conflict_with_its_region(dev) -> None:
    """A place and a place inside it are separate comparisons, unless its incident names one site at several levels
    (comparable.one_site: Itaewon, Seoul, South Korea): every claim of a row of totals is about the row's place (its
    compared place), so a town's toll never meets its region's in one status where the region has other parts."""
    text, _, rows = dev
    languages = {d.id: d.article.language for d in text.docs}
    claims = figures_claims(text, None, story_map(text))
    expected: dict[tuple, list] = defaultdict(list)
    totals = [(c, compared_place(c, languages[c.article])) for c in claims if c.group == "total"]
    longer = longer_forms((c.incident, place) for c, (place, _) in totals)  # "Crocus City" is "Crocus City Hall"
    placed = [(c, longer.get((c.incident, place), place), parents) for c, (place, parents) in totals]
    times = report_times(claims, text)
    sites = one_site(
        Located(c.incident, c.kind, c.article, place, parents, c.low, c.high, times[c].date if c in times else None)
        for c, place, parents in placed
        if not (place.startswith("part of ") if place else part_of_more(c))
    )
    for c, place, _ in placed:
        site = sites.get((c.incident, c.kind, place), (place,))[0]
        expected[(c.incident, c.kind, site if place or not part_of_more(c) else place)].append((c.article, c.start))
    nested = 0
    for row in (r for r in rows if r.group == "total"):
        assert sorted((p["article"], p["at"]) for p in row.series) == sorted(
            expected[(row.incident, row.kind, row.place)]
        )
        nested += any(inside((row.place, *row.parents), (o.place, *o.parents)) for o in rows if o.place and row.place)
    assert nested  # the dev set has towns and their regions (Buncombe County in North Carolina, Helene's states)
    assert not [r for r in rows if r.group == "total" and r.place == "Seoul"]  # Itaewon's site, named at three levels
