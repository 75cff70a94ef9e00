"""'Who speaks?' end to end at the corpus level, on real coverage: tests/data/sources_real.json.

Three stories many outlets quoted the same people in (the Iberian blackout of 28 April 2025, Cardinal Kevin
Farrell announcing Pope Francis's death, the MotoGP Argentina Grand Prix of the brothers Marc and Álex Márquez),
34 excerpts, es and en, with a hand judgement written before the tool ran (the file's ``judgement``): who each
article quotes and by which forms, each person's role, which quotations several articles carry.

Compared with ``python -m analysis sources PATH --format json`` (run in this process):

- one name per person across the corpus: pairwise precision and recall of "same speaker" over the mentions
  (article, person) the tool found a statement of;
- roles: the tool's role of each mention among the roles judged right for that person;
- per outlet, the persons quoted (union of its articles): precision and recall;
- shared quotations: pairs of articles a shared quote links at the judged words, precision and recall.

What agrees is asserted; each disagreement is an xfail row with its reason. The measures are printed
(``pytest -s``) and floors hold them.

Worked example of the pairwise measure: mentions (a, Sánchez) named "Pedro Sánchez", (b, Sánchez) named
"Sánchez", (c, Prieto) named "Eduardo Prieto": the judged same pairs are {a-b}; the tool's same pairs are {}
(two names): precision 0/0 (1.0 by convention), recall 0/1.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.sources.lexicon import fold

DATA = Path(__file__).parent / "data" / "sources_real.json"
RAW = json.loads(DATA.read_text(encoding="utf-8"))
JUDGED = RAW["judgement"]
PERSONS = JUDGED["persons"]
TEXTS = {a["id"]: a["text"] for a in RAW["articles"]}
OUTLET = {a["id"]: a["source"] for a in RAW["articles"]}
LEADING = ("the ", "el ", "la ", "un ", "una ")


@pytest.fixture(scope="module")
def result() -> dict:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["sources", str(DATA), "--format", "json"])
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue())


def _bare(name: str) -> str:
    name = fold(name).strip()
    for article in LEADING:
        if name.startswith(article):
            name = name[len(article) :]
    return name


def person_of(article: str, speaker: str) -> str | None:
    """The judged person of ``article`` the tool's ``speaker`` name is: the same name or form, a form's ending
    ("Aleteia" of "el portal católico Aleteia"), else the same surname with an agreeing first word; None when no
    one or several are."""
    said = _bare(speaker)
    exact, ending, surname = [], [], []
    for pid in JUDGED["articles"][article]:
        person = PERSONS[pid]
        forms = [_bare(f) for f in [person["name"], *person["forms"], *JUDGED["articles"][article][pid]]]
        words, full = said.split(), _bare(person["name"]).split()
        if said in forms:
            exact.append(pid)
        elif any(f.endswith(" " + said) for f in forms) and len(words) > 1:
            ending.append(pid)
        elif len(words) > 1 and words[-1] == full[-1] and (words[0] == full[0] or len(words) > len(full)):
            surname.append(pid)  # "Cardinal Kevin Farrell" of "Kevin Farrell"
    found = exact or ending or surname
    return found[0] if len(found) == 1 else None


def mentions(result: dict) -> dict[tuple[str, str], str]:
    """(article, judged person) → the name the tool gives that person there (its most frequent one)."""
    names: dict[tuple[str, str], Counter[str]] = {}
    for quote in result["quotes"]:
        pid = person_of(quote["article"], quote["speaker"])
        if pid is not None:
            names.setdefault((quote["article"], pid), Counter())[quote["speaker"]] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in names.items()}


def pairwise(result: dict) -> tuple[float, float, list[tuple]]:
    """Precision and recall of "same speaker" over pairs of mentions in two articles, and the pairs missed."""
    found = mentions(result)
    tool_same = judged_same = both = 0
    missed = []
    for (a, p), (b, q) in combinations(sorted(found), 2):
        if a == b:
            continue
        same_tool, same_judged = found[(a, p)] == found[(b, q)], p == q
        tool_same += same_tool
        judged_same += same_judged
        both += same_tool and same_judged
        if same_judged and not same_tool:
            missed.append((p, found[(a, p)], found[(b, q)]))
    return (both / tool_same if tool_same else 1.0), (both / judged_same if judged_same else 1.0), missed


def outlet_lists(result: dict) -> tuple[float, float]:
    """Micro precision and recall of the persons each outlet quotes (a tool speaker matching no one is wrong)."""
    judged: dict[str, set[str]] = {}
    for article, people in JUDGED["articles"].items():
        judged.setdefault(OUTLET[article], set()).update(people)
    tool: dict[str, set[str]] = {}
    for quote in result["quotes"]:
        pid = person_of(quote["article"], quote["speaker"])
        tool.setdefault(OUTLET[quote["article"]], set()).add(pid or f"?{quote['speaker']}")
    right = sum(len(tool.get(o, set()) & people) for o, people in judged.items())
    return right / max(sum(map(len, tool.values())), 1), right / sum(map(len, judged.values()))


def _words(text: str) -> list[str]:
    return fold(text).replace("…", " ").replace("...", " ").split()


def _overlaps(article: str, start: int, end: int, words: str) -> bool:
    at = fold(TEXTS[article]).find(fold(words))
    return at >= 0 and start < at + len(words) and at < end


def shared_pairs(result: dict) -> tuple[float, float, list[tuple]]:
    """Pairs of articles linked by a shared quote at the judged words: precision, recall, the judged pairs missed."""
    judged = {
        (n, frozenset(pair))
        for n, group in enumerate(JUDGED["shared_quotes"])
        for pair in combinations(sorted(group["articles"]), 2)
    }
    tool_pairs, right = set(), set()
    for shared in result["shared_quotes"]:
        spans = {e["article"]: (e["start"], e["end"]) for e in shared["echoes"]}
        for a, b in combinations(sorted(spans), 2):
            tool_pairs.add(frozenset((a, b)))
            for n, group in enumerate(JUDGED["shared_quotes"]):
                words = group["articles"]
                if a in words and b in words and all(_overlaps(x, *spans[x], words[x]) for x in (a, b)):
                    right.add((n, frozenset((a, b))))
    correct = {pair for _, pair in right}
    return (
        len(correct) / max(len(tool_pairs), 1),
        len(right & judged) / len(judged),
        sorted((n, tuple(sorted(pair))) for n, pair in judged - right),
    )


def roles(result: dict) -> tuple[float, list[tuple]]:
    """Share of the mentions whose role is one judged right, and the others (person, article, role)."""
    found: dict[tuple[str, str], str] = {}
    for quote in result["quotes"]:
        pid = person_of(quote["article"], quote["speaker"])
        if pid is not None:
            found[(quote["article"], pid)] = quote["role"]
    wrong = sorted((p, a, r) for (a, p), r in found.items() if r not in PERSONS[p]["accepted"])
    return 1 - len(wrong) / len(found), wrong


def test_measures_print_and_hold_their_floors(result):
    precision, recall, _ = pairwise(result)
    outlet_p, outlet_r = outlet_lists(result)
    shared_p, shared_r, _ = shared_pairs(result)
    role_share, _ = roles(result)
    print(
        f"\nsources_real: same speaker P {precision:.3f} R {recall:.3f}; per-outlet speakers P {outlet_p:.3f} "
        f"R {outlet_r:.3f}; shared-quote pairs P {shared_p:.3f} R {shared_r:.3f}; roles right {role_share:.3f}"
    )
    assert precision >= FLOORS["same_precision"] and recall >= FLOORS["same_recall"]
    assert outlet_p >= FLOORS["outlet_precision"] and outlet_r >= FLOORS["outlet_recall"]
    assert shared_p >= FLOORS["shared_precision"] and shared_r >= FLOORS["shared_recall"]
    assert role_share >= FLOORS["roles"]


FLOORS = {  # the first run (session start's code): same speaker P 1.000 R 0.633, per outlet P 0.897 R 0.745,
    # shared-quote pairs P 1.000 R 0.588, roles 0.694; raised to what the corpus-level fixes give (ratchet up only):
    # same speaker R 0.837, shared-quote pairs R 0.765
    "same_precision": 1.0,
    "same_recall": 0.83,
    "outlet_precision": 0.89,
    "outlet_recall": 0.74,
    "shared_precision": 1.0,
    "shared_recall": 0.76,
    "roles": 0.69,
}


def names_of(result: dict, pid: str) -> dict[str, str]:
    """Article → the name the tool gives the judged person ``pid`` there."""
    return {article: name for (article, person), name in mentions(result).items() if person == pid}


# ---- what agrees (asserted) ----


def test_one_name_for_pedro_sanchez_in_every_article_es_and_en(result):
    names = names_of(result, "sanchez")
    assert len(names) >= 9 and set(names.values()) == {"Pedro Sánchez"}  # "Sanchez" (Olive Press) too


def test_one_name_for_eduardo_prieto_and_another_for_red_electrica(result):
    assert set(names_of(result, "prieto").values()) == {"Eduardo Prieto"} and len(names_of(result, "prieto")) == 3
    assert set(names_of(result, "ree").values()) == {"Red Eléctrica"}


def test_cardinal_kevin_farrell_is_kevin_farrell_in_english_and_spanish(result):
    """'Cardinal Kevin Farrell' (English capitalises the title into the name), 'Cardinal Farrell', 'Kevin Farrell'
    and 'Farrell' (Expansión) are one speaker (corpus_names.untitled; before: four names)."""
    names = {a: n for a, n in names_of(result, "farrell").items() if a != "pope-es-eluniverso"}
    assert len(names) >= 7 and set(names.values()) == {"Kevin Farrell"}


def test_marc_alone_is_marc_marquez_where_the_article_writes_marquez(result):
    """MDZ: "Márquez completó el trazado ..." then "Marc dijo: «...»": the article ties the first name to the
    corpus's one Marc Márquez (before: a speaker "Marc")."""
    names = names_of(result, "marc")
    assert names["motogp-es-mdzol"] == names["motogp-en-crash"] == names["motogp-es-dailysupercars"] == "Marc Marquez"


