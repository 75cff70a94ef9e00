"""Benchmark against a bare scikit-learn baseline, on a synthetic corpus with planted reuse (``python -m analysis.bench``).

Modules: ``run`` (stages, timings, memory, ratios), ``synthetic`` (the corpus generator).
"""

from analysis.lazy import exports

__all__ = ['generate', 'main', 'run']
__getattr__, __dir__ = exports(__name__, {'run': 'run', 'main': 'run', 'generate': 'synthetic'})
