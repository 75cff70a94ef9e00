"""Who speaks: quotations and attributed statements, their speakers and the speakers' roles.

Modules: ``lexicon`` (verbs, markers, role cues from lexicons/sources_<lang>.yaml), ``names`` (names as
written, titles, one name per person), ``quotes`` (an article's statements, the corpus'), found by
``quote_marks`` (where quotations are), ``direct`` and ``indirect`` (the statements and the subject written
with them, read by ``subjects``), ``speakers`` and ``persons`` (who each statement is, with which role);
``roles`` (role corrections, per-outlet summaries); ``placenames`` (places per outlet).
"""
