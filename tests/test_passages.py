"""Shared passages: the seeds' reused paragraph, alignment through edits, set phrases, boilerplate, shares."""

from __future__ import annotations

import random

import pytest

from analysis.config import settings
from analysis.corpus.records import Article
from analysis.similarity.passages import build_index, candidate_pairs, corpus_reuse, shared_passages
from analysis.text import TextCorpus, build

# Sentences of our own (not from the seeds), long enough to share several 5-word shingles.
SHARED = [
    "El ministro de Economía anunció este martes un paquete de medidas para contener la inflación de los alimentos.",
    "Según el comunicado oficial, las medidas incluyen un congelamiento temporal de los precios durante seis meses.",
    "La oposición criticó el anuncio y calificó las medidas de insuficientes frente a la crisis de las familias.",
    "El Banco Central, por su parte, elevó la tasa de interés de referencia en medio punto porcentual.",
    "Analistas consultados por esta agencia estiman que la inflación podría moderarse en el segundo semestre.",
    "Las fuerzas de EE.UU. llegaron a la costa el lunes por la mañana, según confirmó el Sr. Pérez a la prensa local.",
]
OTHER = [
    "Mientras tanto, en la capital, cientos de personas marcharon para exigir aumentos salariales al gobierno.",
    "El pronóstico anuncia lluvias intensas en el norte del país durante todo el fin de semana largo.",
    "Un incendio forestal obligó a evacuar tres pueblos de montaña en la madrugada del domingo pasado.",
]


def pair_index(a: str, b: str, language: str = "es"):
    return build_index(build([Article("a", a, language=language), Article("b", b, language=language)]))


def aligned(reuse) -> set[tuple[str, str]]:
    return {(p.a_text, p.b_text) for p in reuse.passages}


def test_seeds_000_001_share_the_paragraph_on_gil_receiving_the_ambassador(seeds_text: TextCorpus):
    index = build_index(seeds_text)
    assert (candidate_pairs(index).loc[0, "a"][:3], candidate_pairs(index).loc[0, "b"][:3]) == ("000", "001")
    reuse = shared_passages(index, 0, 1)
    gil = [p for p in reuse.passages if "Yván Gil recibió al embajador de la Federación de Rusia" in p.a_text]
    assert len(gil) == 1
    assert "Mélik-Bagdasárov" in gil[0].a_text and "firme mensaje de solidaridad" in gil[0].a_text
    assert "el canciller Yván Gil recibió al embajador ruso Sergey Mélik-Bagdasárov" in gil[0].b_text
    assert "firme mensaje de solidaridad del gobierno de Vladimir Putin" in gil[0].b_text  # the split second half
    assert 0.2 < gil[0].score < 0.6  # a rewrite keeping fragments, not a copy
    assert 0.0 < reuse.a_reused_share < 0.5 and 0.0 < reuse.b_reused_share < 0.5


def test_seed_pairs_without_shared_text_have_no_passage(seeds_text: TextCorpus):
    index = build_index(seeds_text)
    # 000 and 002 share only the title-and-name phrase "la presidenta encargada de Venezuela, Delcy Rodríguez".
    for i, j in [(0, 2), (2, 4), (3, 4), (1, 3)]:
        reuse = shared_passages(index, i, j)
        assert reuse.passages == () and reuse.a_reused_share == reuse.b_reused_share == 0.0


def edited(order: list[int], extra: list[int]) -> str:
    """Article b: SHARED sentences in ``order``, with OTHER sentences inserted after positions in ``extra``."""
    sentences = []
    for position, n in enumerate(order):
        sentences.append(SHARED[n])
        if position in extra:
            sentences.append(OTHER[extra.index(position)])
    return " ".join(sentences)


