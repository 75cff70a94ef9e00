"""Who speaks: quotations and attributed statements, their speakers and the speakers' roles.

Modules: ``lexicon`` (verbs, markers, role cues from lexicons/sources_<lang>.yaml), ``names`` (names as
written, titles, one name per person), ``quotes`` (direct and indirect statements), ``roles`` (role
corrections, per-outlet summaries).
"""
