"""Role confusions of the spent quote sets: ``python -m tests.role_confusions [SET ...] [--rows] [--language es|en]``.

For each spent set (every set of :data:`tests.quotes_eval.SETS` not in ``BLIND_NOW``: a blind set's rows are never
printed) and language, the direct quotations whose speaker is right (the pairing of
:func:`tests.quotes_eval.role_agreement`) and whose role is not the annotated one, counted as gold role → predicted
role; with ``--rows``, each such quotation's speaker, article and the text before it.
"""

from __future__ import annotations

from collections import Counter

from tests.quotes_eval import BLIND_NOW, SETS, overlap, run, speaker_matches


def confusions(name: str, language: str):
    """(gold role, predicted role, speaker, article id, text around) of each right direct speaker of ``language`` in
    the spent set ``name`` whose role is wrong, paired as :func:`tests.quotes_eval.role_agreement` pairs them."""
    if SETS[name] in BLIND_NOW:
        raise ValueError(f"{name} is blind: its rows are never printed")
    articles, gold, quotes, languages = run(SETS[name])
    texts = {a.id: a.text for a in articles}
    preds = [q for q in quotes if q.direct and languages[q.article] == language]
    golds = [g for g in gold if g.direct and languages[g.article] == language]
    pairs = sorted(
        ((overlap((p.start, p.end), (g.start, g.end)), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
         if p.article == g.article),
        reverse=True,
    )  # fmt: skip
    used_p, used_g, out = set(), set(), []
    for o, i, j in pairs:
        if o < 0.5 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        p, g = preds[i], golds[j]
        if speaker_matches(p.speaker, g.speaker) and p.role != g.role:
            around = texts[p.article][max(0, p.start - 200) : p.end + 120].replace("\n", " ¶ ")
            out.append((g.role, p.role, p.speaker, p.article, around))
    return out


def main(argv: list[str] | None = None) -> None:
    import argparse

    spent = [name for name in SETS if SETS[name] not in BLIND_NOW]
    parser = argparse.ArgumentParser(prog="python -m tests.role_confusions")
    parser.add_argument("sets", nargs="*", default=spent, help=", ".join(spent))
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--language", choices=["es", "en"])
    args = parser.parse_args(argv)
    if bad := [name for name in args.sets if name not in spent]:
        parser.error(f"not a spent set: {bad}; spent sets are {spent}")
    total: Counter[tuple[str, str, str]] = Counter()
    for name in args.sets:
        for language in [args.language] if args.language else ["es", "en"]:
            found = confusions(name, language)
            counts = Counter((g, p) for g, p, *_ in found)
            total.update((language, g, p) for g, p, *_ in found)
            print(f"{name:9} {language} " + ", ".join(f"{g}->{p} {n}" for (g, p), n in counts.most_common()))
            if args.rows:
                for g, p, speaker, article, around in found:
                    print(f"    {g} -> {p}: {speaker!r} [{article}]\n        {around}")
    print("all: " + ", ".join(f"{lang} {g}->{p} {n}" for (lang, g, p), n in total.most_common()))


if __name__ == "__main__":
    main()
