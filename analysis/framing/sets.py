"""Frame sets: which packaged lexicons to count with.

A *frame set* is a group of frames for one kind of event, in one YAML file per
language: the set ``default`` is ``analysis/lexicons/es.yaml`` and ``en.yaml`` (the
seeds' story: the taking of a president, military action, sanctions...), the others
are ``analysis/lexicons/sets/<set>_<language>.yaml`` (migration, protest, disaster,
elections). Several sets can be counted together; their frames are put one after
the other, so two sets may not share a frame name in one language.

>>> sorted(frame_sets())[:3]
['default', 'disaster', 'elections']
>>> [f.name for f in set_lexicons(["protest"])["en"].frames]
['protesters', 'what happened', 'policing']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from analysis.corpus.records import WITH_LEXICONS
from analysis.framing.lexicon import Lexicon
from analysis.framing.lexicon_schema import LexiconError, packaged_text, parse_lexicon

__all__ = ["DEFAULT_SET", "chosen_sets", "frame_sets", "parse_sets", "set_lexicons", "set_text"]

DEFAULT_SET = "default"


def frame_sets() -> tuple[str, ...]:
    """The names of the packaged frame sets, ``default`` first."""
    folder = resources.files("analysis.lexicons").joinpath("sets")
    names = sorted({p.name.rsplit("_", 1)[0] for p in folder.iterdir() if p.name.endswith(".yaml")})
    return (DEFAULT_SET, *names)


def set_text(name: str, language: str) -> str | None:
    """The YAML text of set ``name`` in ``language``, or None when the set has no lexicon for it."""
    if name == DEFAULT_SET:
        return packaged_text(language) if language in WITH_LEXICONS else None
    path = resources.files("analysis.lexicons").joinpath("sets", f"{name}_{language}.yaml")
    return path.read_text(encoding="utf-8") if path.is_file() else None


@lru_cache(maxsize=64)
def _lexicon(name: str, language: str) -> Lexicon | None:
    text = set_text(name, language)
    origin = f"{language}.yaml" if name == DEFAULT_SET else f"sets/{name}_{language}.yaml"
    return None if text is None else parse_lexicon(text, origin=origin)


def parse_sets(value: str) -> list[str]:
    """Set names from a comma-separated option ("migration,protest"; "all" is every set), checked.

    >>> parse_sets("migration, protest")
    ['migration', 'protest']
    """
    known = frame_sets()
    names = list(known) if value.strip() == "all" else [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise LexiconError(f"frame set(s) {unknown or [value]} unknown; the sets are {', '.join(known)} (or all)")
    return list(dict.fromkeys(names))


def chosen_sets(saved: object) -> list[str]:
    """The frame sets a workspace saved (a list of names) that still exist; the default set when none does.

    >>> chosen_sets(["protest", "no such set"]), chosen_sets("protest"), chosen_sets([])
    (['protest'], ['default'], ['default'])
    """
    names = [str(s) for s in saved if str(s) in frame_sets()] if isinstance(saved, list | tuple) else []
    return names or [DEFAULT_SET]


def set_lexicons(names: Sequence[str] = (DEFAULT_SET,), overrides: Iterable[Lexicon] = ()) -> dict[str, Lexicon]:
    """The lexicons of the chosen sets by language, frames of later sets after earlier ones; ``overrides``
    (a user's lexicon) replace the lexicon of their language."""
    merged: dict[str, Lexicon] = {}
    for name in parse_sets(",".join(names)):
        for language in WITH_LEXICONS:
            lexicon = _lexicon(name, language)
            if lexicon is None:
                continue
            if language not in merged:
                merged[language] = lexicon
                continue
            before = merged[language]
            shared = {f.name for f in before.frames} & {f.name for f in lexicon.frames}
            if shared:
                raise LexiconError(
                    f"{lexicon.origin}: frame(s) {sorted(shared)} also in {before.origin}; choose one of the two sets"
                )
            merged[language] = Lexicon(language, before.frames + lexicon.frames, f"{before.origin}+{lexicon.origin}")
    return {**merged, **{lex.language: lex for lex in overrides}}
