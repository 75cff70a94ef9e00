"""Hostile article text stays text on every page: no payload runs, no injected element exists.

The corpus holds an article whose text, title and source label carry HTML and
script payloads; it shares a passage with a second article (so Side by side
highlights the payload), states a casualty figure (so Figures shows it as
evidence) and uses a framing term (so keyword in context shows it).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, start_streamlit, stop_streamlit

pytestmark = pytest.mark.e2e

IMG = '<img src=x onerror="window.pwned=1">'
SCRIPT = "<script>window.pwned=2</script>"
SVG = '<svg onload="window.pwned=3"><circle r=5></circle></svg>'
LINK = "[pulse aquí](javascript:window.pwned=4)"
SHARED = (
    f"El gobierno confirmó que la operación militar en la frontera norte {IMG} continuará durante las "
    "próximas semanas con apoyo aéreo y terrestre de las fuerzas armadas."
)
EVIL = (
    f"{SCRIPT} El secuestro del presidente fue condenado por varios gobiernos de la región. {SVG} {LINK}\n\n"
    f"{SCRIPT} Al menos 12 personas murieron en el ataque {IMG}, según la Cruz Roja.\n\n{SHARED}"
)
CALM = (
    "Fuentes oficiales hablaron de una captura. Al menos 15 personas murieron en el ataque, según el ministerio.\n\n"
    f"{SHARED} La oposición pidió explicaciones."
)
SOURCE = f'**Diario** [x](http://x) <b onmouseover="window.pwned=5">D</b> {IMG} [y](javascript:window.pwned=6)'
TITLE = f"{SCRIPT}{IMG} Titular **hostil**"
PAGES = [
    ("corpus", "Corpus"),
    ("similarity", "Similarity"),
    ("side-by-side", "Side by side"),
    ("framing", "Framing terms"),
    ("figures", "Casualty figures"),
    ("sources", "Sources"),
    ("report", "Report"),
]


def tracked_payloads(base: str) -> str:
    """Every way a label could make the reader's browser fetch ``base``: Markdown after a blank line
    (which ends a raw-HTML block), HTML elements, CSS, LaTeX, Streamlit directives, bidi and ESC."""
    return "\n\n".join(
        [
            "Tracked",
            f"![img]({base}/markdown-image)",
            f"![ref][r]\n\n[r]: {base}/reference-image",
            f"[link]({base}/link) <{base}/autolink>",
            f'<img src="{base}/html-image"> <video poster="{base}/poster"></video>',
            f'<iframe src="{base}/iframe"></iframe> <object data="{base}/object"></object>',
            f"<style>@import url({base}/css-import);</style> <link rel=stylesheet href={base}/css-link>",
            f'<div style="background:url({base}/css-background)">x</div>',
            f"$\\href{{{base}/latex}}{{x}}$ $$\\text{{y}}$$ :red[RED] :material/warning:",
            "Periódico\u202egpj.exe \x1b[31mRED",
        ]
    )


class Tracker:
    """An HTTP server on 127.0.0.1 that records every request: no page may make one."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        tracker = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                tracker.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/gif")
                self.end_headers()
                self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def tracker() -> Iterator[Tracker]:
    server = Tracker()
    yield server
    server.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, tracker) -> Iterator[str]:
    folder: Path = tmp_path_factory.mktemp("hostile")
    payloads = tracked_payloads(tracker.base)
    tracked = {
        "text": "Al menos 30 personas murieron en el bombardeo del puerto, según la Cruz Roja. Los vecinos pidieron ayuda.",
        "source": payloads,
        "title": payloads,
        "date": "2026-01-07",
        "language": "es",
    }
    (folder / "tracked.json").write_text(json.dumps(tracked), encoding="utf-8")
    record = {"text": EVIL, "source": SOURCE, "title": TITLE, "date": "2026-01-05", "language": "es"}
    (folder / "evil.json").write_text(json.dumps(record), encoding="utf-8")
    (folder / "calm.json").write_text(
        json.dumps({"text": CALM, "source": "Calma", "date": "2026-01-06", "language": "es"}), encoding="utf-8"
    )
    process, url = start_streamlit(corpus=folder)
    yield url
    stop_streamlit(process)


