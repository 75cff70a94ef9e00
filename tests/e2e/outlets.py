"""A corpus of many outlets for browser tests: synthetic Spanish articles (analysis.bench.synthetic) spread over
``outlets`` fictional outlet labels, some undated, written as one JSON Lines file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from analysis.bench.synthetic import _lexicon, generate

# Fictional labels added to the synthetic settings' 20, so a corpus can have up to 40 outlets.
MORE = [
    "Semanario del Sur", "Gaceta Central", "El Eco Costero", "Noticias de la Sierra", "Diario Fronterizo",
    "La Tribuna Isleña", "El Vigía Oriental", "Crónica del Delta", "Radio Meseta", "El Faro del Norte",
    "Agencia Austral", "La Hoja Llanera", "Mirador Andino", "Prensa del Golfo", "El Correo Minero",
    "Voz Campesina", "Boletín Urbano", "El Puerto Hoy", "La Rosa de los Vientos", "Canal Altiplano",
]  # fmt: skip


def write_outlet_corpus(folder: Path, *, articles: int = 120, outlets: int = 30, undated_every: int = 11) -> Path:
    """``articles`` synthetic articles, article ``i`` from outlet ``i % outlets``; every ``undated_every``-th undated."""
    names = (list(_lexicon()["outlets"]) + MORE)[:outlets]
    if len(names) < outlets:
        raise ValueError(f"at most {len(names)} outlets, asked for {outlets}")
    corpus = generate(articles)
    path = Path(folder) / "outlets.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, a in enumerate(corpus.articles):
            a = replace(a, source=names[i % outlets], date=None if i % undated_every == 0 else a.date)
            record = {"id": a.id, "source": a.source, "date": a.date.isoformat() if a.date else "", "text": a.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