@pytest.mark.parametrize(
    ("order", "extra"),
    [
        ([0, 1, 2, 3, 4, 5], []),
        ([5, 4, 3, 2, 1, 0], []),
        ([0, 1, 2, 3, 4, 5], [0, 2, 4]),
        ([0, 2, 4], []),
        ([3, 0, 5, 1], [1, 2]),
    ],
    ids=["same-order", "reversed", "inserted", "dropped", "dropped-reordered-inserted"],
)
def test_alignment_survives_inserted_dropped_and_reordered_sentences(order: list[int], extra: list[int]):
    a = " ".join(SHARED)
    b = edited(order, extra)
    reuse = shared_passages(pair_index(a, b), 0, 1)
    # Sentences that follow each other on both sides (nothing inserted, none moved) are one passage.
    runs: list[list[int]] = []
    for position, n in enumerate(order):
        if runs and n == runs[-1][-1] + 1 and position - 1 not in extra:
            runs[-1].append(n)
        else:
            runs.append([n])
    assert aligned(reuse) == {(" ".join(SHARED[n] for n in run),) * 2 for run in runs}
    assert all(p.score == 1.0 for p in reuse.passages)
    words = [len(build([Article("x", s, language="es")]).docs[0].tokens) for s in SHARED + OTHER]
    reused = sum(words[n] for n in order)
    assert reuse.a_reused_share == pytest.approx(reused / sum(words[: len(SHARED)]))
    assert reuse.b_reused_share == pytest.approx(
        reused / (reused + sum(words[len(SHARED) + i] for i in range(len(extra))))
    )


def test_a_copied_paragraph_is_one_passage_and_paragraph_breaks_keep_passages_apart():
    paragraph = " ".join(SHARED[:3])
    copied = shared_passages(pair_index(f"{OTHER[0]}\n\n{paragraph}", f"{paragraph}\n\n{OTHER[1]}"), 0, 1)
    assert aligned(copied) == {(paragraph, paragraph)} and copied.passages[0].score == 1.0
    assert len(copied.passages[0].a_spans) == 3  # its three sentences, each highlighted
    # The same sentences as three paragraphs stay three passages, one per paragraph.
    split = shared_passages(pair_index("\n\n".join(SHARED[:3]), "\n".join(SHARED[:3])), 0, 1)
    assert aligned(split) == {(s, s) for s in SHARED[:3]}
    # Two copied sentences with one of a's own sentences between them are two passages.
    apart = shared_passages(pair_index(" ".join([SHARED[0], OTHER[2], SHARED[1]]), " ".join(SHARED[:2])), 0, 1)
    assert aligned(apart) == {(SHARED[0], SHARED[0]), (SHARED[1], SHARED[1])}


def test_alignment_is_the_same_both_ways_and_with_paragraph_breaks():
    a = "\n\n".join(SHARED[:4])
    b = " ".join([OTHER[0], SHARED[2], SHARED[0]])
    forward = shared_passages(pair_index(a, b), 0, 1)
    backward = shared_passages(pair_index(b, a), 0, 1)
    assert (
        aligned(forward)
        == {(b_, a_) for a_, b_ in aligned(backward)}
        == {(SHARED[0], SHARED[0]), (SHARED[2], SHARED[2])}
    )


@pytest.mark.parametrize(
    ("original", "rewritten"),
    [
        (
            "El ministro de Economía anunció este martes un paquete de medidas para contener la inflación de los alimentos.",
            "El ministro de Economía anunció el martes un amplio paquete de medidas para contener la inflación de los alimentos básicos.",
        ),
        (
            "The central bank raised its benchmark interest rate by half a point on Tuesday to curb food inflation.",
            "On Tuesday the central bank raised its benchmark interest rate by half a point to curb food inflation.",
        ),
    ],
    ids=["spanish-words-changed", "english-clause-moved"],
)
def test_near_verbatim_sentences_align_with_a_score_below_one(original: str, rewritten: str):
    language = "en" if original.startswith("The") else "es"
    reuse = shared_passages(pair_index(f"{OTHER[0]} {original}", f"{rewritten} {OTHER[2]}", language), 0, 1)
    assert aligned(reuse) == {(original, rewritten)}
    assert 0.6 < reuse.passages[0].score < 1.0


def test_a_sentence_split_in_two_is_one_passage():
    a = (
        "El canciller recibió al embajador de la República de Chile en la sede del ministerio, "
        "quien transmitió un firme mensaje de apoyo del gobierno de su país tras las inundaciones."
    )
    b = (
        "En una reunión breve, el canciller recibió al embajador de la República de Chile en la sede. "
        "El diplomático transmitió un firme mensaje de apoyo del gobierno chileno a las víctimas."
    )
    reuse = shared_passages(pair_index(a, b), 0, 1)
    assert len(reuse.passages) == 1
    assert len(reuse.passages[0].b_spans) == 2 and reuse.passages[0].b_text == b


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "La reunión terminó sin acuerdo, dijo la presidenta encargada de Venezuela, Delcy Rodríguez, a la prensa.",
            "Los periodistas esperaron horas antes de que llegara la presidenta encargada de Venezuela, Delcy Rodríguez.",
        ),
        (
            "Los precios del petróleo subieron con fuerza el pasado 3 de enero tras el anuncio de la OPEP.",
            "Miles de personas salieron a las calles el pasado 3 de enero para protestar contra el gobierno.",
        ),
        (" ".join(SHARED[:2]), " ".join(OTHER)),
    ],
    ids=["title-and-name", "date-phrase", "unrelated"],
)
def test_a_shared_set_phrase_is_not_a_passage(a: str, b: str):
    assert shared_passages(pair_index(a, b), 0, 1).passages == ()


