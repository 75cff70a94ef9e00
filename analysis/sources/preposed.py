"""The speaker written before a quotation's opening mark in its sentence: "Lavrov afirmó: «...»", "según Peskov,
«...»", "Grandi: «...»", "Para el ministro, «...»", a title before a colon ("El portavoz del Kremlin: «...»"), a
name with a gerund's frame ("Brighton manager Ann Lee speaking to Sky Sports: “...”").
Split from :mod:`analysis.sources.direct` (session 16), which reads a quotation's speaker with them.
"""

from __future__ import annotations

import bisect
import re

from analysis.sources.frames import _lead_in_speaker
from analysis.sources.lexicon import SourceLexicon, fold
from analysis.sources.names import NameRun
from analysis.sources.persons import ARTICLES, OBJECT_LINKS, _is_person, _is_place, _plural
from analysis.sources.phrases import _head_phrase, _head_speaks
from analysis.sources.run_index import _name_at_end, _starts
from analysis.sources.sentence_subject import RE_WORD
from analysis.sources.subject_after import _subject_after
from analysis.sources.subjects import (
    _GERUND_IMPLIED,
    _IMPLIED,
    RE_RELATIVE,
    _is_gerund,
    _opening_subject,
    _Subject,
    _subject_before,
)

RE_COLON_END = re.compile(r":\s*$")
# A clause joined by "y"/"e" and opened by a definite noun phrase in lower case, then its verb, ending the words before a
# colon: "y el artillero se mostró feliz" (real21q, session 21: kinds read in unseen Spanish coverage).
RE_LATER_SUBJECT = re.compile(
    r"\s(?:y|e)\s+((?:el|la|los|las)\s+([a-záéíóúñü]{3,}))\s+(?:se\s+|le\s+|lo\s+)?[a-záéíóúñü]+(?:\s[^,]*)?$"
)


def _later_subject(lex: SourceLexicon, head: str) -> str | None:
    """The definite noun phrase opening a clause joined by "y"/"e" that ends the words before a colon
    (:data:`RE_LATER_SUBJECT`), no day nor month ("y el jueves se mostró feliz:"); else None. Then the name opening the
    sentence is the first clause's subject, not the quotation's speaker.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> _later_subject(es, "El Millonario salio campeón y el artillero se mostró feliz")
    'el artillero'
    >>> _later_subject(es, "Ana Ruiz habló y el jueves se mostró feliz"), _later_subject(es, "Ana llegó y se mostró feliz")
    (None, None)
    """
    found = RE_LATER_SUBJECT.search(head)
    return found.group(1) if found is not None and fold(found.group(2)) not in lex.date_words else None


LINKS_AFTER = frozenset({"for", "by", "of", "in", "at", "to", "de", "del", "en", "por", "para", "a", "al"})
RE_SAME_CLAUSE = re.compile(r"[^,.;:!?«»“”\"\n]*")  # no punctuation between two verbs: one clause


# A sentence opening "in X's view" ("Para X, ...", "Para el ministro, ..."): the quotation in it is X's.
RE_IN_VIEW_OF = re.compile(r"\s*(?:[^,.;:«»\"“”\n]{1,30},\s*)?[Pp]ara\s+(?=\S)")  # also "Sin embargo, para X,"
# The article opening a clause's subject right after the speaker of "Para X" with no comma ("Para el fiscal las
# pruebas «...»"), and a word of its noun.
RE_VIEW_CLAUSE_SUBJECT = re.compile(r"[ \t]+(?:el|la|los|las|este|esta|estos|estas|su|sus)[ \t]+[a-záéíóúñü]{3,}[ \t]")
# Before a reporting verb, these make it passive: what "was announced" is no speaker.
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "fue", "fueron", "sido", "siendo"})
# Before a marker that is also a passive's participle ("citado por"), these make it the passive's: "si es citado por
# el Congreso" names who summons, not whose words follow (folded).
AGENT_AUXILIARIES = PASSIVE_AUXILIARIES | {"es", "son", "ser", "sea", "sean", "sera", "seran", "era", "eran", "seria"}


