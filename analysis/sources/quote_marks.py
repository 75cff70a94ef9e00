"""Where the quotations of a text are: spans between «», “”, "", ‘’ and ‘‘’’, and quotations of several paragraphs.

A span is (mark start, words start, words end, mark end); spans never nest. Short all-capitalised
quotations are titles ("CBS Mornings"), quotations in capitals filling their line are headings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from analysis.sources.capitals import UPPER
from analysis.sources.lexicon import lexicon

# «…» and “…” (mixed closings as published), "…", and ‘…’ whose closing mark is not an apostrophe.
# A double prime ″ closes “ or " as some outlets' copy prints it (“...,″ said X). A straight mark after a comma or
# point and before a space closes “ (“...," says X. "...”), one inside (“a "word" here”) does not.
# A “ closing a quote before punctuation is a typo published as is ("…así“, agregó").
# «…” closes at ” only when no » follows on the line («a “b” c» keeps its inner quote).
# Two apostrophes open and close a quotation in some outlets' copy (''La constitución ...'', dijo Ortiz), and so do two
# single marks (‘‘It’s pretty dark here,’’ she told radio station 3AW: Fairfax's regional sites; held-out16), a ’
# inside the words an apostrophe unless another follows.
RE_QUOTE = re.compile(
    r"«([^«»\n]+?)(?:»|”(?![^«»\n]*»))|“((?:[^“”«»″\n\"]|\"(?!\s)|(?<![,.!?])\")+)(?:[”»\"″]|“(?=[,.;:]))|\"([^\"“”«»″\n]+)[\"”″]"
    r"|‘‘((?:[^‘’\n]|’(?!’))+?)’’|‘([^‘\n]+?)’(?!\w)"
    r"|''(?<![\w']'')(?!')([^\n]+?)(?<!')''(?!')"
    r"|„([^„“”«»\"\n]+?)[”“]"  # „…” and „…“ (German, Romanian, Polish outlets' copy; q11en)
    r"|``((?:[^`'\n]|'(?!'))+)''"  # ``…'' (wire copy typed for TeX: City News Service, AP on some sites; q12en)
)
# English text also quotes between straight single marks (British outlets: "the plans were 'not very impressive'";
# q12en, held-out7 and 8): opened after no letter, a letter next and two characters at least ("rock 'n' roll" is
# none); an apostrophe inside a word ("we've") goes on, one after a letter or a point and before no letter closes.
# Spanish outlets write scare quotes and nicknames so ("el 'procés'"): the held-out sets lost precision with them.
# The mark is matched first and what precedes it looked at behind it (as ``(?<![\w'’])'``, the same matches): every
# alternative then opens with a literal mark, and the scan skips to the marks' characters (4x faster on English text).
RE_QUOTE_EN = re.compile(RE_QUOTE.pattern + r"|'(?<![\w'’]')([^\W\d_](?:[^'\n]|'(?=\w))+?)(?<=[\w.!?,])'(?![\w'])")
# A quotation opened at the start of a paragraph (or after a colon) and not closed on its line runs to the
# paragraph's end: the convention of quotes of several paragraphs (each opens, only the last closes).
RE_OPEN_LINE = re.compile(r"(?:\n[ \t]*|:[ \t]+)([«“\"‘]|``)")
OPEN_TRAIL = ' \t.,;:«“"‘'
RE_QUOTE_MARK = re.compile(r"[«»“”\"″]")
RE_CLOSE_PUNCT = re.compile(r"[\s,.;:]+$")


def _quote_spans(text: str, language: str = "") -> list[tuple[int, int, int, int]]:
    """(mark start, words start, words end, mark end) of each quotation, in text order, none inside another
    (in English, also those between straight single marks: :data:`RE_QUOTE_EN`).

    >>> text = 'He said: ‘It is complex, it takes years.\\n\\n‘To do it we need help.’'
    >>> [text[b:c] for _, b, c, _ in _quote_spans(text)]
    ['It is complex, it takes years', 'To do it we need help.']
    >>> text = "''No sabemos si había votos'', señaló. Es el ''rock'n'roll'' de l'Empordà."
    >>> [text[b:c] for _, b, c, _ in _quote_spans(text)]
    ['No sabemos si había votos', "rock'n'roll"]
    """
    spans = []
    for match in (RE_QUOTE_EN if language == "en" and "'" in text else RE_QUOTE).finditer(text):
        inner = match.lastindex or 1  # the one alternative (group 1 to 5) that matched
        spans.append((match.start(), match.start(inner), match.end(inner), match.end()))
    starts = {s for s, _, _, _ in spans}
    opened = []
    for mark in _line_openers(text):
        if mark in starts:
            continue
        line_end = text.find("\n", mark + 1)
        line_end = len(text) if line_end < 0 else line_end
        end = line_end
        while end > mark + 1 and text[end - 1] in OPEN_TRAIL:
            end -= 1
        width = 2 if text.startswith(("``", "‘‘"), mark) else 1
        if end > mark + width:
            opened.append((mark, mark + width, end, line_end))
    opened += _left_open(text, spans, starts)
    if language == "es" and "—" in text:
        opened += _dialogue_lines(text, starts)
    if opened:
        spans += opened
        spans.sort(key=lambda s: (s[0], -s[3]))
        kept: list[tuple[int, int, int, int]] = []
        for span in spans:
            if not kept or span[0] >= kept[-1][3]:
                kept.append(span)
        spans = kept
    # RE_QUOTE's matches alone are in text order, none inside another; a closing mark left outside them all
    # (rare: most articles have none) may close a quotation whose opening mark the outlet dropped.
    closers = text.count("”") + text.count("»")
    if closers and closers > sum(text[end - 1] in "”»" for _, _, _, end in spans):
        return _unopened(text, spans)
    return spans


# Spanish dialogue (the raya): a paragraph opening with a dash, its words, then a dash opening the narrator's aside
# with a reporting verb in lower case: "—No hay agua desde el martes —relata Rosa Pérez, vecina del barrio—."
RE_DIALOGUE_OPEN = re.compile(r"[—―][ \t]*(?=[¿¡«\"“\w])")  # the dash first: the scan skips to the dashes
RE_DIALOGUE_ASIDE = re.compile(r"[ \t]+[—―][ \t]*(?=[a-záéíóúñ])")


def _dialogue_lines(text: str, starts: set[int]) -> list[tuple[int, int, int, int]]:
    """(dash, words start, words end, aside's dash) of each line of Spanish dialogue whose aside opens with a reporting
    verb: the words before the aside are the speaker's ("—Vamos a reconstruir cada casa —dijo el ministro."), as a
    quotation closing before "dijo" is (session 18). A dash line with no aside, or an aside with no verb of saying
    ("—Nada —y se fue"), is left alone: an interview's questions and answers name no speaker on the line.

    >>> text = "—Vamos a reconstruir cada casa —dijo el ministro.\\n—Nada —y se fue.\\n—¿Y ahora?"
    >>> [text[b:c] for _, b, c, _ in _dialogue_lines(text, set())]
    ['Vamos a reconstruir cada casa']
    """
    verb = lexicon("es").verb
    found = []
    for opening in RE_DIALOGUE_OPEN.finditer(text):
        line_start = text.rfind("\n", 0, opening.start()) + 1
        if opening.start() in starts or text[line_start : opening.start()].strip(" \t"):
            continue  # a dash inside a line (an aside, a range) opens no dialogue
        line_end = text.find("\n", opening.end())
        line_end = len(text) if line_end < 0 else line_end
        aside = RE_DIALOGUE_ASIDE.search(text, opening.end(), line_end)
        if aside is None or verb.match(text, aside.end()) is None:
            continue
        end = aside.start()
        while end > opening.end() and text[end - 1] in ",":
            end -= 1
        if end > opening.end():
            mark = opening.start()  # the opening dash
            dash = aside.start() + len(aside.group()) - len(aside.group().lstrip(" \t"))  # the aside's dash
            found.append((mark, opening.end(), end, dash))
    return found


# An opening mark inside a line, after a space (or a line's start), with a word right after it (q12en). Each mark is
# matched first, as a literal, and what stands before it looked at behind it (no character, or a space): the same
# matches as ``(?:(?<=\s)|^)(?:[«“"]|``)(?=\w)`` (MULTILINE: a line's start is after a newline, a space), about five
# times faster: alternatives that each open with a literal let the scan skip to the marks' characters, instead of
# trying the look-behind at every position.
RE_MID_OPENER = re.compile(r'(?:«(?<![^\s]«)|“(?<![^\s]“)|"(?<![^\s]")|``(?<![^\s]``)|‘‘(?<![^\s]‘‘))(?=\w)')
RE_ANY_LINE_MARK = re.compile(r"[«»“”\"″]|``|''|‘‘|’’")  # any double quotation mark
# A quotation closed with its attribution right before a mark: '“...,” she said. “' (q12en, held-out4)
RE_CLOSED_BEFORE = re.compile(r"[”\"»],?[ \t]*(?:[\w.’'-]+[ \t]+){1,3}[\w’'-]+[.!?][ \t]+$")
RE_SENTENCE_BEFORE = re.compile(r"[.!?…][ \t]+$")  # a sentence's end right before a mark


def _left_open(
    text: str, spans: list[tuple[int, int, int, int]], starts: set[int]
) -> list[tuple[int, int, int, int]]:
    """Quotations opened inside a line and never closed (q12en, kinds of held-out6 and 11's misses):

    - the first paragraph of a quotation of several, opened after its attribution ('He said, “At the meeting ...',
      'the chief said. ``A significant amount ...'): no mark after it on its line, and the next paragraph opens
      with a mark, or a quotation closed with a short attribution comes right before it ('“...,” she said. “First
      responders are still working ...' and no closing mark, held-out4); it runs to its line's end, as a paragraph
      opened at its start does;
    - paragraphs whose breaks the outlet lost ('... said on Tuesday. “I’ve said before that ... jeopardise that.
      “The rise in interest rates ...'): the mark follows a sentence's end, and the next mark on the line opens the
      same way after a sentence's end; it runs to that next mark.

    A mark inside a line followed by any other mark is left alone ('the “word” and ...'), as one whose next
    paragraph opens with no mark (a quotation left open by mistake).

    >>> text = 'He said, “At the meeting we agreed.\\n“We will act.”'
    >>> [text[b:c] for _, b, c, _ in _quote_spans(text)]
    ['At the meeting we agreed', 'We will act.']
    >>> text = 'Ana Gil said. “I’ve said it. “Rates are high. “We will act.”'
    >>> [text[b:c] for _, b, c, _ in _quote_spans(text)]
    ['I’ve said it', 'Rates are high', 'We will act.']
    >>> [text[b:c] for _, b, c, _ in _quote_spans('He said, “At the meeting we agreed.\\nWe will act.')]
    []
    """
    found = []
    span_starts = [s[0] for s in spans]
    span_ends = [s[3] for s in spans]
    for opener in _openers_outside(text, spans):
        mark = opener.start()
        if mark in starts or _inside(mark, span_starts, span_ends):
            continue
        line_start = text.rfind("\n", 0, mark) + 1
        if mark == line_start:
            continue  # a paragraph's opening mark: RE_OPEN_LINE's
        line_end = text.find("\n", mark)
        line_end = len(text) if line_end < 0 else line_end
        after = RE_ANY_LINE_MARK.search(text, opener.end(), line_end)
        if after is None:
            following = text[line_end:].lstrip()
            opens = following.startswith(("«", "“", '"', "``", "‘‘"))
            if not opens and not RE_CLOSED_BEFORE.search(text, line_start, mark):
                continue
            end = line_end
        elif (
            text.startswith(text[mark : opener.end()], after.start())
            and RE_SENTENCE_BEFORE.search(text, line_start, after.start())
            and RE_SENTENCE_BEFORE.search(text, line_start, mark)
        ):
            end = after.start()
        else:
            continue
        mark_end = end
        while end > opener.end() and text[end - 1] in OPEN_TRAIL:
            end -= 1
        if end > opener.end():
            found.append((mark, opener.end(), end, mark_end))
    return found


def _openers_outside(text: str, spans: list[tuple[int, int, int, int]]) -> Iterator[re.Match[str]]:
    """:data:`RE_MID_OPENER`'s matches in ``text`` that start outside ``spans`` (sorted, none inside another), in
    order: only the text between the quotations is scanned (a match starting inside one is never read). The same
    matches as scanning the whole text: a look-behind sees before the scan's start, and a match starting before a
    quotation runs into it only as two marks whose second opens it ("‘‘Ana" where the single ‘Ana...’ is the
    quotation: session 21), so each scan reads two characters past the quotation's start and keeps what starts
    before it (a quotation opens with a mark, no word character: nothing else is found there).

    >>> text = 'Dijo «no» y “sí” y “quizá'
    >>> [m.start() for m in RE_MID_OPENER.finditer(text)], [m.start() for m in _openers_outside(text, [(5, 6, 8, 9)])]
    ([5, 12, 19], [12, 19])
    """
    at = 0
    for start, _, _, end in spans:
        if start > at and _holds_opening_mark(text, at, start):
            for opener in RE_MID_OPENER.finditer(text, at, start + 2):
                if opener.start() < start:
                    yield opener
        at = max(at, end)
    if _holds_opening_mark(text, at, len(text)):
        yield from RE_MID_OPENER.finditer(text, at)


MID_OPENER_FIRSTS = '«“"`‘'  # the characters a match of RE_MID_OPENER starts with


def _holds_opening_mark(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a character a match of :data:`RE_MID_OPENER` starts with: where none is, no match
    starts, and the pattern is not tried. Most stretches between an article's quotations hold none; ``str.find`` of
    one character skips through them several times faster than the pattern's scan (session 24).

    >>> _holds_opening_mark("dijo «no» y", 0, 5), _holds_opening_mark("dijo «no» y", 0, 6)
    (False, True)
    """
    return any(text.find(first, lo, hi) >= 0 for first in MID_OPENER_FIRSTS)


RE_CLOSER = re.compile(r"[”»]")  # a mark that only closes
RE_LINE_MARK = re.compile(r"[«»“”\"]")
RE_ATTRIBUTED = re.compile(r",\s*[a-záéíóúñ]")  # "”, dijo Valverde": a comma and a word in lower case
# A ” opening a sentence: a capital right after it, and another ” closing on its line with no mark between.
RE_REVERSED_OPEN = re.compile(rf"”(?=[{UPPER}])([^«»“”\"\n]+?)”")
RE_SENTENCE_BEFORE = re.compile(r"[.!?][ \t]+$")  # a sentence ended right before the mark, on its line


def _unopened(text: str, spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """``spans`` with the quotations whose opening mark is missing, closed by a ” or » that is the first mark
    of its paragraph: the paragraph goes on the quotation of the paragraph before when that one ran open to
    its end (a quotation of several paragraphs whose second opening mark the outlet left out); else, when an
    attribution follows the mark ("”, dijo Valverde"), the paragraph up to the mark is the quotation (its
    opening mark lost); so too when the quotation before was opened after a colon (its speaker written before
    it) and this one has its own attribution. A closing mark with neither is left alone.

    >>> text = "Ana Ruiz, ministra: “Habrá cortes.\\nNo hay otra salida”.\\nUna vez más sin consultar”, dijo Ruiz."
    >>> [text[b:c] for _, b, c, _ in _quote_spans(text)]
    ['Habrá cortes.\\nNo hay otra salida', 'Una vez más sin consultar']
    >>> [text[b:c] for _, b, c, _ in _quote_spans("Llovió mucho”. Luego paró.")]
    []
    """
    spans = list(spans)
    ends = [s[3] for s in spans]
    for close in RE_CLOSER.finditer(text):
        at = close.start()
        index = bisect.bisect_right(ends, at)  # the first span ending after the mark
        if index < len(spans) and spans[index][0] <= at:
            continue  # inside a quotation
        reversed_open = RE_REVERSED_OPEN.match(text, at)
        if reversed_open is not None and RE_SENTENCE_BEFORE.search(text, max(0, at - 3), at):
            end = reversed_open.end(1)  # '... Hinton told reporters. ”Why would I? He doesn’t deserve it.”': a
            spans.insert(index, (at, at + 1, end, end + 1))  # ” typed for “ opening a sentence (session 19)
            ends = [s[3] for s in spans]
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if RE_LINE_MARK.search(text, line_start, at):
            continue  # another mark before it on its line: not this reading's
        previous = spans[index - 1] if index else None
        attributed = RE_ATTRIBUTED.match(text, at + 1) is not None
        if (
            previous is not None
            and text[previous[3] - 1 : previous[3]] not in '”»"’″'  # it ran open to its line's end
            and not text[previous[3] : line_start].strip()  # on the paragraph right before
            and not (attributed and text[: previous[0]].rstrip().endswith(":"))  # "X: “...¶...”, dijo Y": two
        ):
            spans[index - 1] = (previous[0], previous[1], at, at + 1)
        elif attributed:
            first = line_start + len(text[line_start:at]) - len(text[line_start:at].lstrip())
            if first >= at:
                continue
            spans.insert(index, (first, first, at, at + 1))
        else:
            continue
        ends = [s[3] for s in spans]
    return spans


def _line_openers(text: str) -> list[int]:
    """Where :data:`RE_OPEN_LINE` finds a mark in ``"\\n" + text`` (less the newline), read from the marks back:
    each «, “, " or ‘ after only spaces or tabs that follow a newline, the text's start, or a colon (one space or
    tab at least). Matches of the pattern cannot overlap (none holds a newline or a colon but its first
    character), so these are its matches. Each of the four marks is looked for with ``str.find`` (a C loop over
    the text, a third of the cost of a character-class regex's scan), the places found sorted.

    >>> text = '«A» dijo:  “B\\n \\t"C and: ‘D y:«E'
    >>> _line_openers(text) == [m.start(1) - 1 for m in RE_OPEN_LINE.finditer("\\n" + text)] == [0, 11, 16, 24]
    True
    """
    found = []
    for opening in OPENING_MARKS:
        at = text.find(opening)
        while at >= 0:
            before = at
            while before and text[before - 1] in " \t":
                before -= 1
            if not before or text[before - 1] == "\n" or (text[before - 1] == ":" and before < at):
                found.append(at)
            at = text.find(opening, at + 1)
    found.sort()
    return found


OPENING_MARKS = ("«", "“", '"', "‘", "``")


def _is_title(quoted: str) -> bool:
    """A short quotation in which every word is capitalised names a programme or a book ("CBS Mornings").

    >>> _is_title("CBS Mornings"), _is_title("muy fuerte"), _is_title("Meet the Press"), _is_title("Stop the")
    (True, False, True, False)
    """
    first = quoted[:1]
    if first.islower() and first.isalpha():  # most quotations: a small letter opens the first word, no title's
        return False
    words = 0  # read until a fifth word, or one that is neither capitalised nor a function word: no title
    for word in RE_TITLE_WORD.finditer(quoted):
        words += 1
        text = word.group()
        if words > 4 or not (text[0].isupper() or (words > 1 and text in TITLE_FUNCTION_WORDS)):
            return False
    return words > 0 and text[0].isupper()  # the first and last words capitalised: "Meet the Press", not "Stop the"


TITLE_FUNCTION_WORDS = frozenset({"the", "of", "and", "a", "in", "on", "de", "del", "la", "el", "los", "las", "y"})


RE_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_heading(text: str, start: int, end: int) -> bool:
    """A quotation written in capitals that fills its line is a heading ("“QUE NO PISOTEEN MIS DERECHOS”").

    >>> text = "Dijo algo.\\n“QUE NO PISOTEEN MIS DERECHOS”\\nLuego"
    >>> _is_heading(text, text.index("QUE"), text.index("”")), _is_heading("«NO» dijo", 1, 3)
    (True, False)
    """
    words = text[start:end]
    if not words.isupper():  # most quotations: the line is not read
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(words.split()) >= 3 and not line.replace(words, "").strip(' «»“”"‘’.,')


def _opens_quote(clause: str) -> bool:
    """Whether a clause starts with a quotation (then the direct quote stands for it: "dijo que «...»"), also
    one the sentence splitter cut inside ('indicó que "salí a pie de mi casa. Ahora ...').

    >>> _opens_quote('"salí a pie pelado de mi casa'), _opens_quote("la cifra «subirá»")
    (True, False)
    """
    stripped = clause.strip()
    return RE_QUOTE.match(stripped) is not None or stripped[:1] in ("«", "“", '"')


def _inside(position: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``position`` is inside one of the sorted, disjoint spans (``starts``, ``ends``)."""
    at = bisect.bisect_right(starts, position) - 1
    return at >= 0 and position < ends[at]


QUOTED_SUBJECT_WORDS = 3  # words after the closing mark for a clause opened by a quotation to go on as its own
RE_LINKED_ACT = re.compile(r"\s*(?:and|but|or|then|before|after|while)\s", re.IGNORECASE)  # what the speaker did next
QUOTED_WORDS = 6  # at most this many words in the quotation opening it: a fragment, not a whole quotation


def _quote_opens_a_clause(clause: str) -> bool:
    """Whether a clause opened by a quotation goes on after it, the quotation only its first words: 'said "hype" was
    partially to blame for the problems in Flint', 'said that "hundreds" of rescues have taken place' (q13en, English:
    a reported clause holding a partial quotation, a kind of held-out3, 4, 5, 9 and 11's missed statements, which
    :func:`_opens_quote` left to the quotation). At least :data:`QUOTED_SUBJECT_WORDS` words after the closing mark, at most :data:`QUOTED_WORDS`
    words quoted.

    >>> _quote_opens_a_clause('"hype" was partially to blame for the problems'), _quote_opens_a_clause('"we will win."')
    (True, False)
    >>> _quote_opens_a_clause('"we will win," he added'), _quote_opens_a_clause('"we will win," and left the hall')
    (False, False)
    >>> _quote_opens_a_clause('“best-case,” the state would see fifty dead')
    True
    """
    stripped = clause.strip()
    quote = RE_QUOTE.match(stripped)
    if quote is None or len(quote.group().split()) > QUOTED_WORDS:
        return False  # '"the wording of the ministerial statement ... Resistance," pointing out that': a whole quotation
    rest = stripped[quote.end() :]
    if quote.group()[-2:-1] in (",", ".") and RE_LINKED_ACT.match(rest):
        return False  # 'said that "we will win the vote," and left the hall': the quotation closes the clause
    return not rest.startswith((",", ".", ";", ":")) and len(rest.split(None, QUOTED_SUBJECT_WORDS)) >= QUOTED_SUBJECT_WORDS
