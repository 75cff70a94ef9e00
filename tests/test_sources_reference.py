"""Issue 23's speed work changed how names and shared quotes are computed, not what: this file keeps the
former implementations as the reference and compares them with the current ones on real text (every
hand-gathered excerpt of tests/data and the seeds) and on a synthetic corpus with shared quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pytest

from analysis.bench.synthetic import generate
from analysis.config import settings
from analysis.corpus.records import Article
from analysis.report.shared_quotes import Echo, SharedQuote, _passage_spans, shared_quotes
from analysis.similarity.passages import Reuse, build_index, corpus_reuse, shingle_hashes
from analysis.sources import capitals, name_descriptions, names
from analysis.sources.lexicon import fold, lexicon
from analysis.sources.quotes import Quote, extract
from analysis.text import ABBREVIATIONS, TextCorpus, build
from tests.test_places_reference import real_texts


def _name_pattern_reference(language: str) -> re.Pattern[str]:
    """The former pattern: the characters before a run checked first, at every position of the text."""
    connectors = "|".join(re.escape(c) for c in sorted(lexicon(language).connectors, key=len, reverse=True))
    capword = capitals.CAPWORD
    return re.compile(rf"(?<![\w'’-]){capword}(?:(?:[ \t]+(?:{connectors}))?[ \t]+{capword}|-{capword})*(?![\w'’-])")


def _before_reference(text: str, start: int, language: str) -> str:
    head = text[max(0, start - 120) : start]
    # read17 rule: a word of address with its point after an apposed title's comma ("State, Mr. Abdulallahi Sule")
    honorific = re.search(r",\s*(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.\s+$", head)
    head = head[: honorific.start() + 1] + " " if honorific else head
    # session 19 and roles22 rules: an acting office's mark or an acronym in parentheses between a title and the name
    # ("la alcaldesa (e) Lourdes Peña", "del Partido de Avanzada Nacional (PAN) Manuel Conde"), and an acronym or the
    # body named again before the comma ("Universidad X (UNMSM), Ana Ruiz", "(el banco central de Colombia), Rodrigo")
    marker = name_descriptions.RE_INTERIM_END.search(head) if head.endswith(") ") else None
    head = head[: marker.start()] + " " if marker else head
    bare = head.rstrip()
    aside = name_descriptions.RE_ACRONYM_END.search(bare[:-1].rstrip()) if bare.endswith("),") else None
    head = bare[:-1].rstrip()[: aside.start()] + ", " if aside else head
    listed = re.search(r"[^\W\d]+\s*:\s*$", head) and name_descriptions.RE_BODY_LIST_END.search(head.rstrip()[:-1].split(",")[-1])
    head = re.sub(r"\s*[,:]\s*$", "", head) if re.search(r"[^\W\d]+\s*,\s*$", head) or listed else head
    parts = re.split(r"([.;:!?\n«»\"“”()]|,(?=[^,]*$))", head)
    piece, at = parts[-1], len(parts) - 1
    abbreviated = lexicon(language).abbreviated_titles
    while at >= 2 and parts[at - 1] == "." and fold("".join(parts[at - 2].split()[-1:]) + ".") in abbreviated:
        # roles17 rule: the point of a title's abbreviation ("Fire Department Capt. Dave Lauchner") breaks no title
        piece, at = parts[at - 2] + "." + piece, at - 2
    if name_descriptions.RE_BODY_LIST_END.fullmatch(piece):  # held-out4 rule: a body's list after a title ("de X, Y y Z, Ana")
        items = head.split(",")
        while len(items) > 1 and name_descriptions.RE_BODY_LIST_ITEM.fullmatch(items[-1]):
            items.pop()
        title = re.split(r"[.;:!?\n«»\"“”()]|,(?=[^,]*$)", ",".join(items))[-1]
        piece = title + " " + ",".join(head.split(",")[len(items) :]).strip()
    lex = lexicon(language)
    verbs = [] if lex.verb_words.isdisjoint(piece.lower().split()) else [m.end() for m in lex.verb.finditer(piece)]
    cut = max(verbs + [m.end() for m in name_descriptions.RE_THAT.finditer(piece)] + [0])
    return " ".join(piece[cut:].split()[-name_descriptions.DESCRIPTION_WORDS :])


def _name_runs_reference(text: str, language: str) -> list[tuple[str, int, int, str, str]]:
    """(name, start, end, title, description) of every run, as the former ``name_runs`` read them."""
    found = []
    for match in _name_pattern_reference(language).finditer(text):
        at, word = match.start(), match.group()
        if (
            language == "en"
            and word.endswith("ing")
            and " " not in word
            and names.RE_PARTICIPLE_OPENING.match(text, match.end())
            and (at == 0 or text[at - 2 : at] in (". ", "? ", "! ") or text[at - 1] == "\n")
        ):
            continue  # read14 rule (session 20): "Responding to a question, ...": a participle opening a sentence
        trimmed = names._trim(match.group(), match.start(), language)
        if trimmed is None:
            continue
        run, a, b = trimmed
        if re.search(r"(?:^|\s)[A-ZÁÉÍÓÚÑ]\w{1,2}\.$", run) and run.split()[-1][:-1].lower() not in ABBREVIATIONS:
            run, b = run[:-1], b - 1  # held-out4 rule: "preguntó Gil. Todos": the point is the sentence's
        name, title = names._strip_title(run, language)
        office = 0 if title else names._office_end(run, language)
        if office:  # held-out6 rule: "el ministro de Educación Edgar Pary": the office's words, then the person
            name, a = run[office:], a + office
        if not name or name.lower() == name:
            continue
        article = text[max(match.start(), a - 4) : a]  # session 20: "según diario El Mundo" keeps its article
        if (
            not title
            and not office
            and article in names.NAME_ARTICLES
            and names.RE_MID_SENTENCE.search(text, max(0, a - len(article) - 3), a - len(article))
            and not names.gazetteer().candidates(article + run)
            and not names.gazetteer().candidates(name)
        ):
            name, a = article + name, a - len(article)
        acronym = names.RE_ACRONYM.match(text, b)
        if acronym and set(fold(name).split()) & names.CONNECTORS:
            name = acronym.group(1)
        parts = (_before_reference(text, a, language), title, name_descriptions._after(text, b, language), text[a:b])
        found.append((name, a, b, title, " ".join(p for p in parts if p)))
    return found


# A comma after a name's title, spaces and line ends around it, digits and initials: where _before and the
# runs' first capital are read.
EDGES = [
    "El vocero del Kremlin , Dmitri Peskov, dijo. El 3 , Juan Pérez habló. Así,\n Ana Ruiz. T.S. Ellis y Gov. Josh Green.",
    "l'Élysée, D'Artagnan, x-Ray Davies, O’Brien y McDonald; _Ana Ruiz; 3Ana Ruiz; «Ana Ruiz», —Luis Gil—.",
]


@pytest.mark.parametrize("language", ["es", "en"])
def test_name_runs_are_the_former_ones_on_real_text(language: str) -> None:
    checked = 0
    for text, lang in real_texts() + [(t, language) for t in EDGES]:
        lang = lang if lang in ("es", "en") else language
        runs = names.name_runs(text, lang)
        assert [(r.name, r.start, r.end, r.title, r.description) for r in runs] == _name_runs_reference(text, lang)
        # The runs of several words (what a surname is read from, analysis/sources/placenames.py) are all there.
        several = names.name_runs(text, lang, several_words=True)
        assert [(r.name, r.start, r.end) for r in several if len(r.name.split()) > 1] == [
            (r.name, r.start, r.end) for r in runs if len(r.name.split()) > 1
        ]
        checked += len(runs)
    assert checked > 2000


def _shared_quotes_reference(
    text: TextCorpus, quotes: Sequence[Quote], *, reuses: Sequence[Reuse] | None = None
) -> list[SharedQuote]:
    """The former search: every quote's tokens found one by one, every matching window compared in Python."""
    k = settings().sources.shared_min_words
    index = {doc.id: n for n, doc in enumerate(text.docs)}
    wanted: dict[tuple[int, ...], list[Quote]] = {}
    for quote in quotes:
        if not quote.direct or quote.article not in index:
            continue
        n = index[quote.article]
        starts = text.docs[n].starts
        lo, hi = np.searchsorted(starts, quote.start), np.searchsorted(starts, quote.end)
        key = tuple(text.stem_codes.of(n)[lo:hi].tolist())
        if len(key) >= k:
            wanted.setdefault(key, []).append(quote)
    if not wanted:
        return []
    firsts: dict[int, list[tuple[int, ...]]] = {}
    for key in wanted:
        firsts.setdefault(int(shingle_hashes(np.asarray(key[:k], dtype=np.int64), k)[0]), []).append(key)
    targets = np.fromiter(firsts, dtype=np.uint64, count=len(firsts))
    found: dict[tuple[int, ...], list[tuple[int, int]]] = {}
    codes, offsets = text.stem_codes.codes, text.stem_codes.offsets
    hashes = shingle_hashes(codes, k)
    for at in np.flatnonzero(np.isin(hashes, targets)).tolist():
        n = int(np.searchsorted(offsets, at, side="right")) - 1
        local = at - int(offsets[n])
        for key in firsts[int(hashes[at])]:
            if at + len(key) <= offsets[n + 1] and tuple(codes[at : at + len(key)].tolist()) == key:
                found.setdefault(key, []).append((n, local))
    passages = _passage_spans(reuses)
    shared = []
    for key, places in found.items():
        if len({n for n, _ in places}) < 2:
            continue
        quoting = wanted[key]
        by_article = {q.article: q for q in quoting}
        first = min(quoting, key=lambda q: (index[q.article], q.start))
        echoes = []
        for n, at in places:
            doc = text.docs[n]
            start, end = int(doc.starts[at]), int(doc.spans[at + len(key) - 1][1])
            own = next(  # any direct quotation of that article the words open in (sources_real), in text order
                (q for q in sorted(quotes, key=lambda q: q.start) if q.direct and q.article == doc.id and q.start <= start < q.end + 1),
                None,
            )
            inside = any(
                a <= start and end <= b
                for other in by_article
                if other != doc.id
                for a, b in passages.get((doc.id, other), ())
            )
            echoes.append(Echo(doc.id, start, end, own is not None, own.speaker if own else None, inside))
        named = [e.speaker for e in echoes if e.speaker is not None]  # the speaker most quoting articles give
        speaker = max(named, key=lambda n: (named.count(n), len(n.split()), n == first.speaker)) if named else first.speaker
        shared.append(SharedQuote(first.text, speaker, tuple(echoes)))
    return sorted(shared, key=lambda s: (-len(s.articles), s.text))


def test_shared_quotes_are_the_former_ones() -> None:
    from analysis.corpus.loading import load_path

    seeds = build(load_path("seeds").articles)
    synthetic = build(list(generate(400, seed=23).articles))
    # A quote written again with its words in another case and accents, and cut by a line break.
    same = [
        Article("a", "El ministro dijo: «No aceptaremos ninguna injerencia extranjera en el país».", language="es"),
        Article("b", "Según el ministro, NO ACEPTARÁN ninguna injerencia\nextranjera en el país.", language="es"),
        Article("c", "«No aceptaremos ninguna injerencia», repitió el ministro, Luis Gil.", language="es"),
    ]
    compared = 0
    for text in (seeds, synthetic, build(same)):
        quotes = extract(text)
        for reuses in (None, corpus_reuse(build_index(text))):
            current = shared_quotes(text, quotes, reuses=reuses, runs=False)  # the whole-words search
            assert current == _shared_quotes_reference(text, quotes, reuses=reuses)
            compared += len(current)
    assert compared > 20
