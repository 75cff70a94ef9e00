"""Which words each outlet chooses: lexicon frames, counts per article and source, distinctive words, keyword in context.

Modules: ``lexicon`` (frames, terms, matching), ``lexicon_schema`` (YAML schema, validation, packaged lexicons),
``patterns`` (token tests, ``not_in`` contexts), ``sets`` (packaged frame sets), ``counts`` (frame and term counts, rates), ``distinctive`` (Fightin' Words), ``kwic`` (keyword
in context), ``suggest`` (competing words found in the corpus).
"""

from analysis.lazy import exports

__all__ = ['Lexicon', 'LexiconError', 'article_counts', 'default_lexicons', 'fightin_words', 'frames_table', 'kwic_query', 'kwic_terms', 'load_lexicon', 'parse_lexicon', 'source_counts', 'source_vs_rest', 'term_matrix']
__getattr__, __dir__ = exports(__name__, {'Lexicon': 'lexicon', 'LexiconError': 'lexicon_schema', 'default_lexicons': 'lexicon_schema', 'load_lexicon': 'lexicon_schema', 'parse_lexicon': 'lexicon_schema', 'article_counts': 'counts', 'source_counts': 'counts', 'frames_table': 'counts', 'fightin_words': 'distinctive', 'source_vs_rest': 'distinctive', 'term_matrix': 'distinctive', 'kwic_query': 'kwic', 'kwic_terms': 'kwic'})
