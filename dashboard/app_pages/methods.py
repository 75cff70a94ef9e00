"""Methods page: how each number in the dashboard is computed, in plain words, with its limits."""

from __future__ import annotations

import streamlit as st

from analysis.config import settings

st.title("Methods")
st.caption(
    "How every number on these pages is made, what it can tell you, and where it goes wrong. "
    "Nothing here is a verdict: each figure points you to passages worth reading."
)

passages = settings().passages

st.header("Similarity: how alike two articles are worded")
st.markdown(
    """
Each article becomes a list of its words, reduced to their root (*secuestro*, *secuestrado* and
*secuestraron* count as one word) and the pairs of words that follow each other. Very common words
(*el*, *de*, *the*) are left out. Every word gets a weight: **more** when it is frequent in this article,
**less** when many articles use it (a word every article uses says nothing about who copied whom).
This weighting is called TF-IDF.

Two articles' **similarity** compares their weights word by word (the cosine of the two weight lists):
**0 %** means no word in common, **100 %** the same words in the same proportions. The heatmap puts articles
with similar wording next to each other, so groups of articles about the same story form dark squares.
The diagonal (an article against itself) is left blank.

*Limits*: similarity is about words, not facts. Two articles on the same press conference are similar
even if written independently; a rewrite with different words scores low even if it took every fact.
Past a few thousand articles only each article's closest neighbours are compared.
"""
)

st.header("Shared passages: text one article repeats from another")
st.markdown(
    f"""
A **shared passage** is a sentence (or a few) that two articles have in common, word for word or nearly.
Every run of {passages.shingle_size} consecutive words is looked up in the other article; sentences that share
enough such runs are compared, and kept when most of their words lie in shared runs. Sentences may be moved,
dropped or split: the order does not matter. Copied sentences that follow each other in one paragraph on
both sides are one passage, so a copied paragraph counts once. "Words reused" is the share of an article's
words inside shared passages. Side by side shows the two texts in one box, paragraph by paragraph: the
paragraphs holding a shared passage sit on the same row (a paragraph that was moved stays where each
article has it).

*Limits*: quotations both articles took from the same speaker, or a wire story both copied, look the
same as one article copying the other. The earlier publication date (Side by side) is a hint of who
published first, not proof of who copied. Very short passages (a headline, a dateline) are not counted.
"""
)

st.header("Distinctive words: what one source says more than the others")
st.markdown(
    """
For each word, the method compares how often one source (or group) uses it against how often the others
do, allowing for how common the word is overall: a rare word used twice does not win by chance
(the *Fightin' Words* method of Monroe, Colaresi & Quinn, 2008). The result is a score **z**:
to the right, words this source uses more; to the left, words it uses less.

**Solid bars** have |z| ≥ 1.96: a difference that large arises by chance less than 5 % of the time.
**Faded bars** may be chance. Words are shown as the articles wrote them (the most frequent spelling),
although they are counted by root.

*Limits*: with few articles per source almost nothing is significant; a source with one long article
looks distinctive for that article's topic, not its framing. Read the words in context before
concluding anything.
"""
)

st.header("Framing terms: competing words for the same thing")
st.markdown(
    """
The framing lexicons list competing words for one act (*secuestro* / *captura* / *detención*). Each
source's uses are counted in any inflection and divided by its length, **per 1,000 words**, so that long
and short sources compare fairly. You can upload your own lexicon on the Framing page.

*Limits*: a word is counted wherever it appears, also in a quotation the outlet reports or rebuts.
The keyword-in-context table shows each use: check them.
"""
)

st.header("Stories: which articles cover the same event")
st.markdown(
    """
Articles are linked when they are each other's closest neighbours by wording (the similarity above) or share
names and figures in title and lead (places, people, storms, venues, tolls; a place is one name in every
language, *Turquía* = *Turkey*), and were published within a few days of each other. A story spans a month at
most, so the same kind of event a year apart is two stories; undated articles join by similarity alone. A
story is labelled with its most distinctive words. "Who covered which story first" counts days from the
story's first dated article.

*Limits*: a story is a grouping by words and dates, not an editor's judgement; rename, merge or split
stories on the Stories page, and every page and the CLI use your edits.
"""
)

st.header("Sources: who speaks")
st.markdown(
    """
Quotations (between «», “”, "" or ‘’) and statements reported with a named speaker ("Peskov afirmó que…",
"según…") are found by rules, not a model. One speaker is one name across the corpus ("el portavoz del
Kremlin, Dmitri Peskov" and "Peskov" are Dmitri Peskov), and a role (government / official, military /
police, international body / NGO, expert, witness / resident / family, another outlet or agency) comes from
the titles written with the name.

*Limits*: a speaker named without a title is "unknown"; check the quotes in context on the Sources page and
correct a role when it is wrong.
"""
)

st.header("Casualty figures and whether sources agree")
st.markdown(
    """
Sentences giving a number of people killed, injured, detained or kidnapped, missing or displaced are
read as a **range**: "al menos 100" is 100 or more, "más de un centenar" 101 or more, "cerca de 100"
90 to 110, "decenas" 20 to 99. Each claim keeps its sentence, who it is attributed to ("según el
ministerio"), the group of people and the incident (the date the text gives for the event).

Claims of the same story, kind, group and place are compared **in time**, by report date (the date the
sentence gives, "informó este lunes", else its article's): **consistent** when reports of about the same
time overlap; **revised** when a later report raises the figure (a rising toll, not a conflict);
**outdated** when a figure is below one others had already published; **conflicting** when reports of the
same day cannot both be true, or a figure is above the toll later confirmed; **single-source** when only
one article gives it. A town and its region are compared apart, unless the incident has one site named at
several levels (a town, its city, its country: compared as one). An **estimate** ("las autoridades estimaron que
han muerto más de 10.000", "officials feared 10,000 died", "an estimated 850") is compared with estimates only: a
count below an earlier estimate is not behind the news. Conflicts come first in the claims table.

*Limits*: the reader misses figures written in unusual ways and can attach a figure to the wrong place or
incident; merge or split incidents on the Casualty figures page. Read each conflict's sentences before
calling it one: "19 of those injured" is part of a toll, not a second toll.
"""
)

st.header("What is never sent anywhere")
st.markdown(
    """
Everything is computed on this machine. The dashboard fetches a web page only when you paste its URL,
and keeps your work (articles, labels, merges, settings) in a file on this machine, named on the Corpus page.
"""
)
