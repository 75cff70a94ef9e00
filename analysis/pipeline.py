"""What the whole analysis needs before it runs: worker processes, started early for large inputs, and the
text pipeline's per-article readings kept in a collection (:func:`text_of_collection`).

Worker processes take a second or two to start and import the text pipeline and
the claims reader; for an input large enough to be spread over them
(``settings/parallel.yaml``: ``start_bytes``), the caller that is about to run the
analysis starts them before loading, so that the start overlaps reading the files.
Loading itself knows nothing of what comes after it.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from analysis import parallel
from analysis.config import settings

if TYPE_CHECKING:
    from analysis.corpus.records import Article
    from analysis.text import Reading, TextCorpus

__all__ = ["WORKER_MODULES", "pack_reading", "start_workers_for", "text_of_collection", "unpack_reading"]

# The modules whose functions run on workers (imported there once, when they start).
WORKER_MODULES = ("analysis.text", "analysis.casualties.claims", "analysis.sources.quotes")


def start_workers_for(input_bytes: int) -> bool:
    """Start the workers when ``input_bytes`` of input will be analysed; True if that size calls for them.

    >>> start_workers_for(0)
    False
    """
    if input_bytes < settings().parallel.start_bytes:
        return False
    parallel.start(*WORKER_MODULES)
    return True


def _fingerprint() -> str:
    """What a reading depends on besides the text: the text pipeline's code, its abbreviations and token limit."""
    from importlib import resources

    import analysis.text

    digest = hashlib.sha256()
    for module in sorted(Path(analysis.text.__file__).parent.glob("*.py")):  # the pipeline's modules
        digest.update(module.read_bytes())
    digest.update(resources.files("analysis.lexicons").joinpath("abbreviations.txt").read_bytes())
    digest.update(str(settings().limits.max_token_chars).encode())
    return digest.hexdigest()[:16]


def pack_reading(tokens: Sequence[str], starts: np.ndarray, sentences: Sequence[tuple[int, int]]) -> bytes:
    """One article's reading as bytes: token and sentence counts, offsets and spans (int32), tokens (zlib, \\x1f-joined).

    >>> reading = unpack_reading(pack_reading(["el", "sr"], np.array([0, 3]), [(0, 6)]))
    >>> reading[0], reading[1].tolist(), reading[2]
    (['el', 'sr'], [0, 3], [(0, 6)])
    """
    spans = np.asarray(sentences, dtype=np.int32).reshape(-1)
    words = zlib.compress("\x1f".join(tokens).encode("utf-8"), 1)
    head = np.asarray([len(tokens), len(sentences)], dtype=np.int32)
    return head.tobytes() + np.asarray(starts, dtype=np.int32).tobytes() + spans.tobytes() + words


def unpack_reading(data: bytes) -> tuple[list[str], np.ndarray, list[tuple[int, int]]]:
    """:func:`pack_reading` read back (offsets as int32, as the text pipeline makes them)."""
    count, sentences = np.frombuffer(data, dtype=np.int32, count=2).tolist()
    starts = np.frombuffer(data, dtype=np.int32, count=count, offset=8).copy()
    spans = np.frombuffer(data, dtype=np.int32, count=2 * sentences, offset=8 + 4 * count).reshape(-1, 2)
    text = zlib.decompress(data[8 + 4 * count + 8 * sentences :]).decode("utf-8")
    tokens = text.split("\x1f") if count else []
    if len(tokens) != count:
        raise ValueError(f"a stored reading holds {len(tokens)} tokens, not {count}")
    return tokens, starts, [(int(a), int(b)) for a, b in spans.tolist()]


def text_of_collection(articles: Sequence[Article], collection: str | Path) -> TextCorpus:
    """``analysis.text.build`` of articles from a collection, each article's reading (tokens, offsets, sentences)
    read back from the collection's derived results by content hash when it was made before, and the new ones
    stored there (``analysis.corpus.derived``). Stemming and the corpus-wide tables are made anew: they depend
    on the whole corpus. The result is the same as ``build(articles)``.
    """
    from analysis.corpus.collection import content_hash
    from analysis.corpus.derived import content_hashes, read_derived, write_derived
    from analysis.text import build

    kind = f"reading:{_fingerprint()}"
    stored_hash = content_hashes(collection, [a.id for a in articles])
    hashes = [stored_hash.get(a.id) or content_hash(a.text) for a in articles]
    stored = read_derived(collection, kind, hashes)
    known: list[Reading | None] = []
    for digest in hashes:
        try:
            known.append(unpack_reading(stored[digest]) if digest in stored else None)
        except (ValueError, zlib.error):
            known.append(None)  # a damaged entry is read again, and replaced
    corpus = build(articles, known=known)
    troubled = {p.file for p in corpus.log}
    new = {
        digest: pack_reading(doc.tokens, doc.starts, doc.sentences)
        for digest, doc, reading in zip(hashes, corpus.docs, known, strict=True)
        if reading is None and doc.article.id not in troubled  # an article with a problem is read again next time
    }
    write_derived(collection, kind, new.items())
    return corpus
