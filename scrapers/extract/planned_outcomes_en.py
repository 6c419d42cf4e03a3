"""A gathering whose only outcome is an instrument still to be written or signed (issue 17, the ninety-second web):
"They agreed to prepare a joint statement on climate finance, which they plan to sign at the network's meeting in the
spring", "The mayors decided to draft a charter, to be signed at next year's summit". Such a story tells that nothing
was signed at the gathering it reports, as "No agreements were signed" does (topic.NOTHING_SIGNED): a summit with no
record of its own is then no event. A gathering where something WAS signed keeps its event through that record.

Two forms, English: agreeing (deciding) to prepare, draft, draw up or negotiate an instrument; and an instrument
"which they plan (intend, hope, expect) to sign". Not: "agreed to cooperate", "prepared the declaration they signed".
Pattern text only (joined into topic.NOTHING_SIGNED)."""
from __future__ import annotations

_INSTRUMENT = r"(?:statement|declaration|agreement|memorandum|charter|accord|compact|pledge|letter)"
INSTRUMENT_TO_COME = (
    rf"\b(?:agreed|decided)\s+to\s+(?:prepare|draft|draw\s+up|negotiate|work\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_INSTRUMENT}\b|"
    rf"\b{_INSTRUMENT}s?\b[^.;]{{0,80}}?,\s+which\s+(?:they|the\s+\w+|both\s+sides)\s+(?:plan|intend|hope|expect|aim)\s+"
    r"to\s+sign\b")