def _injected(page) -> list[str]:
    """Injected elements in the page and in any frame (st.html and components may use iframes)."""
    found = []
    for frame in page.frames:
        found += frame.evaluate(
            """() => [...document.querySelectorAll(
                "img[src='x'], svg[onload], b[onmouseover], a[href^='javascript'], a[href='http://x']")]
                     .map(e => e.outerHTML.slice(0, 80))"""
        )
        found += frame.evaluate(
            "() => [...document.scripts].filter(s => s.textContent.includes('window.pwned')).map(s => 'script')"
        )
    return found


def _pwned(page) -> list[object]:
    return [frame.evaluate("() => window.pwned") for frame in page.frames if frame.evaluate("() => window.pwned")]


def _hover_points(page) -> int:
    """Hover the first points of every chart so Plotly draws its hover labels (which show source labels)."""
    hovered = 0
    for chart in page.locator('[data-testid="stPlotlyChart"]').all():
        chart.scroll_into_view_if_needed()
        for point in chart.locator("g.point path, g.points path").all()[:3]:
            box = point.bounding_box()
            if box and box["width"] > 0:
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                page.wait_for_timeout(150)
                hovered += 1
    return hovered


@pytest.mark.parametrize(("path", "heading"), PAGES, ids=[p for p, _ in PAGES])
def test_hostile_text_stays_text(page, hostile, tracker, path: str, heading: str):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile}/{path}")
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)  # let every element of the page render
    if path == "framing":  # keyword in context of a word next to the payloads
        page.get_by_role("textbox", name="…or any word, stem or phrase").fill("secuestro")
        page.keyboard.press("Enter")
        page.get_by_text("1 occurrences of secuestro").wait_for(timeout=30_000)
    if path in ("corpus", "similarity", "figures", "framing"):
        page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
        assert _hover_points(page) > 0
    if path == "side-by-side":
        page.wait_for_selector("mark", timeout=60_000)
    if path == "figures":  # the toll's reports keep their sentences folded (<details>): the evidence table's show
        page.get_by_text("Claims and their evidence").wait_for(timeout=60_000)
        page.locator("mark:visible").first.wait_for(timeout=60_000)
    if path == "corpus":  # Streamlit's own CSV export writes formulas as they are: hidden
        page.locator('[data-testid="stDataFrame"]').first.hover(force=True)
        page.wait_for_timeout(300)
        assert page.locator('[data-testid="stElementToolbar"]').first.is_visible()
        assert not any(b.is_visible() for b in page.locator("button[aria-label='Download as CSV']").all())
    body = page.inner_text("body")
    if path == "side-by-side":
        assert "window.pwned=2" in body and "<img src=x" in body  # shown as text, highlighted
        assert page.locator("mark").count() >= 2
        # The source label above the text is shown as written (cut to 40 characters): no link, no markup.
        outlet = page.locator("b").filter(has_text="**Diario**").first
        assert outlet.inner_text().startswith("**Diario** [x](http://x) <b onmouseover")
        assert outlet.locator("a, b").count() == 0
    if path == "figures":
        assert "window.pwned=2" in body  # the evidence sentence, as text
    page.screenshot(path=str(ARTIFACTS / f"hostile-{path}.png"), full_page=True)
    assert _pwned(page) == [] and dialogs == []
    assert _injected(page) == []
    assert tracker.requests == [], f"the {path} page made the browser fetch {tracker.requests}"
    if path == "figures":  # the evidence table holds the tracked label, shown as text on one line (the tolls grid
        # may hold it too, in a single-source toll's explanation, as a hidden accessible cell: the visible one is read)
        page.locator("td:visible", has_text="Tracked ![img](http://127.0.0.1").first.wait_for(timeout=30_000)