def test_negative_the_brothers_marc_and_alex_marquez_stay_two_speakers(result):
    marc, alex = set(names_of(result, "marc").values()), set(names_of(result, "alex").values())
    assert marc and alex and not marc & alex
    assert "Álex Márquez" in alex and "Marc Marquez" in marc


def test_the_same_quotation_links_the_outlets_that_carry_it(result):
    """Farrell's first two sentences (KLIF, Daily News, NBC) and Marc Márquez's "Super happy to equal Angel Nieto"
    (Speedcafe, Al Jazeera, Rediff) are shared quotes; an echo inside a longer quotation of its article is quoted
    there, with that article's speaker (before: not quoted, no speaker)."""
    shared = {s["text"][:30]: s for s in sorted(result["shared_quotes"], key=lambda s: -len(s["text"]))}
    for opening in ("Dearest brothers and sisters, ", "At 7:35 this morning, the Bish"):
        assert {"pope-en-klif", "pope-en-thuysanplus", "pope-en-nbcnewyork"} <= set(shared[opening]["articles"])
    nieto = shared["Super happy to equal Angel Nie"]
    echoes = {e["article"]: e for e in nieto["echoes"]}
    assert set(echoes) == {"motogp-en-speedcafe", "motogp-en-aljazeera", "motogp-en-rediff"}
    assert all(e["quoted"] for e in echoes.values())
    assert echoes["motogp-en-rediff"]["speaker"] == echoes["motogp-en-aljazeera"]["speaker"] == "Marc Marquez"
    assert nieto["speaker"] == "Marc Marquez"  # two of its three articles' name, not Speedcafe's "Marc" (before)