def test_short_sentence_copied_whole_is_a_passage():
    short = "La votación quedó aplazada hasta el jueves."
    reuse = shared_passages(pair_index(f"{OTHER[0]} {short}", f"{short} {OTHER[1]}"), 0, 1)
    assert aligned(reuse) == {(short, short)}


def test_candidate_pairs_come_from_shared_shingles_and_skip_boilerplate(settings_override):
    footer = "Con información de la agencia EFE y de otras fuentes consultadas."
    texts = [f"{OTHER[0]} {SHARED[0]} {footer}", f"{SHARED[0]} {OTHER[1]} {footer}", f"{OTHER[2]} {footer}", footer]
    text = build([Article(f"t{n}", t, language="es") for n, t in enumerate(texts)])
    proposed = candidate_pairs(build_index(text))
    assert set(zip(proposed["i"], proposed["j"])) == {(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)}
    settings_override(passages={"max_df": 2})
    proposed = candidate_pairs(build_index(text))
    assert list(zip(proposed["i"], proposed["j"])) == [(0, 1)]  # the footer is in all four: boilerplate
    assert [(r.a, r.b) for r in corpus_reuse(build_index(text))] == [("t0", "t1")]


def test_corpus_reuse_finds_every_copied_pair_among_many():
    rng = random.Random(7)
    pool = SHARED + OTHER
    texts = [" ".join(rng.sample(OTHER, 2)) + f" Artículo número {n} sin texto en común con otros." for n in range(30)]
    texts[4] += " " + SHARED[0] + " " + SHARED[3]
    texts[17] += " " + SHARED[3] + " " + SHARED[0]
    texts[25] += " " + pool[1]
    text = build([Article(f"t{n:02d}", t, language="es") for n, t in enumerate(texts)])
    found = corpus_reuse(build_index(text))
    assert [(r.a, r.b) for r in found if any(SHARED[0] == p.a_text for p in r.passages)] == [("t04", "t17")]
    assert all(len(p.a_text.split()) >= 5 for r in found for p in r.passages)


def test_unknown_id_and_tiny_articles():
    index = pair_index("Hola.", "Hola.")
    assert shared_passages(index, 0, 1).passages == ()  # under one shingle: nothing to compare
    with pytest.raises(ValueError, match="no article with id 'zz'"):
        index.position("zz")


@pytest.mark.parametrize(
    "sentence",
    [
        "Las fuerzas de EE.UU. llegaron a la costa el lunes por la mañana, según confirmó la prensa local.",
        "El Sr. Pérez y la Dra. Gómez firmaron el acuerdo con J. M. Rodríguez ante el notario del pueblo.",
        "El artículo núm. 5 de la ley fue modificado por el Congreso tras una larga sesión nocturna.",
    ],
    ids=["EE.UU.", "Sr.-Dra.-initials", "núm."],
)
def test_passages_keep_abbreviations_inside_their_sentence(sentence: str):
    reuse = shared_passages(pair_index(f"{OTHER[0]} {sentence}", f"{sentence} {OTHER[1]}"), 0, 1)
    assert aligned(reuse) == {(sentence, sentence)}


def test_a_copied_stretch_inside_long_unpunctuated_text_is_found():
    stretch = "el gobierno anunció un plan de inversiones en puertos y carreteras por valor de dos mil millones"

    def run_on(sentences: list[str]) -> str:  # one "sentence" of ~100 words: no full stop, no capital
        return " y ".join(x.rstrip(".").lower() for x in sentences)

    a = f"{run_on(OTHER + SHARED[:2])} y además {stretch}."
    b = f"{run_on(SHARED[2:5])} mientras {stretch} con apoyo de los bancos regionales."
    reuse = shared_passages(pair_index(a, b), 0, 1)
    assert len(reuse.passages) == 1 and (reuse.passages[0].a_text, reuse.passages[0].b_text) == (a, b)
    assert reuse.passages[0].score < settings().passages.min_score  # the stretch is a small part of two long sentences


