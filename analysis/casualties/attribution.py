"""Who the sentence says gives the figures: step 4 of :mod:`analysis.casualties.claims`.

Three patterns of :class:`~analysis.casualties.cues.Cues` read a source ("who"): "según X" / "according to X"
(also "según ha informado X"), "X dijo" / "X said" and "dijo X" / "said X". What they take is trimmed and checked
here with the words of ``lexicons/figures_<lang>.yaml`` (``attribution``), so that a reader sees a source, not a
piece of the sentence:

* a who ends before a stop word ("que", "that", "by phone"); before the verb, the who is what follows the last
  one when a phrase opens there ("Cabe señalar que el reporte indica" gives "el reporte"), else what precedes the
  first (a relative clause: "los bomberos que trabajaban entre los escombros anunciaron" gives "los bomberos");
* before a verb written in capitals, only a who in capitals is read (a headline: "Health Ministry Says");
* words and days around it that are no part of it are trimmed ("y las autoridades", "Officials earlier",
  "la alcaldesa local el domingo", "el sábado por la noche una funcionaria local"), as is a perfect's auxiliary
  ending it ("Authorities had reported");
* a passive or a reflexive is no source ("fatalities have also been reported", "se informó de 20 muertos"), nor a
  who ending in a conjunction (its verb's subject is further back: "the Red Cross revised its estimate and said"), nor
  is a preposition's or a relative's phrase, a gerund's ("with nine", "en las montañas", "killing at least one"),
  a who of stop words only ("The confirmed death toll", "An estimated 850"), nor the name after "told", who hears;
* a pronoun ("it said", "dijo él") stands for the source of the article's previous attributed sentence, if any.

>>> from analysis.casualties.cues import cues_for
>>> attribution("Murieron 109 personas, según ha informado el Instituto Nacional de Ciencias Forenses (Inacif).",
...             cues_for("es"))
'el Instituto Nacional de Ciencias Forenses'
>>> attribution("Dos de Estados Unidos y 26 extranjeros murieron, dijo el domingo la alcaldesa local.", cues_for("es"))
'la alcaldesa local'
>>> attribution("The 26 victims include two from the United States, officials said.", cues_for("en"))
'officials'
>>> attribution("Five students were injured, it said.", cues_for("en"), previous="the education ministry")
'the education ministry'
>>> attribution("As fatalities have also been reported in South Carolina (49).", cues_for("en")) is None
True
"""

from __future__ import annotations

import re

from analysis.casualties.cues import Cues, WhoWords
from analysis.regex_cache import compiled

# Times and manners a who trails ("este lunes", "on Sunday", "in a statement", "a la prensa").
RE_TRAILING_TIME = compiled(
    r"\s+(?:este|esta|el pasado|hoy|ayer|on|this|last|in a|en un|en una|a la|a los|al|to|a)\b.*$", re.IGNORECASE
)
MAX_WORDS = 8


def attribution(sentence: str, lex: Cues, previous: str | None = None) -> str | None:
    """The source ``sentence`` cites for its figures, or None; ``previous`` stands for a pronoun (see the module)."""
    words = lex.who_words
    for pattern, before_verb in ((lex.according, False), (lex.who_then_verb, True), (lex.verb_then_who, False)):
        for m in pattern.finditer(sentence):
            if "verb" in m.re.groupindex and not before_verb and m.group("verb").strip().lower() in words.audience_verbs:
                continue  # "told the Associated Press": who hears
            if before_verb and m.group("verb")[0].isupper() and not m.group("who").istitle():
                continue  # "two from the United States": a verb in capitals is a headline's, after a who in capitals
            who = source(m.group("who"), words, before_verb)
            if who is None:
                continue
            return previous if who.lower() in words.pronouns else who
    return None


def source(who: str, words: WhoWords, before_verb: bool) -> str | None:
    """The source a pattern's ``who`` names once trimmed, or None when it names none (see the module).

    >>> from analysis.casualties.cues import cues_for
    >>> en = cues_for("en").who_words
    >>> source("and officials earlier", en, True), source("Authorities had", en, True)
    ('officials', 'Authorities')
    >>> source("one person was", en, True) is None, source("with nine", en, True) is None, source("The", en, True)
    (True, True, None)
    """
    pieces = words.stop.split(who)
    # Before the verb, the subject follows the last stop when a new phrase opens there ("Cabe señalar que el
    # reporte"), else the stop opens a relative clause ("los bomberos que trabajaban entre los escombros").
    last = pieces[-1].strip()
    new_phrase = last[:1].isupper() or last.split(" ", 1)[0].lower() in words.determiners
    if before_verb and len(pieces) > 1 and words.passive_end.search(last):
        return None  # "refirieron que se han confirmado": the verb's subject is the reflexive
    who = (last if before_verb and new_phrase else pieces[0]).strip().lstrip("–—‒-").strip()
    who = RE_TRAILING_TIME.sub("", who).strip()
    while (trimmed := words.end.sub("", words.lead.sub("", who)).strip()) != who:
        who = trimmed
    if not who or words.passive_end.search(who) or words.not_opener.search(who):
        return None
    if len(who.split()) > MAX_WORDS or any(ch.isdigit() for ch in who):
        return None
    if who.lower() in words.pronouns:
        return who
    if all(w.lower() in words.stops or w.lower() in words.pronouns for w in re.findall(r"\w+", who)):
        return None
    return who
