"""Several dashboard sessions on one corpus: its processing is computed once, and concurrent identical
requests wait for that one computation instead of each starting their own (no stampede).

And the pages list the articles an analysis could not read.
"""

from __future__ import annotations

import threading
import time

from analysis.corpus.loading import Article, Corpus
from dashboard import cached, state
from tests.conftest import open_page


def test_concurrent_identical_requests_compute_once(monkeypatch):
    builds: list[int] = []
    real_build = cached.build

    def slow_build(articles):
        builds.append(threading.get_ident())
        time.sleep(0.5)  # an expensive build: the other sessions arrive while it runs
        return real_build(articles)

    monkeypatch.setattr(cached, "build", slow_build)
    corpus = Corpus((Article("a", "Texto de prueba sobre el puerto.", language="es"),))
    key = cached.corpus_key(corpus) + "-stampede-test"
    cached.text_corpus.clear()
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(cached.text_corpus(key, corpus))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(builds) == 1, f"{len(builds)} builds for 8 identical requests"
    assert len(results) == 8 and all(r is results[0] for r in results), "every session shares the one result"
    cached.text_corpus.clear()


def test_a_page_lists_the_articles_an_analysis_could_not_read(tmp_path, monkeypatch):
    (tmp_path / "bien.txt").write_text("Murieron 12 personas en el ataque contra el mercado.", encoding="utf-8")
    (tmp_path / "largo.txt").write_text("Murieron 7 personas. " + "x" * 5000 + " Fin.", encoding="utf-8")
    monkeypatch.setenv("CONTRASTE_CORPUS", str(tmp_path))
    monkeypatch.setattr(state, "DEFAULT_CORPUS", tmp_path)
    at = open_page("figures", timeout=90)
    expanders = [e for e in at.expander if "Articles not read by every analysis" in e.label]
    assert len(expanders) == 1
    table = at.dataframe[-1].value  # the last table of the page: the problems
    assert table["file"].tolist() == ["largo"] and table["stage"].tolist() == ["text pipeline"]
