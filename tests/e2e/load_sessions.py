"""Concurrent dashboard sessions: N headless-Chromium sessions open every page at once; p50/p95 page-idle times.

    python -m tests.e2e.load_sessions --sessions 8                 # the seeds
    python -m tests.e2e.load_sessions --sessions 8 --synthetic 2000

One Streamlit server (``streamlit run dashboard/app.py``), one Chromium with N
contexts (one session each), all started together. Each session opens the app
(the Corpus page), then visits every page through the sidebar, in order; a
page's *idle time* runs from the click (or the first navigation) until the
app's script has finished: the page's heading is shown and neither the
"Running" status widget nor a spinner has been visible for 0.3 s. On the Report
page the session also clicks "Build the report" and waits for its download
button (no images). The server's resident memory (the Streamlit process and its
workers, from /proc) is sampled every 0.2 s. A measurement tool, not a test:
timings depend on the machine, and are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, start_streamlit

PAGES = [("Corpus", "Corpus"), ("Similarity", "Similarity"), ("Side by side", "Side by side"),
         ("Framing terms", "Framing terms"), ("Casualty figures", "Casualty figures"), ("Report", "Report")]  # fmt: skip
BUSY = '[data-testid="stStatusWidget"], [data-testid="stSpinner"]'
QUIET_MS = 300
PAGE_TIMEOUT_MS = 600_000


def _tree_rss_mb(pid: int, *, children_too: bool = True) -> float:
    """Resident memory of ``pid`` and (``children_too``) its descendants (MB), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        if children_too:
            todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


async def _idle(page, heading: str) -> None:
    await page.get_by_role("heading", name=heading).first.wait_for(timeout=PAGE_TIMEOUT_MS)
    quiet_since = None
    end = time.monotonic() + PAGE_TIMEOUT_MS / 1000
    while time.monotonic() < end:
        busy = await page.locator(BUSY).count()
        now = time.monotonic()
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif (now - quiet_since) * 1000 >= QUIET_MS:
            return
        await asyncio.sleep(0.05)
    raise TimeoutError(f"page {heading!r} never became idle")


def _record(times: dict[str, list[float]], name: str, seconds: float) -> None:
    times[name].append(seconds)
    print(f"  {name}: {seconds:.2f} s", flush=True)  # as it comes: a run cut short still says something


async def _session(browser, url: str, times: dict[str, list[float]], start: asyncio.Event) -> None:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    context.set_default_navigation_timeout(PAGE_TIMEOUT_MS)
    page = await context.new_page()
    await start.wait()
    began = time.monotonic()
    await page.goto(url)
    await _idle(page, "Corpus")
    _record(times, "Corpus (first open)", time.monotonic() - began - QUIET_MS / 1000)
    for link, heading in PAGES[1:]:
        began = time.monotonic()
        await page.locator('[data-testid="stSidebarNav"] a').filter(has_text=link).first.click(timeout=PAGE_TIMEOUT_MS)
        await _idle(page, heading)
        _record(times, link, time.monotonic() - began - QUIET_MS / 1000)
    began = time.monotonic()
    await page.get_by_role("button", name="Build the report").click(timeout=PAGE_TIMEOUT_MS)
    await page.locator(".st-key-report-download button").wait_for(timeout=PAGE_TIMEOUT_MS)
    _record(times, "Report: build", time.monotonic() - began)
    await context.close()


async def _run(url: str, sessions: int) -> dict[str, list[float]]:
    from playwright.async_api import async_playwright

    names = ["Corpus (first open)", *[p[0] for p in PAGES[1:]], "Report: build"]
    times: dict[str, list[float]] = {name: [] for name in names}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        start = asyncio.Event()
        tasks = [asyncio.create_task(_session(browser, url, times, start)) for _ in range(sessions)]
        await asyncio.sleep(1)
        start.set()
        await asyncio.gather(*tasks)
        await browser.close()
    return times


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument(
        "--synthetic", type=int, default=0, help="a synthetic corpus of N articles instead of the seeds"
    )
    args = parser.parse_args()
    corpus = None
    if args.synthetic:
        from analysis.bench.synthetic import generate

        corpus = Path(tempfile.mkdtemp(prefix="contraste-load-"))
        generate(args.synthetic).write_jsonl(corpus / "articles.jsonl")
    process, url = start_streamlit(corpus)
    peak = [0.0, 0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_mb(process.pid))
            peak[1] = max(peak[1], _tree_rss_mb(process.pid, children_too=False))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    began = time.monotonic()
    try:
        times = asyncio.run(_run(url, args.sessions))
    finally:
        done.set()
        sampler.join()
        after = _tree_rss_mb(process.pid)
        process.terminate()
        process.wait(timeout=30)
    rows = {
        name: {"p50": round(statistics.median(v), 2), "p95": round(_percentile(v, 0.95), 2), "max": round(max(v), 2)}
        for name, v in times.items()
    }
    print(f"{args.sessions} sessions, corpus: {corpus or 'seeds'}, wall {time.monotonic() - began:.1f} s")
    print(f"{'page':24} {'p50 s':>7} {'p95 s':>7} {'max s':>7}")
    for name, row in rows.items():
        print(f"{name:24} {row['p50']:7.2f} {row['p95']:7.2f} {row['max']:7.2f}")
    print(
        f"server memory: Streamlit process peak {peak[1]:.0f} MB; with its children (analysis workers, the "
        f"Chromium that renders report images) peak {peak[0]:.0f} MB, at the end {after:.0f} MB"
    )
    summary = {"sessions": args.sessions, "pages": rows, "peak_mb": round(peak[0]), "server_peak_mb": round(peak[1])}
    print(json.dumps({**summary, "end_mb": round(after)}))


if __name__ == "__main__":
    main()
