"""A national ministry named only by its minister's title, where no alias file keeps the ministry: "Chinese Minister
of Environmental Protection Chen Jining", "Peru's Minister of Energy and Mines Rómulo Mucho". names_en.office_bodies
reads the ministry an office heads where the alias data knows it; a ministry it does not know was dropped, so the
minister's signature named no party. Here the office's words up to the person's name, when every one of them is a
portfolio word (portfolios_en.PORTFOLIO_WORDS) and a country owns the office, spell the ministry: "Ministry of
Environmental Protection". Nothing is read without a country owner ("Minister of Environmental Protection Chen"
alone could be any country's or a state's) nor from words that are not portfolios (a name is never guessed).
"""
from __future__ import annotations

from scrapers.extract.portfolios_en import PORTFOLIO_WORDS

_JOINS = {"and", "of", "for"}


def portfolio_ministry(words: list[str], country: str | None) -> str | None:
    """'Ministry of <portfolio words>' for an office of a country whose words (the capitalised run after 'Minister
    of') open with portfolio words and go on with a person's name; None when no country owns it, when nothing
    follows (no person named: the run may be a body's own name) or when a word before the name is no portfolio."""
    if not country:
        return None
    k = 0
    while k < len(words) and (words[k] in PORTFOLIO_WORDS or words[k] in _JOINS and k + 1 < len(words)
                              and words[k + 1] in PORTFOLIO_WORDS):
        k += 1
    if k == 0 or k == len(words) or words[k - 1] in _JOINS:
        return None
    return "Ministry of " + " ".join(words[:k])