def test_quotations_cut_differently_are_linked_by_the_run_they_share(result):
    """Daily News' '... the Lord and his Church' and the others' '... the Lord and of his Church'; Daily Stori's
    '... especially for the poorest ...' and NBC's '... especially in favor of the poorest ...': neither quotation is
    whole in the other; the run of words they share links them (quote_overlaps; before: not linked)."""
    runs = {s["text"]: set(s["articles"]) for s in result["shared_quotes"]}
    assert runs["His entire life was dedicated to the service of the Lord and"] == {
        "pope-en-thuysanplus", "pope-en-dailystori", "pope-en-nbcnewyork"
    }  # fmt: skip
    assert {"pope-en-dailystori", "pope-en-nbcnewyork"} in [
        articles for text, articles in runs.items() if text.startswith("He taught us to live the values")
    ]


def test_per_outlet_lists_join_an_outlets_articles_of_two_stories(result):
    lasexta = next(s for s in result["sources"] if s["source"] == "laSexta")
    assert {"Pedro Sánchez", "Álex Márquez"} <= {s["speaker"] for s in lasexta["speakers"]}
    olive = next(s for s in result["sources"] if s["source"] == "The Olive Press")
    assert [s["speaker"] for s in olive["speakers"]] == ["Pedro Sánchez"]


