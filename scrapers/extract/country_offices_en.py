"""A known organisation's country office, named by the organisation and the country right after it: "Conservation
International Philippines", "WWF Malaysia", "Wetlands International Indonesia". The known name ended the entity and
the country after it became a party of its own (a signing of the NGO's office with a province read the country as a
third party). The country only says which office of the organisation signed: it is one actor, the organisation.
"""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer


def country_office_end(s: str, toks: list[tuple[str, int, int]], k: int) -> int | None:
    """The token index after the country that follows a known organisation's name ending before token `k` ("...
    International | Philippines signed"), or None: the country is one to three words right after one space, and the
    word after it opens no longer name (not "WWF China Programme Office")."""
    if k >= len(toks) or k == 0 or toks[k][1] != toks[k - 1][2] + 1 or not toks[k][0][:1].isupper():
        return None
    for n in (3, 2, 1):
        if k + n > len(toks):
            continue
        words = toks[k:k + n]
        if any(b[1] != a[2] + 1 for a, b in zip(words, words[1:])):
            continue
        place = gazetteer().find_en(s[words[0][1]:words[-1][2]])
        if place is None or place.kind != "country":
            continue
        after = toks[k + n][0] if k + n < len(toks) else ""
        if after[:1].isupper() and after not in ("and",):
            return None  # "WWF China Programme Office": a longer name of its own
        return k + n
    return None
