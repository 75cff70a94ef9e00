"""The Side by side page through Streamlit's AppTest: default pair, highlighted texts, choices."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app_pages/side_by_side.py")
    at.run()
    assert not at.exception
    return at


def bodies(at: AppTest) -> list[str]:
    """The two articles' HTML (the reading view's two boxes; not the app's own style element)."""
    (page,) = [el.proto.body for el in at.get("html") if not el.proto.body.startswith("<style>")]
    first, second = page.split("Second article</div>")
    return [first.split("First article</div>")[1], second]


def test_opens_on_the_closest_pair_with_passages_highlighted(app: AppTest):
    assert app.title[0].value == "Side by side"
    assert (app.selectbox(key="side-a").value[:3], app.selectbox(key="side-b").value[:3]) == ("000", "001")
    assert [m.value for m in app.metric][1] == "3"
    left, right = bodies(app)
    assert left.count('title="shared passage 1"') >= 1 and right.count('title="shared passage 1"') >= 1
    assert "Yván Gil recibió al" in left and 'class="term"' in right
    assert len(app.dataframe[0].value) == 3
    # Each text is headed by outlet and date (seeds/metadata.csv), and the page says which came first.
    assert "<b>Outlet unknown (000)</b> · 2026-01-20" in left and "<b>Outlet unknown (001)</b> · no date" in right
    assert any("unknown: the second article has no date" in i.value.replace("\\", "") for i in app.info)
    # Links jump to each shared passage, on both sides.
    (page,) = [el.proto.body for el in app.get("html") if not el.proto.body.startswith("<style>")]
    assert all(f"href='#first-passage-{n}'" in page and f'id="second-passage-{n}"' in page for n in (1, 2, 3))


def test_other_pair_and_same_article(app: AppTest):
    app.selectbox(key="side-b").set_value(app.selectbox(key="side-b").options[3]).run()
    assert not app.exception
    assert [m.value for m in app.metric][1] == "0"
    assert any("share no passage" in i.value for i in app.info)
    app.selectbox(key="side-b").set_value(app.selectbox(key="side-a").value).run()
    assert not app.exception
    assert any("two different" in w.value for w in app.warning)


def test_article_markup_is_escaped_on_the_page():
    from analysis.corpus.loading import Article, Corpus

    copied = (
        "El ministro <script>alert('x')</script> anunció un paquete de medidas contra la inflación de los alimentos."
    )
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.session_state["corpus"] = Corpus(
        (
            Article("a", f"{copied} Mientras tanto, cientos de personas marcharon en la capital.", language="es"),
            Article("b", f"Otra frase distinta sin relación alguna con nada. {copied}", language="es"),
        )
    )
    at.switch_page("app_pages/side_by_side.py")
    at.run()
    assert not at.exception
    for body in bodies(at):
        assert "<script" not in body and 'title="shared passage 1"' in body
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in re.sub(r"<[^>]+>", "", body)  # shown as text
