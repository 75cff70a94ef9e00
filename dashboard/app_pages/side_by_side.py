"""Side-by-side page: two articles in full, aligned paragraph by paragraph in one scroll box, their shared
passages in matching colours, top terms marked; a sentence opened from a table row marked and scrolled into view."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from analysis.config import settings
from analysis.present.highlight import passage_colour, reading_rows
from analysis.present.names import published_first
from analysis.present.reading import reading_html
from analysis.report.sections import closest_pairs_result
from analysis.report.stored import Store
from analysis.similarity.compare import Comparison, PairComparison, close_pairs, pair, passages_table
from analysis.text import TextCorpus
from dashboard import components, state

TEXT_HEIGHT = 640
# The comparison (TF-IDF model, cosine matrix, shingle index) is built only when the pair shown is not among the
# closest pairs stored with the collection (by `contraste report` or the Similarity page), as that page does.
Comparing = Callable[[], Comparison]


@st.cache_data(max_entries=4, show_spinner=False)
def _stored_pairs(key: str, threshold: float, _store: Store | None) -> tuple[PairComparison, ...]:
    """The closest pairs stored with the collection at the workspace's threshold, with their terms and passages
    (the Similarity page's table), or none: read only, never computed here."""
    if _store is None:
        return ()
    found = _store.find(closest_pairs_result(threshold))
    return tuple(found) if found else ()


@st.cache_data(max_entries=32, show_spinner="Aligning the two articles…")
def _pair(key: str, i: int, j: int, _comparison: Comparing, _text: TextCorpus) -> PairComparison:
    return pair(_comparison(), _text, i, j)


@st.cache_data(max_entries=4)
def _closest(key: str, _comparison: Comparing, _text: TextCorpus) -> tuple[str, str] | None:
    pairs = close_pairs(_comparison(), _text, threshold=0.0, limit=1)
    return (pairs[0].a, pairs[0].b) if pairs else None


st.title("Side by side")
st.caption(
    "Two articles in full. Passages one reuses from the other are highlighted in the same colour on both sides; "
    "the words contributing most to their similarity are underlined."
)

note = st.empty()  # where the pair's results come from (stored with a collection), said once known
corpus = state.require_articles(2)

key = state.corpus_key(corpus)
text = state.current_text()
comparison = state.current_comparison  # called only for a pair that is not stored
names = state.names()
short = state.names(short=True)
ids = [d.id for d in text.docs]  # the comparison's ids, in corpus order
threshold = float(state.setting("similarity_threshold", settings().similarity.pair_threshold))  # type: ignore[arg-type]
store = state.stored_results()
stored = {(p.a, p.b): p for p in _stored_pairs(key, threshold, store)}  # the closest first
if any(st.session_state.get(side) not in ids for side in (state.SIDE_A, state.SIDE_B)):  # the closest pair first
    closest = next(iter(stored), None) or _closest(key, comparison, text) or (ids[0], ids[1])
    for side, default in ((state.SIDE_A, closest[0]), (state.SIDE_B, closest[1])):
        if st.session_state.get(side) not in ids:
            st.session_state[side] = default


def _forget_focus() -> None:
    """A sentence opened from a row belongs to that visit: choosing other articles drops its mark."""
    st.session_state.pop(state.SIDE_FOCUS, None)


left, right = st.columns(2)
a = left.selectbox("First article", ids, format_func=names.__getitem__, key=state.SIDE_A, on_change=_forget_focus)
b = right.selectbox("Second article", ids, format_func=names.__getitem__, key=state.SIDE_B, on_change=_forget_focus)
if a == b:
    st.warning("Choose two different articles.")
    st.stop()

i, j = ids.index(a), ids.index(b)
result = stored.get((a, b)) or _pair(key, i, j, comparison, text)
if (a, b) in stored:
    with note.container():
        components.stored_note(store, ("pairs",))
reuse = result.reuse
first, second = text.docs[i].article, text.docs[j].article
columns = st.columns(4)
columns[0].metric("Similarity", f"{result.score:.0%}", help="0 % = no word in common, 100 % = the same wording")
columns[1].metric("Shared passages", len(reuse.passages))
columns[2].metric("First: words reused", f"{reuse.a_reused_share:.0%}")
columns[3].metric("Second: words reused", f"{reuse.b_reused_share:.0%}")
st.info(components.plain(published_first(first, second)), icon=":material/schedule:")  # outlet labels are untrusted
if result.top_terms:
    st.markdown("**Words they share most:** " + ", ".join(f"`{t.term}`" for t in result.top_terms))

focus = st.session_state.get(state.SIDE_FOCUS)
focus = focus if isinstance(focus, tuple) and focus[0] in (a, b) else None
if focus is not None:
    where = "first" if focus[0] == a else "second"
    st.caption(f"The sentence you opened is marked ▶ and underlined in red in the {where} article.")
rows = reading_rows(text.docs[i], text.docs[j], reuse, features=[t.feature for t in result.top_terms], focus=focus)
st.html(reading_html(first, second, rows, passages=len(reuse.passages), height=TEXT_HEIGHT))
if focus is not None:
    components.scroll_into_view("focus-sentence", when=repr(focus))

if reuse.passages:
    st.subheader("Shared passages")
    table = passages_table(result)
    table.insert(1, "colour", [passage_colour(n) for n in range(len(table))])
    st.caption("Click a passage to bring it into view in the texts above, marked ▶.")
    event = st.dataframe(
        table.style.apply(lambda col: [f"background-color: {c}; color: transparent" for c in col], subset=["colour"]),
        hide_index=True,
        width="stretch",
        key=f"side-passages-{i}-{j}",
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "colour": st.column_config.TextColumn("colour", width="small"),
            "score": st.column_config.NumberColumn("share of words repeated", format="percent"),
            "a_text": st.column_config.TextColumn(f"in {short[a]}"),
            "b_text": st.column_config.TextColumn(f"in {short[b]}"),
        },
    )
    picked = list(getattr(getattr(event, "selection", None), "rows", None) or [])
    target = (a, *reuse.passages[picked[0]].a_spans[0]) if picked and picked[0] < len(reuse.passages) else None
    if target is not None and target != focus:
        st.session_state[state.SIDE_FOCUS] = target
        st.rerun()
    components.csv_download(table.drop(columns=["colour"]), "shared-passages.csv", key="side-passages-csv")
else:
    st.info("These two articles share no passage (no run of 5+ words repeated in enough of a sentence).")
