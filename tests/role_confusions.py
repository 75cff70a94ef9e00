"""Role confusions of the spent quote sets: ``python -m tests.role_confusions [SET ...] [--rows] [--language es|en]
[--indirect] [--matrix] [--speakers]``.

For each spent set (every set of :data:`tests.quotes_eval.SETS` not in ``BLIND_NOW``: a blind set's rows are never
printed) and language, the direct quotations (``--indirect``: the indirect statements) whose speaker is right (the
pairing of :func:`tests.quotes_eval.role_agreement`) and whose role is not the annotated one, counted as gold role →
predicted role; with ``--rows``, each such quotation's speaker, article, the text before it and the text around the
speaker's first mention in the article; with ``--matrix``, the whole confusion table (gold rows, predicted columns,
right roles on the diagonal) pooled over the sets asked; with ``--speakers``, each (article, speaker) counted once,
not each quotation (a speaker quoted ten times with one wrong role is one wrong reading).
"""

from __future__ import annotations

from collections import Counter

from analysis.sources.lexicon import ROLES, fold
from tests.quotes_eval import BLIND_NOW, SETS, overlap, run, speaker_matches


def paired(name: str, language: str, *, direct: bool = True):
    """(gold role, predicted role, speaker, article id, text around the quotation, text around the speaker's first
    mention) of each right speaker of ``language`` in the spent set ``name``, paired as
    :func:`tests.quotes_eval.role_agreement` pairs them (``direct`` False: the indirect statements)."""
    if SETS[name] in BLIND_NOW:
        raise ValueError(f"{name} is blind: its rows are never printed")
    articles, gold, quotes, languages = run(SETS[name])
    texts = {a.id: a.text for a in articles}
    preds = [q for q in quotes if q.direct == direct and languages[q.article] == language]
    golds = [g for g in gold if g.direct == direct and languages[g.article] == language]
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
        if speaker_matches(p.speaker, g.speaker):
            text = texts[p.article]
            around = text[max(0, p.start - 200) : p.end + 120].replace("\n", " ¶ ")
            first = _first_mention(text, g.speaker)
            mention = text[max(0, first - 150) : first + 200].replace("\n", " ¶ ") if first >= 0 else ""
            out.append((g.role, p.role, p.speaker, p.article, around, mention))
    return out


def _first_mention(text: str, speaker: str) -> int:
    """Where the speaker's surname (the gold name's last word) is first written in ``text``; -1 when it is not."""
    words = speaker.replace("(", " ").replace(")", " ").split()
    if not words:
        return -1
    folded, surname = fold(text), fold(words[-1])
    return folded.find(surname)


def confusions(name: str, language: str, *, direct: bool = True):
    """(gold role, predicted role, speaker, article id, text around) of each right speaker of ``language`` in the
    spent set ``name`` whose role is wrong."""
    return [(g, p, s, a, around) for g, p, s, a, around, _ in paired(name, language, direct=direct) if g != p]


def matrix(rows: Counter[tuple[str, str]]) -> str:
    """The confusion table of (gold, predicted) counts: gold roles as rows, predicted as columns, with each row's
    total and share right.

    >>> print(matrix(Counter({("government", "government"): 3, ("government", "unknown"): 1})).splitlines()[1].split())
    ['government', '3', '0', '0', '0', '0', '0', '1', '4', '0.750']
    """
    short = [r[:6] for r in ROLES]
    lines = [f"{'gold / predicted':18}" + "".join(f"{s:>7}" for s in short) + "   total  right"]
    for g in ROLES:
        n = sum(rows[(g, p)] for p in ROLES)
        if not n:
            continue
        cells = "".join(f"{rows[(g, p)]:>7}" for p in ROLES)
        lines.append(f"{g:18}{cells}{n:>8}  {rows[(g, g)] / n:.3f}")
    right, total = sum(rows[(r, r)] for r in ROLES), sum(rows.values())
    lines.append(f"{'all':18}{'':>{7 * len(ROLES)}}{total:>8}  {right / total if total else 0:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    import argparse

    spent = [name for name in SETS if SETS[name] not in BLIND_NOW]
    parser = argparse.ArgumentParser(prog="python -m tests.role_confusions")
    parser.add_argument("sets", nargs="*", default=spent, help=", ".join(spent))
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--language", choices=["es", "en"])
    parser.add_argument("--indirect", action="store_true", help="the indirect statements instead of the direct ones")
    parser.add_argument("--matrix", action="store_true", help="the pooled confusion table per language")
    parser.add_argument("--speakers", action="store_true", help="each (article, speaker) once")
    args = parser.parse_args(argv)
    if bad := [name for name in args.sets if name not in spent]:
        parser.error(f"not a spent set: {bad}; spent sets are {spent}")
    total: Counter[tuple[str, str, str]] = Counter()
    tables: dict[str, Counter[tuple[str, str]]] = {"es": Counter(), "en": Counter()}
    for name in args.sets:
        for language in [args.language] if args.language else ["es", "en"]:
            found = paired(name, language, direct=not args.indirect)
            if args.speakers:
                found = list({(a, s): (g, p, s, a, ar, m) for g, p, s, a, ar, m in found}.values())
            tables[language].update((g, p) for g, p, *_ in found)
            wrong = [row for row in found if row[0] != row[1]]
            counts = Counter((g, p) for g, p, *_ in wrong)
            total.update((language, g, p) for g, p, *_ in wrong)
            print(f"{name:9} {language} " + ", ".join(f"{g}->{p} {n}" for (g, p), n in counts.most_common()))
            if args.rows:
                for g, p, speaker, article, around, mention in wrong:
                    print(f"    {g} -> {p}: {speaker!r} [{article}]\n        {around}\n        FIRST: {mention}")
    print("all: " + ", ".join(f"{lang} {g}->{p} {n}" for (lang, g, p), n in total.most_common()))
    if args.matrix:
        for language, rows in tables.items():
            if rows:
                print(f"\n{language} ({'indirect' if args.indirect else 'direct'}"
                      f"{', per speaker' if args.speakers else ''}):\n{matrix(rows)}")  # fmt: skip


if __name__ == "__main__":
    main()
