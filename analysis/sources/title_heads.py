"""A title subject cut to the noun phrase that speaks.

The subject readers take the words before (or after) a reporting verb up to a clause stop. When the verb sits in a
relative or subordinate clause, or the subject reader runs over a clause of its own, those words are more than the
speaker: "the eruption that Guatemalan authorities say left 72 dead", "set up a perimeter after a witness reported",
"el jurado escuchó a los testigos, analizó la prueba y concluyó que", "fue entonces cuando los vecinos se dieron
cuenta", "la jueza de revisión finalmente rechazó". Users saw these whole phrases as speakers (session 27, reading
`contraste sources` on ~2,000 real excerpts). Three cuts, in order, each kept only when what is left still names a
speaker (:meth:`SourceLexicon.speaks`: a role cue or a speaker noun) or is capitalised:

1. after the last relative pronoun or conjunction (``title_heads.yaml``: ``relatives``, ``conjunctions``; written in
   lower case) when the words after it form a noun phrase that speaks: "the eruption that Guatemalan authorities" →
   "Guatemalan authorities"; a subject that ends with a conjunction ("a staunch defence of the planning process
   after [claims ...]") is no subject (None), one that ends with a relative pronoun is left whole ("fue el alcalde
   X quien");
2. Spanish: before a clitic or a preterite inside it ("los vecinos se dieron" → "los vecinos", "el jurado escuchó a
   los testigos" → "el jurado");
3. the function words and adverbs it ends with ("la jueza de revisión finalmente" → "la jueza de revisión").

A restrictive relative clause after a title is left whole when the words after its pronoun do not speak as a noun
phrase ("El abogado que había pedido una pena" stays; :func:`analysis.sources.subjects._title_with_relative` cuts it).

>>> from analysis.sources.lexicon import lexicon
>>> en, es = lexicon("en"), lexicon("es")
>>> speaking_head(en, "the eruption that Guatemalan authorities"), speaking_head(en, "a perimeter after a witness")
('Guatemalan authorities', 'a witness')
>>> print(speaking_head(en, "a staunch defence of the authority’s planning process after"))
None
>>> speaking_head(en, "One person who arrived by ambulance the week before")
'One person who arrived by ambulance the week before'
>>> speaking_head(es, "el jurado escuchó a los testigos, analizó la prueba producida y")
'el jurado'
>>> speaking_head(es, "la jueza de revisión finalmente"), speaking_head(es, "El abogado que había pedido una pena")
('la jueza de revisión', 'El abogado que había pedido una pena')
"""

from __future__ import annotations

from functools import cache, lru_cache

from analysis.safe_yaml import packaged_yaml
from analysis.sources.lexicon import SourceLexicon, fold

__all__ = ["speaking_head"]


@cache
def _words(key: str, language: str) -> frozenset[str]:
    """The folded words of ``title_heads.yaml``'s list ``key`` for ``language`` (empty when it has none)."""
    return frozenset(fold(str(word)) for word in packaged_yaml("title_heads").get(key, {}).get(language, ()))


def _preterite(word: str, language: str) -> bool:
    """Whether a Spanish word reads as a preterite verb: lower case, ending in a stressed -ó ("escuchó") or in
    -aron/-ieron ("dieron"), and no noun of the list (``stressed_o_nouns``: "plató").

    >>> _preterite("escuchó", "es"), _preterite("dieron", "es"), _preterite("plató", "es"), _preterite("Bordó", "es")
    (True, True, False, False)
    """
    if language != "es" or not word[:1].islower() or len(word) < 4:
        return False
    stressed = word.endswith("ó") and fold(word) not in _words("stressed_o_nouns", language)
    return stressed or (len(word) >= 6 and word.endswith(("aron", "ieron")))


def _names_a_speaker(lex: SourceLexicon, words: list[str]) -> bool:
    """Whether a phrase names who speaks: a role cue or a speaker noun, or a capitalised word (a body, a person)."""
    return bool(words) and (lex.speaks(" ".join(words)) or any(word[:1].isupper() for word in words))


def _noun_phrase_after(lex: SourceLexicon, words: list[str], *, opens: bool = False) -> bool:
    """Whether the words after a subordinator open a noun phrase that speaks: a determiner, a capitalised word or a
    speaker's own noun first ("Guatemalan authorities", "a witness", "officials"), not a verb ("led the inquiry").
    ``opens``: the words open the subject (before its verb), so a determiner first is enough ("el jurado")."""
    if not words or not (opens or _names_a_speaker(lex, words)):
        return False
    first = words[0]
    return bool(lex.determiner.fullmatch(first + " ")) or first[:1].isupper() or lex.speaks(first)


@lru_cache(maxsize=1 << 12)
def speaking_head(lex: SourceLexicon, mention: str) -> str | None:
    """``mention`` (a title subject as written) cut to the noun phrase that speaks; the mention itself when no cut
    applies; None when it ends with a subordinator (a clause, no subject). Rules and examples: the module's text."""
    words = mention.rstrip(" ,").split()
    language = lex.language
    conjunctions = _words("conjunctions", language)
    subordinators = conjunctions | _words("relatives", language)
    last = max((at for at, word in enumerate(words) if word.rstrip(",") in subordinators), default=-1)
    if last == len(words) - 1 and last > 0:  # "a staunch defence of ... after [claims]": the clause follows
        adverb = fold(words[last - 1]) in _words("time_words", language)  # "the week before": no conjunction
        return None if words[last].rstrip(",") in conjunctions and not adverb else mention  # "fue X quien": X
    if last >= 0 and _noun_phrase_after(lex, tail := [w.strip(",") for w in words[last + 1 :]]):
        words = tail
    if language == "es":
        clitics = _words("clitics", language)
        stop = next(
            (at for at, word in enumerate(words) if at and (word in clitics or _preterite(word, language))), None
        )
        if stop is not None and _noun_phrase_after(lex, head := [w.strip(",") for w in words[:stop]], opens=True):
            words = head  # the words before the verb are its subject: a noun phrase
    trailing = _words("trailing", language)
    words = [word.rstrip(",") for word in words]
    end = len(words)
    while end > 1 and (words[end - 1].islower() and fold(words[end - 1]) in trailing or _adverb(words[end - 1], language)):
        end -= 1
    cut = " ".join(words[:end])
    return mention if cut == mention.rstrip(" ,") else cut


def _adverb(word: str, language: str) -> bool:
    """Whether a Spanish word is an adverb in -mente ("finalmente"), which never ends a subject's noun phrase.

    >>> _adverb("finalmente", "es"), _adverb("mente", "es"), _adverb("finalmente", "en")
    (True, False, False)
    """
    return language == "es" and len(word) > 7 and word.islower() and word.endswith("mente")