def _lowered_words(text: str) -> list[str]:
    """``[word.lower() for word in RE_WORD.findall(text)]``, the words of ``text`` in lower case, read from ``text``
    lowered at once: every character but "İ" lowers to one character, a word character to a word character (checked
    over every code point), so the words of the lowered text are the lowered words; with "İ" (two characters
    lowered) the words are lowered one by one. The final sigma may differ (a "Σ" before an apostrophe and a letter):
    no word of the lexicons is Greek (session 24).

    >>> _lowered_words("Dijo, ANTE ella: «sí»"), _lowered_words("İstanbul dijo")
    (['dijo', 'ante', 'ella', 'sí'], ['i̇stanbul', 'dijo'])
    """
    if "İ" in text:
        return [word.lower() for word in RE_WORD.findall(text)]
    return RE_WORD.findall(text.lower())


def _preposed(
    text: str, clause_start: int, mark_start: int, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The attribution written before an opening quote mark in the same sentence, if any."""
    prefix = text[clause_start:mark_start]
    cue = verb_cue = None
    earlier: list[re.Match[str]] = []  # the verbs read before the last one, nearest last
    # Whether any word is a verb's, asked in C (most prefixes have none), before the words are read one by one.
    verbs = () if lex.verb_words.isdisjoint(_lowered_words(prefix)) else RE_WORD.finditer(prefix)
    for word in verbs:
        if word.group().lower() in lex.verb_words:
            verb = lex.verb.match(prefix, word.start())
            previous = prefix[: word.start()].rsplit(None, 1)[-1:]  # the last word (split()[-1:], reading the end)
            if (
                verb
                and not (previous and lex.determiner.fullmatch(previous[0] + " "))
                and not (previous and fold(previous[0]) in lex.possessives)  # "en su cuenta en Facebook" (s. 22)
                and not (previous and fold(previous[0]) in PASSIVE_AUXILIARIES)
            ):  # not after a determiner ("that said committee", "lo dicho"), nor a passive ("was announced")
                if verb_cue is not None and lex.object_clause.fullmatch(prefix, verb_cue[1].end(), word.start()):
                    continue  # "Soleti relató lo que el policía le contó:": the later verb is the object clause's
                if verb_cue is not None:
                    earlier.append(verb_cue[1])
                cue = verb_cue = ("verb", verb)
    for match in lex.according_to.finditer(prefix):
        previous = prefix[: match.start()].rsplit(None, 1)[-1:]
        if previous and fold(previous[0]) in AGENT_AUXILIARIES:
            continue  # "si es citado por el Congreso, expondrá los «logros»": a passive's agent, no source (session 19)
        if cue is None or match.start() > cue[1].start():
            source = (
                None
                if verb_cue is None
                else _subject_after(prefix[match.end() :], clause_start + match.end(), lex, runs)
            )
            if source is not None and (
                source.kind == "implied"
                or (source.kind == "title" and source.mention and not lex.speaks(_head_phrase(source.mention, lex)))
            ):
                continue  # "apuntó que según los datos el país «...»": data, not a speaker; the verb's subject is
            cue = ("according", match)
    if cue is None and verb_cue is not None:
        cue = verb_cue
    if cue is None and (label := lex.label.search(prefix)):  # "la fiscal describió el caso como «...»"
        labeller = _subject_before(prefix[: label.start()], clause_start + label.start(), lex, runs)
        if labeller is not None:
            return labeller
    if cue is None and lex.view_opener.match(prefix):
        return _IMPLIED  # "En su opinión, las voces ... «...»": the view of the person last quoted
    if cue is None and (view := RE_IN_VIEW_OF.match(prefix)):
        source = _subject_after(prefix[view.end() :], clause_start + view.end(), lex, runs)
        viewed = prefix[view.end() :].lstrip()
        mention = source.mention or ""
        named = source.kind == "name" or (source.kind == "title" and bool(mention) and lex.speaks(mention))
        at = viewed.find(mention, 0, 60) if named and mention else -1
        if at >= 0 and viewed[at + len(mention) :][:1] == ",":
            return source  # "Para el abogado David Leopold, estas expresiones son «despectivas»": in X's view
        if (
            at >= 0
            and lex.language == "es"
            and source.kind == "title"  # a name with no comma is read as before: "para Daniel Sánchez la gala fue
            # «...»" (tests/test_quotes.py, a purpose's negative)
            and not _plural(lex, mention)
            and RE_VIEW_CLAUSE_SUBJECT.match(viewed, at + len(mention))
        ):
            return source  # "Para el fiscal las pruebas “han clarificado los hechos”": no comma, the clause's own
            # subject opens with its article right after the speaker (session 22, read18: held-out18's prosecutor)
    if cue is None:
        colon = RE_COLON_END.search(prefix)
        if colon:  # "Grandi: «...»"; "el aeropuerto estaba lleno de gente: «...»" (the sentence's subject, or implied)
            head = prefix[: colon.start()]
            if lex.topic_opener.match(head):
                return _IMPLIED  # "On the new signing: “...”": a topic, the last speaker goes on
            lead_in = _lead_in_speaker(text, clause_start, clause_start + colon.start(), lex, runs)
            if lead_in is not None:
                return lead_in  # "Quoting Ann Lee after the win over Duke:": the name opening the lead-in
            relative = RE_RELATIVE.search(head)  # "Así lo vivió Betto García, quien estaba de vacaciones:"
            run = _name_at_end(head[: relative.start()] if relative else head, runs,
                               clause_start + (relative.start() if relative else colon.start()))  # fmt: skip
            object_words = text[clause_start : run.start].split() if run is not None else []
            links = [fold(w) for w in object_words[-2:]]
            if links and (
                links[-1] in OBJECT_LINKS or (len(links) > 1 and links[-1] in ARTICLES and links[0] in OBJECT_LINKS)
            ):
                run = None  # "las palabras de Carvajal:", "el ataque contra Feijóo:", "habla en el Congreso:": the
                # name is not who speaks
            if run is not None and len(prefix[: colon.start()].split()) <= 12:
                return _Subject("name", run.name, run.name)
            framed = _framed_speaker(text, clause_start, clause_start + colon.start(), lex, runs)
            if framed is not None:
                return framed
            later = _later_subject(lex, prefix[: colon.start()]) if lex.language == "es" else None
            if later is not None:  # "El Millonario salió campeón y el artillero se mostró feliz:": the last clause
                return _Subject("title", later, None, later) if lex.speaks(later) else _IMPLIED  # has its own subject
            opening = _opening_subject(prefix[: colon.start()], clause_start + colon.start(), lex, runs)
            return opening or _colon_title(prefix[: colon.start()], lex) or _IMPLIED
        return _name_opening_a_reaction(text, clause_start, prefix, lex, runs)
    kind, match = cue
    if kind == "verb" and earlier and (purpose := _purpose_subject(prefix, clause_start, earlier[-1], match, lex, runs)):
        return purpose  # "..., escribió Rama en Facebook, para subrayar que «...»": the writer's words (session 22)
    if kind == "verb" and _is_gerund(match.group()):
        return _GERUND_IMPLIED  # ", calificándola de «ilegal»": the last speaker, or the relative clause's it goes on
    if kind == "verb" and lex.that.fullmatch(" " + match.group().rsplit(None, 1)[-1]):
        after = _IMPLIED  # "insistió en que el Frente Amplio «...»": after the verb's "que", the clause, no speaker
    else:
        after = _subject_after(prefix[match.end() :], clause_start + match.end(), lex, runs)
        if after.kind == "title" and after.mention and not _head_speaks(after.mention, lex):
            after = _IMPLIED  # "resaltó el trabajo de su esposa: «...»": what was spoken of, the subject is unwritten
        elif (
            after.kind == "title"
            and after.mention
            and not lex.speaks(after.mention)
            and prefix.rstrip().endswith(after.mention)
        ):  # "destacó el poco «trabajo»": the quotation goes on the noun phrase after the verb, its object, no
            after = _IMPLIED  # subject (session 22, read18: held-out18's mayor)
    if kind == "verb" and after.kind == "implied" and (asked := _asked_impersonally(prefix, match, lex)) is not None:
        answerer = _subject_after(prefix[asked:], clause_start + asked, lex, runs)
        if answerer.kind in ("name", "title"):
            return answerer  # "se le preguntó a la ministra Ana Gil: «...»": the one asked answers (read18)
        put_to = prefix[asked:].rstrip(" :")
        if len(put_to.split()) <= 4 and lex.speaks(put_to) and not _plural(lex, put_to):
            mention = ("el " if prefix[asked - 2 : asked].lower() == "l " else "") + put_to
            return _Subject("title", mention, None, mention)  # "se le pregunta al estratego: «...»" (read18)
    if (
        kind == "verb" and after.kind in ("name", "title") and lex.language == "en"
    ):  # "Spicer said the Department of Justice
        before = _subject_before(prefix[: match.start()], clause_start + match.start(), lex, runs)  # “is ...”"
        if before is not None and before.kind != "implied":  # English writes its subject before the verb
            return before
    if (
        kind == "verb"
        and lex.language == "es"
        and after.kind == "title"
        and after.mention
        and not lex.speaks(after.mention)
    ):  # "Andrés Fernández, integrante de ..., expresó con claridad el contexto que atraviesan: «...»": a noun no cue
        before = _subject_before(prefix[: match.start()], clause_start + match.start(), lex, runs)  # knows after the
        if before is not None and before.kind == "name":  # verb is its object when a name is the subject before it
            return before  # (read25, held-out25 spent: the quotation went to "el contexto")
    if (
        kind == "verb"
        and earlier
        and lex.language == "es"
        and RE_PURPOSE_INFINITIVE.search(prefix, max(0, match.start() - 30), match.start()) is not None
        and match.group().lower().endswith(("ar", "er", "ir"))
        and after.kind != "name"
    ):  # "Requejo, de Ciudadanos, ha insistido en la soledad del PP, para decir después que «...»": the infinitive's
        head = RE_AUXILIARY_END.sub("", prefix[: earlier[-1].start()])  # "ha insistido": before the auxiliary
        first = _subject_before(head, clause_start + len(head), lex, runs)
        if first is not None and first.kind == "name":  # subject is the earlier verb's (session 22, read18)
            return first
    if (
        kind == "verb"
        and lex.language == "es"
        and after.kind != "name"
        and match.group().lower().endswith(("ar", "er", "ir"))
        and (al := RE_AL_INFINITIVE.search(prefix, max(0, match.start() - 6), match.start())) is not None
        and (main := _main_clause_subject(prefix[: al.start()], clause_start + al.start(), lex, runs)) is not None
    ):
        return main  # "El intendente X realizó declaraciones ante ... al decir: «...»", "Lo mismo opina X al decir
        # que «...»": "al" and an infinitive of saying say what the main clause's subject said (read17, held-out17)
    if kind == "according" and after.kind == "implied" and lex.view_opener.match(prefix):
        return _IMPLIED  # "Según sus palabras, los rusos no tienen nada de «algo humano»": the last speaker's view
    if kind == "according" and after.kind == "implied" and (pronoun := _according_to_pronoun(prefix, match)):
        return pronoun  # "According to him: “...”": the person "he" stands for (read24)
    if kind == "according" or after.kind != "implied":
        return after if after.kind != "implied" or kind == "verb" else None
    before = _subject_before(prefix[: match.start()], clause_start + match.start(), lex, runs)
    if before is None:  # "cuando expresó que «...»": a verb right after a clause opener has an unwritten subject
        words = lex.adverbs.sub("", " " + prefix[: match.start()]).split()
        if not words or words[-1].lower() in lex.clause_openers:
            return _IMPLIED  # "Por último reconoció: «...»": only adverbs before the verb, an unwritten subject
        if lex.according_to.fullmatch(words[-1]):
            return _IMPLIED  # "Un discurso que, según ha advertido, «...»": an aside whose subject is unwritten
            # (qembed, a kind of held-out7 and 9's misses), the last speaker
        if (
            kind == "verb"
            and earlier
            and RE_SAME_CLAUSE.fullmatch(prefix, earlier[-1].end(), match.start())
            and len(lex.that.findall(" " + prefix[earlier[-1].end() :] + " ")) <= 1  # no clause inside the clause
            and fold(prefix[match.end() :].split(None, 1)[0] if prefix[match.end() :].split() else "") in LINKS_AFTER
        ):  # the later "verb" is a participle or a noun before its complement ("predicted for", "cuenta de")
            first = _subject_before(prefix[: earlier[-1].start()], clause_start + earlier[-1].start(), lex, runs)
            if first is not None and first.kind in ("name", "pronoun"):
                return first  # "He said winds from the north predicted for Friday could “...”": the later verb is a
                # participle of the reported clause, which has no subject of its own; the first verb's speaks (s. 19)
    return before


# An English object pronoun alone between a source marker and the quotation ("According to him: “...”"), and the
# subject pronoun it stands for (Spanish "según él" writes the subject's own, read as one already).
RE_ACCORDING_PRONOUN = re.compile(r"[ \t]+(him|her)[ \t]*[:,]?[ \t]*", re.IGNORECASE)
OBJECT_TO_SUBJECT = {"him": "he", "her": "she"}


def _according_to_pronoun(prefix: str, marker: re.Match[str]) -> _Subject | None:
    """The personal pronoun a source marker's object pronoun is, when it alone is between the marker and the
    quotation: "According to him: “Today alone, two churches called ...”" (held-out24, session 27, read24: the
    police spokesman's paragraphs went to no one); else None ("according to his lawyer: “...”", "according to her
    data, “...”": a noun phrase, read as before).

    >>> from analysis.sources.lexicon import lexicon
    >>> prefix = "According to him: "
    >>> _according_to_pronoun(prefix, lexicon("en").according_to.match(prefix)).mention
    'he'
    >>> prefix = "According to her data, "
    >>> _according_to_pronoun(prefix, lexicon("en").according_to.match(prefix)) is None
    True
    """
    found = RE_ACCORDING_PRONOUN.fullmatch(prefix, marker.end())
    return _Subject("pronoun", OBJECT_TO_SUBJECT[found.group(1).lower()]) if found else None


# "para" (an adverb after it perhaps) right before an infinitive of saying: "para decir después que", "para añadir"
RE_PURPOSE_INFINITIVE = re.compile(r"(?:^|\s)para\s+(?:[a-záéíóúñ]+mente\s+|luego\s+|después\s+)?$", re.IGNORECASE)
# "al" right before an infinitive of saying ("al decir: «...»", "al señalar que «...»"): what the main clause's subject
# said while doing what the main clause says (read17, session 23: held-out17's mayor and market vendor)
RE_AL_INFINITIVE = re.compile(r"(?:^|\s)al\s+$", re.IGNORECASE)


def _main_clause_subject(head: str, offset: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The subject named in the main clause ``head`` (ending at ``offset``) of an "al" + infinitive of saying: the
    name opening it ("El intendente Pablo Verdecchia realizó declaraciones ante ..."), else the name written right
    after its first verb ("Lo mismo opina Oscar Mogotocoro"); None if neither is a name."""
    opening = _opening_subject(head, offset, lex, runs)
    if opening is not None and opening.kind == "name":
        return opening
    verb = lex.verb.search(head)
    if verb is None:
        return None
    after = _subject_after(head[verb.end() :], offset - len(head) + verb.end(), lex, runs)
    return after if after.kind == "name" else None


RE_AUXILIARY_END = re.compile(r"(?:^|(?<=\s))(?:ha|han|había|habían|habría|habrían)\s+$", re.IGNORECASE)
# An impersonal question ("se le pregunta al estratego:", "se le preguntó a la ministra:"): the verb of asking after
# "se le(s)", then "a"/"al" and whom it was put to, right before the colon (session 22, read18: held-out18's coach).
RE_IMPERSONAL_ASKING = re.compile(r"(?:^|\s)se\s+les?\s+$", re.IGNORECASE)
RE_ASKED_PERSON = re.compile(r"\s+(?:a\s+(?=\S)|al\s+(?=[^\W\d]))(?=[^:]{1,80}:\s*$)", re.IGNORECASE)


def _asked_impersonally(prefix: str, verb: re.Match[str], lex: SourceLexicon) -> int | None:
    """Where whom an impersonal question is put to starts in ``prefix`` (after "a"; "al" gives "el" ... read from its
    "l"), when ``verb`` asks ("pregunta", "preguntó", "consultó") after "se le(s)" and a colon ends ``prefix``: the
    quotation after the colon is that person's answer. Spanish only; else None.

    >>> from analysis.sources.lexicon import lexicon
    >>> es = lexicon("es")
    >>> prefix = "Y sobre él se le pregunta al estratego: "
    >>> prefix[_asked_impersonally(prefix, es.verb.search(prefix), es):]
    'estratego: '
    >>> prefix = "El periodista le preguntó al técnico: "
    >>> _asked_impersonally(prefix, es.verb.search(prefix), es) is None
    True
    """
    if lex.language != "es" or not fold(verb.group().split()[-1]).startswith(("pregunt", "consult")):
        return None
    if RE_IMPERSONAL_ASKING.search(prefix, max(0, verb.start() - 12), verb.start()) is None:
        return None
    person = RE_ASKED_PERSON.match(prefix, verb.end())
    return person.end() if person is not None else None


def _purpose_subject(
    prefix: str, clause_start: int, first: re.Match[str], verb: re.Match[str], lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The subject of an infinitive of purpose after an earlier reporting verb ("escribió Rama en su cuenta, para
    subrayar que «...»"): the earlier verb's, when it is written after that verb (a name, or a title of someone who
    speaks); None otherwise (the infinitive is read as before).

    >>> import re
    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> lex = lexicon("es")
    >>> prefix = "Son Kurbin y Thumane, escribió Rama en Facebook, para subrayar que "
    >>> first, verb = lex.verb.search(prefix), lex.verb.search(prefix, prefix.index("subrayar"))
    >>> _purpose_subject(prefix, 0, first, verb, lex, name_runs(prefix, "es")).name
    'Rama'
    >>> prefix = "Rama escribió en Facebook, para subrayar que "
    >>> first, verb = lex.verb.search(prefix), lex.verb.search(prefix, prefix.index("subrayar"))
    >>> _purpose_subject(prefix, 0, first, verb, lex, name_runs(prefix, "es")) is None
    True
    """
    words = verb.group().split()
    if len(words) != 1 or not RE_PURPOSE_INFINITIVE.search(prefix, max(0, verb.start() - 30), verb.start()):
        return None
    if not fold(words[0]).endswith(("ar", "er", "ir")):
        return None
    subject = _subject_after(prefix[first.end() : verb.start()], clause_start + first.end(), lex, runs)
    if subject.kind == "name" or (subject.kind == "title" and subject.mention and _head_speaks(subject.mention, lex)):
        return subject
    return None


RE_FRAME_GERUND = re.compile(r"[ \t]+(\w+(?:ing|ndo))[ \t]+(?:to|with|a|al|con|ante)\s", re.IGNORECASE)


def _framed_speaker(text: str, start: int, end: int, lex: SourceLexicon, runs: list[NameRun]) -> _Subject | None:
    """The person named before a colon with a gerund's frame after the name and no reporting verb: "Brighton
    manager Ann Lee speaking to Sky Sports: “...”" (q9rules, a kind of held-out5 misses: the name at the
    colon, the medium spoken to, is an object). The first person (a full name) in ``text[start:end]`` followed by a
    gerund and the preposition of whom it is spoken to.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> text = "Brighton manager Ann Lee speaking to Sky Sports: “Not ideal.”"
    >>> _framed_speaker(text, 0, text.index(":"), lexicon("en"), name_runs(text, "en")).name
    'Ann Lee'
    >>> text = "The reporter of Sky Sports speaking to Ann Lee: “Not ideal.”"
    >>> _framed_speaker(text, 0, text.index(":"), lexicon("en"), name_runs(text, "en")) is None
    True
    """
    for run in runs[bisect.bisect_left(_starts(runs), start) :]:
        if run.end > end:
            return None
        frame = RE_FRAME_GERUND.match(text, run.end)
        if frame is not None and frame.end() <= end and _is_gerund(frame.group(1)):
            links = [fold(w) for w in text[max(start, run.start - 12) : run.start].split()[-2:]]
            if links and (links[-1] in OBJECT_LINKS or (links[-1] in ARTICLES and links[:1] == ["of"])):
                return None  # "The reporter of Sky Sports speaking to ...": a name governed by a noun, no speaker
            if len(run.name.split()) > 1 and _is_person(lex, run.name) and not _is_place(run.name, lex.language):
                return _Subject("name", run.name, run.name)
            return None
    return None


# Words after a title that open its verb phrase when no reporting verb is written before a colon: clitics,
# negation, auxiliaries ("el ministro se adelantó:", "the minister was blunt:").
VERB_PHRASE_OPENERS = frozenset({"se", "le", "les", "lo", "me", "nos", "no", "ya", "was", "is", "had", "has"})
COLON_TITLE_WORDS = 8  # at most this many words in the title, and as many in the verb phrase after it


RE_REACTION_LEAD = re.compile(r"(?:[A-Z0-9][\w'’.&-]*[ \t]+){0,5}(?:[a-z][\w-]*[ \t]+){0,2}")  # "Charnock Richard manager "
RE_NAME_COMMA = re.compile(r",[ \t]*$")  # a comma ending the words before the opening mark
REACTION_WORDS = 10  # at most this many words before the comma: a title and a name, nothing said


def _name_opening_a_reaction(
    text: str, clause_start: int, prefix: str, lex: SourceLexicon, runs: list[NameRun]
) -> _Subject | None:
    """The person named at the start of a paragraph whose words before the opening mark are only a title, the
    name and a comma, as round-ups of reactions write them with no verb: 'Charnock Richard manager Ryan Donnellan,
    "It was abit of a reality check ..."' (held-out23, spent in session 26: the North West Counties league's managers,
    six quotations left to nobody). English only; the name a person's of two words or more, the title's last words
    in lower case a speaker's (lexicon ``person_titles``, a role cue or a speaker noun); else None.

    >>> from analysis.sources.lexicon import lexicon
    >>> from analysis.sources.names import name_runs
    >>> def read(text):
    ...     at = text.index('"')
    ...     found = _name_opening_a_reaction(text, 0, text[:at], lexicon("en"), name_runs(text, "en"))
    ...     return found and found.name
    >>> read('Ashton Athletic manager Dougie Pitts, "Delighted with the win."')
    'Dougie Pitts'
    >>> read('Ashton Athletic beat Avro, "a very good side", on Saturday.') is None
    True
    >>> read('Tom Hill, "the Rocket", won again.') is None
    True
    """
    if lex.language != "en" or (clause_start and text[clause_start - 1] != "\n") or not RE_NAME_COMMA.search(prefix):
        return None
    head = prefix.rstrip()[:-1].rstrip()
    if len(head.split()) > REACTION_WORDS:
        return None
    run = _name_at_end(head, runs, clause_start + len(head))
    if run is None or len(run.name.split()) < 2 or not _is_person(lex, run.name):
        return None
    lead = head[: len(head) - len(run.name)]
    if not RE_REACTION_LEAD.fullmatch(lead):
        return None
    words = lead.split()
    if not words or not (words[-1][:1].islower() and (lex.person_title.fullmatch(words[-1]) or lex.speaks(words[-1]))):
        return None  # "Ashton Athletic beat Avro,": no title before the name; 'Tom Hill, "the Rocket", won': a nickname
    return _Subject("name", run.name, run.name)


def _colon_title(head: str, lex: SourceLexicon) -> _Subject | None:
    """The title opening the clause before a colon with no reporting verb: "Luego, el ministro se adelantó:
    «...»" → "el ministro" (tied to the minister named before). The clause after its opening phrase starts
    with a determiner; the title ends where the verb phrase opens (a clitic, "no", an auxiliary, or a verb in
    the preterite, "-ó"); it must be a speaker's title (``lex.speaks``), so "la ciudad quedó así:" is nobody.

    >>> from analysis.sources.lexicon import lexicon
    >>> _colon_title("Luego, el ministro se adelantó", lexicon("es")).mention
    'el ministro'
    >>> _colon_title("la ciudad quedó así", lexicon("es")) is None
    True
    """
    words = head.rsplit(",", 1)[-1].split()
    if not words or len(words) > 2 * COLON_TITLE_WORDS or not lex.determiner.fullmatch(words[0] + " "):
        return None
    for at, word in enumerate(words[1 : COLON_TITLE_WORDS + 1], start=1):
        lower = word.lower()
        if lower in VERB_PHRASE_OPENERS or (lex.language == "es" and len(lower) > 3 and lower.endswith("ó")):
            mention = " ".join(words[:at])
            if at > 1 and lex.speaks(mention) and not _plural(lex, mention):
                return _Subject("title", mention, None, mention)
            return None
    return None
