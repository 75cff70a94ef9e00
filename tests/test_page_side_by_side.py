"""The Side by side page through Streamlit's AppTest: default pair, highlighted texts, choices."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from tests.conftest import open_page

PAGE = "side_by_side"


def reading(at: AppTest) -> str:
    """The reading view's HTML (not the app's own style element, nor the scroll script)."""
    (page,) = [el.proto.body for el in at.get("html") if not el.proto.body.startswith(("<style>", "<script>"))]
    return page


def bodies(at: AppTest) -> list[str]:
    """The two articles' HTML: the reading view's heads, then the cells of each column, row by row."""
    page = reading(at)
    cells = re.findall(r"<div class='reading-(first|second)'[^>]*>(.*?)</div>", page, flags=re.S)
    heads = page.split("Second article</div>")
    return [
        heads[0].split("First article</div>")[1] + "".join(body for side, body in cells if side == "first"),
        heads[1].split("</div></div>")[0] + "".join(body for side, body in cells if side == "second"),
    ]


def test_opens_on_the_closest_pair_with_passages_highlighted(page: AppTest):
    assert page.title[0].value == "Side by side"
    assert (page.selectbox(key="side-a").value[:3], page.selectbox(key="side-b").value[:3]) == ("000", "001")
    assert [m.value for m in page.metric][1] == "3"
    left, right = bodies(page)
    assert left.count('title="shared passage 1"') >= 1 and right.count('title="shared passage 1"') >= 1
    assert "Yván Gil recibió al" in left and 'class="term"' in right
    assert len(page.dataframe[0].value) == 3
    # Each text is headed by outlet and date (seeds/metadata.csv), and the page says which came first.
    assert "<b>Outlet unknown (000)</b> · 2026-01-20" in left and "<b>Outlet unknown (001)</b> · no date" in right
    assert any("unknown: the second article has no date" in i.value.replace("\\", "") for i in page.info)
    # Links jump to each shared passage, on both sides.
    view = reading(page)
    assert all(f"href='#first-passage-{n}'" in view and f'id="second-passage-{n}"' in view for n in (1, 2, 3))
    # One scroll box holds both texts; each passage's paragraphs share a row (cells come in pairs, in order).
    assert view.count("class='reading'") == 1 and "border-left:4px solid rgba(" in view  # rows a passage aligns
    cells = re.findall(r"<div class='reading-(first|second)'[^>]*>(.*?)</div>", view, flags=re.S)
    assert [side for side, _ in cells] == ["first", "second"] * (len(cells) // 2)
    for n in (1, 2, 3):
        row = next(k for k, (side, body) in enumerate(cells) if f'id="first-passage-{n}"' in body) // 2
        assert f'title="shared passage {n}"' in cells[2 * row + 1][1], n  # its copy on the same row
    # A cell beside paragraphs that have no counterpart says where its article goes on: never a blank column.
    first_row = cells[0][1], cells[1][1]
    assert "El vocero del Kremlin" in first_row[0] and "title=" not in first_row[1]
    assert "The second article goes on beside shared passage 1, below." in first_row[1]
    assert all(body.strip() for _, body in cells)


def test_other_pair_and_same_article(page: AppTest):
    page.selectbox(key="side-b").set_value(page.selectbox(key="side-b").options[3]).run()
    assert not page.exception
    assert [m.value for m in page.metric][1] == "0"
    assert any("share no passage" in i.value for i in page.info)
    page.selectbox(key="side-b").set_value(page.selectbox(key="side-a").value).run()
    assert not page.exception
    assert any("two different" in w.value for w in page.warning)


def test_article_markup_is_escaped_on_the_page():
    from analysis.corpus.loading import Corpus
    from analysis.corpus.records import Article

    copied = (
        "El ministro <script>alert('x')</script> anunció un paquete de medidas contra la inflación de los alimentos."
    )
    corpus = Corpus(
        (
            Article("a", f"{copied} Mientras tanto, cientos de personas marcharon en la capital.", language="es"),
            Article("b", f"Otra frase distinta sin relación alguna con nada. {copied}", language="es"),
        )
    )
    at = open_page("side_by_side", session={"corpus": corpus})
    for body in bodies(at):
        assert "<script" not in body and 'title="shared passage 1"' in body
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in re.sub(r"<[^>]+>", "", body)  # shown as text


def test_opened_at_a_sentence_it_is_marked_and_scrolled_to(seeds):
    first, second = seeds.articles[0], seeds.articles[1]
    start = first.text.index("Lavrov enfatizó")
    at = open_page(
        "side_by_side", session={"side-a": first.id, "side-b": second.id, "side-focus": (first.id, start + 3, start + 9)}
    )
    left, right = bodies(at)
    marked = re.sub(r"<[^>]+>", "", left.split('id="focus-sentence"')[1]).split("▶ ", 1)[1]
    assert marked.startswith("Lavrov enfatizó que Rusia observa") and 'id="focus-sentence"' not in right
    assert 'border-bottom:3px solid #d64545' in left
    scripts = [el.proto.body for el in at.get("html") if el.proto.body.startswith("<script>")]
    assert len(scripts) == 1 and 'getElementById("focus-sentence")' in scripts[0]
    assert any("marked ▶" in c.value for c in at.caption)
    # Choosing other articles drops the mark, even when coming back to the same pair.
    at.selectbox(key="side-a").set_value(seeds.articles[2].id).run()
    assert not at.exception and 'id="focus-sentence"' not in reading(at)
    assert not [el for el in at.get("html") if el.proto.body.startswith("<script>")]
    at.selectbox(key="side-a").set_value(first.id).run()
    assert 'id="focus-sentence"' not in reading(at)


def test_a_claim_opens_in_its_article_at_its_sentence():
    at = open_page("figures")
    picker = at.selectbox(key="figures-open")
    claim = picker.options[picker.value] if isinstance(picker.value, int) else picker.value
    at.button(key="figures-open-open").click().run()
    assert not at.exception and at.title[0].value == "Side by side"
    first = at.selectbox(key="side-a").value
    marked = re.sub(r"<[^>]+>", "", bodies(at)[0].split('id="focus-sentence"')[1]).split("▶ ", 1)[1]
    figure = claim.split(" — ")[0]  # e.g. "al menos 60"
    sentence = marked.split(".")[0]
    assert figure in sentence, (claim, sentence)  # the claim's own sentence is the one marked
    assert at.selectbox(key="side-b").value != first