def _candidate_matrix_reference(every, ends):  # type: ignore[no-untyped-def]
    """passages._candidate_matrix as it was: every hash of a group numbered by ``pd.factorize`` (the reference the
    tests compare it with)."""
    import numpy as np
    import pandas as pd
    from scipy import sparse

    from analysis.similarity.passages import HASH_GROUP_BITS

    n = len(ends) - 1
    again_anywhere = np.zeros(len(every), dtype=bool)
    if not n:
        return sparse.csr_matrix((0, 0), dtype=np.int32), again_anywhere
    max_df = settings().passages.max_df
    rows = np.repeat(np.arange(n, dtype=np.int32), np.diff(ends))
    group = (every >> np.uint64(64 - HASH_GROUP_BITS)).astype(np.uint8)
    kept_rows, kept_columns, width = [], [], 0
    for g in range(2**HASH_GROUP_BITS):
        chosen = np.flatnonzero(group == g)
        columns, _ = pd.factorize(every[chosen])
        again = np.bincount(columns)[columns] >= 2
        again_anywhere[chosen[again]] = True
        cells = np.sort(columns[again] * n + rows[chosen][again])
        width_of_group = int(columns.max()) + 1 if len(columns) else 0
        cells = cells[np.diff(cells, prepend=-1) != 0]
        column, row = cells // n, cells % n
        df = np.bincount(column, minlength=width_of_group)
        useful = (df >= 2) & (df <= max_df)
        keep = useful[column]
        kept_rows.append(row[keep])
        kept_columns.append((np.cumsum(useful) - 1)[column[keep]] + width)
        width += int(useful.sum())
    row, column = np.concatenate(kept_rows), np.concatenate(kept_columns)
    return sparse.csr_matrix((np.ones(len(row), dtype=np.int32), (row, column)), shape=(n, width)), again_anywhere


def _same_candidates(every, ends) -> bool:  # type: ignore[no-untyped-def]
    from analysis.similarity.passages import _candidate_matrix

    (mine, again), (reference, again_reference) = (
        _candidate_matrix(every, ends),
        _candidate_matrix_reference(every, ends),
    )
    return (
        mine.shape == reference.shape
        and mine.indices.dtype == reference.indices.dtype
        and mine.indptr.tobytes() == reference.indptr.tobytes()
        and mine.indices.tobytes() == reference.indices.tobytes()  # the same columns' numbers, in the same order
        and mine.data.tobytes() == reference.data.tobytes()
        and again.tobytes() == again_reference.tobytes()
    )


@pytest.mark.parametrize("seed", range(8))
def test_candidate_matrix_from_a_sort_is_the_hash_table_one(seed: int, settings_override) -> None:  # type: ignore[no-untyped-def]
    # Few distinct hashes (so many are found twice, in one article or several, some past max_df) spread over
    # every hash group (top bits), articles of every length including none.
    import numpy as np

    settings_override(passages={"max_df": 4})
    rng = np.random.default_rng(seed)
    values = rng.integers(0, 2**64, size=40, dtype=np.uint64, endpoint=False)
    every = rng.choice(values, size=300)
    cuts = np.sort(rng.integers(0, 301, size=20))
    ends = np.concatenate([[0], cuts, [300]]).astype(np.int64)
    assert _same_candidates(every, ends)


def test_candidate_matrix_from_a_sort_on_the_seeds(seeds_text: TextCorpus) -> None:
    import numpy as np

    from analysis.similarity.passages import _corpus_hashes

    k = settings().passages.shingle_size
    codes = seeds_text.stem_codes
    doubled = np.concatenate([codes.codes, codes.codes])  # every article twice: every shingle repeated
    offsets = np.concatenate([codes.offsets, codes.offsets[1:] + codes.offsets[-1]])
    ends = np.zeros(len(offsets), dtype=np.int64)
    np.cumsum(np.maximum(np.diff(offsets) - k + 1, 0), out=ends[1:])
    assert _same_candidates(_corpus_hashes(doubled, offsets, ends, k), ends)
    assert _same_candidates(np.zeros(0, dtype=np.uint64), np.zeros(1, dtype=np.int64))
