"""Benchmark against a bare scikit-learn baseline, on a synthetic corpus with planted reuse (``python -m analysis.bench``).

Modules: ``run`` (timings, memory, ratios, the command), ``stages`` (what is timed), ``baseline`` (the bare
scikit-learn baseline, recall), ``synthetic`` (the corpus generator).
"""

from analysis.lazy import exports

__all__ = ['generate', 'main', 'run']
__getattr__, __dir__ = exports(__name__, {'run': 'run', 'main': 'run', 'generate': 'synthetic'})
