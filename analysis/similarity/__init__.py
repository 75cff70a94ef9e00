"""How alike articles are and which text they share: TF-IDF cosine, top-k neighbours, shared passages, clustering.

Modules: ``vectors`` (TF-IDF vectors: counts, weights), ``tfidf`` (cosine, pairs, top terms), ``neighbours``
(exact and approximate top-k), ``passages`` (shared passages from hashed shingles), ``clusters`` (dendrogram
order), ``compare`` (one pair or the corpus: pairs, passages, tables).
"""

from analysis.lazy import exports

__all__ = ['Comparison', 'Passage', 'Reuse', 'TfidfModel', 'analyse', 'approximate_top_k', 'corpus_reuse', 'cosine_matrix', 'exact_top_k', 'leaf_order', 'pair', 'shared_passages', 'similar_pairs', 'tfidf', 'top_terms']
__getattr__, __dir__ = exports(__name__, {'tfidf': 'tfidf', 'similar_pairs': 'tfidf', 'cosine_matrix': 'tfidf', 'top_terms': 'tfidf', 'TfidfModel': 'tfidf', 'exact_top_k': 'neighbours', 'approximate_top_k': 'neighbours', 'shared_passages': 'passages', 'corpus_reuse': 'passages', 'Passage': 'passages', 'Reuse': 'passages', 'leaf_order': 'clusters', 'analyse': 'compare', 'pair': 'compare', 'Comparison': 'compare'})