def test_roles_of_the_officials(result):
    for pid in ("sanchez", "prieto"):
        found = {q["role"] for q in result["quotes"] if person_of(q["article"], q["speaker"]) == pid}
        assert found == {"government"}, (pid, found)


def test_the_library_gives_the_cli_speakers():
    from analysis.corpus.loading import load_path
    from analysis.sources.quotes import extract
    from analysis.text import build

    quotes = extract(build(load_path(DATA).articles))
    assert {(q.article, q.speaker) for q in quotes} >= {
        ("pope-es-expansion", "Kevin Farrell"),
        ("motogp-es-mdzol", "Marc Marquez"),
        ("blackout-en-olivepress", "Pedro Sánchez"),
    }


# ---- what does not agree (xfail rows, with the reason) ----

SPEAKER_MISSES = [
    pytest.param(
        "farrell",
        "pope-es-eluniverso",
        "Kevin Farrell",
        id="farrel-misspelled",
        marks=pytest.mark.xfail(
            strict=True,
            reason="El Universo spells him 'Kevin Joseph Farrel', 'Farrel': a surname one letter shorter is "
            "another surname to the tool (Farrel and Farrell are both real); unifying near spellings would join people",
        ),
    ),
    pytest.param(
        "marc",
        "motogp-en-speedcafe",
        "Marc Marquez",
        id="speedcafe-marc",
        marks=pytest.mark.xfail(
            strict=True,
            reason="Speedcafe's excerpt writes only 'Marc' and 'Alex', never Márquez: nothing in the "
            "article ties them to the Márquez of other articles (only the story does)",
        ),
    ),
    pytest.param(
        "alex",
        "motogp-en-speedcafe",
        "Álex Márquez",
        id="speedcafe-alex",
        marks=pytest.mark.xfail(strict=True, reason="as speedcafe-marc: 'said Alex', no surname written"),
    ),
    pytest.param(
        "farrell",
        "pope-en-klif",
        "Kevin Farrell",
        id="klif-shared-solemnly",
        marks=pytest.mark.xfail(
            strict=True,
            reason="per article: '“...,” Cardinal Farrell shared solemnly': 'shared' is no verb of saying (tried as one "
            "in session 18: held-out7 and held-out14 each gained a wrong indirect statement, no set a right one)",
        ),
    ),
    pytest.param(
        "farrell",
        "pope-es-sondeolatino",
        "Kevin Farrell",
        id="sondeo-palabras-del-cardenal",  # a miss until session 18: '“...”, fueron las palabras del cardenal
        # Farrell' was not read as an attribution (around._owner_title: the owner's title between "del" and the name)
    ),
    pytest.param(
        "farrell",
        "pope-en-nbcnewyork",
        "Kevin Farrell",
        id="nbc-translated-into-english",
        marks=pytest.mark.xfail(
            strict=True,
            reason="per article: 'This is the statement translated into English: "
            "“...”' reads 'English' as the speaker of the Vatican's statement quoting Farrell",
        ),
    ),
    pytest.param(
        "marc",
        "motogp-es-clarin",
        "Marc Marquez",
        id="clarin-lider-del-campeonato",
        marks=pytest.mark.xfail(
            strict=True,
            reason="per article: 'el líder del campeonato, con puntaje ideal, "
            "comentó: “...”' (a title of no named person in the excerpt): no statement",
        ),
    ),
    pytest.param(
        "alex",
        "motogp-es-clarin",
        "Álex Márquez",
        id="clarin-hermano-menor",
        marks=pytest.mark.xfail(
            strict=True, reason="per article: 'estaba su hermano menor, feliz ...: “...”': no verb of saying"
        ),
    ),
    pytest.param(
        "alex",
        "motogp-en-sportsreview",
        "Álex Márquez",
        id="sportsreview-in-his-words",
        marks=pytest.mark.xfail(
            strict=True,
            reason="per article: 'in the Gresini Ducati man’s words, “...”' is not "
            "read; 'Factory Ducati' is given Marc's statement",
        ),
    ),
    pytest.param(
        "alex",
        "motogp-es-lasexta",
        "Álex Márquez",
        id="lasexta-pequeno-de-los-marquez",
        marks=pytest.mark.xfail(
            strict=False,
            reason="per article: found ('la tensión' as the mention), kept as a row "
            "with 'dominio', a word read as a speaker of 'solo ha podido hacer sobra su hermano Álex'",
        ),
    ),
]


