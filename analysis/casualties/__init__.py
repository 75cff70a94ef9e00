"""Casualty figures: quantities in words and digits, claims (kind, group, attribution), incidents and agreement.

Modules: ``quantities`` (figures and qualifiers to intervals), ``claims`` (what a figure counts), ``incidents``
(which event a claim is about), ``agreement`` (do sources agree).
"""

from analysis.lazy import exports

__all__ = ['Agreement', 'Claim', 'Figure', 'KINDS', 'agreements', 'claims_in', 'extract', 'find_figures', 'interval']
__getattr__, __dir__ = exports(__name__, {'find_figures': 'quantities', 'interval': 'quantities', 'Figure': 'quantities', 'Claim': 'claims', 'KINDS': 'claims', 'claims_in': 'claims', 'extract': 'claims', 'agreements': 'agreement', 'Agreement': 'agreement'})