@pytest.mark.parametrize(("pid", "article", "name"), SPEAKER_MISSES)
def test_speaker_misses(result, pid, article, name):
    wrong = {
        q["speaker"] for q in result["quotes"] if q["article"] == article and person_of(article, q["speaker"]) is None
    }
    assert names_of(result, pid).get(article) == name and not wrong


def test_wrong_speakers_of_one_article_elespanol(result):
    """Asserted as the misses they are (per article): El Español gives Sánchez's quotation after 'El presidente
    aseguró que' and the Galician spokesman's to Alfonso Rueda, named after them."""
    wrong = [
        q
        for q in result["quotes"]
        if q["article"] == "blackout-es-elespanol-primera" and q["speaker"] == "Alfonso Rueda"
    ]
    if wrong:
        pytest.xfail(
            "per article: 'El presidente aseguró que «...»' and 'explicaba un portavoz de presidencia' read as "
            "Alfonso Rueda, the 'presidente de la Xunta' named in the next paragraph"
        )


ROLE_MISSES = [
    pytest.param(
        "farrell",
        id="farrell-age-witness",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'Cardinal Kevin Farrell, 77, confirmed': an age written with a name reads as a witness (persons._role), and "
                "the corpus gives that role to every article where no cue names his (no cue word for 'cardinal', "
                "'camerlengo', 'camarlengo'; lexicon, per article)"
            ),
        ),
    ),
    # 'Father Michael Collins': 'father' was a kin word of the witness role; a priest's title since roles17
    # (lexicon clergy_titles)
    pytest.param("collins", id="collins-father-kin"),
    # 'informó el portal Público', 'Según el portal católico Aleteia': 'portal' was no media cue until session 18
    pytest.param("publico", id="publico-portal"),
    pytest.param("aleteia", id="aleteia-portal"),
]


@pytest.mark.parametrize("pid", ROLE_MISSES)
def test_role_misses(result, pid):
    found = {q["role"] for q in result["quotes"] if person_of(q["article"], q["speaker"]) == pid}
    assert found and found <= set(PERSONS[pid]["accepted"]), found


def _miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


SHARED_MISSES = [
    pytest.param(
        4,
        "Queridos hermanos y hermanas",
        id="es-opening",  # a miss until session 18: Sondeo Latino's quotation ('“...”, fueron las palabras del
        # cardenal Farrell') was not read, so the run it shares with El Diario's was not looked for
    ),
    pytest.param(
        5,
        "el obispo de Roma, Francisco, volvió",
        id="afp-es-time-note",
        marks=_miss(
            "per article: Expansión's quotation ('\"Esta mañana a las 07:35 (23:35 del domingo), el obispo de Roma, "
            "...\", señaló en un comunicado', its subject in the sentence before) is not read; Noticias Caracol's is"
        ),
    ),
    pytest.param(
        6,
        "no descartamos ninguna hipótesis",
        id="cut-differently",
        marks=_miss(
            "El Español and laSexta quote 'no descartamos ninguna hipótesis' inside two different longer quotations: "
            "neither is whole in the other, and 4 words are fewer than a run links (shared_min_run 8)"
        ),
    ),
    pytest.param(
        7,
        "no se descarta ninguna hipótesis",
        id="unread-quotation",
        marks=_miss(
            "per article: El Español's 'De momento, \"no se descarta ninguna hipótesis\".' has no attribution in its "
            "sentence and is not read; Cuscatlán Hoy's same words are an indirect statement"
        ),
    ),
]


@pytest.mark.parametrize(("group", "words"), SHARED_MISSES)
def test_shared_quote_misses(result, group, words):
    judged = JUDGED["shared_quotes"][group]
    assert any(words.lower() in w.lower() for w in judged["articles"].values())  # the row is the judged group
    _, _, missed = shared_pairs(result)
    assert not [pair for n, pair in missed if n == group]
