"""A minister's (or a US secretary's) title read as what it is, a person's office: "Minister for Energy and Environment Matt Kean",
"Minister for Climate Change and Energy Penny Sharpe", "Minister of Economic Affairs, Labour and Tourism Nicole
Hoffmeister-Kraut" (the titles of Australian, Canadian, British and German state ministers). The portfolio's words
("Energy", "Environment") are heads of organisations' names, so without this the title alone was read as a body
("Minister for Energy") and given a pledge or a party seat. The ministry the office heads is read where a party slot
names it (names_en.office_bodies), not here; a portfolio of its list is no party and no body of its own
(portfolios_en.in_portfolio_list, portfolios_en.past_office).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# "Minister for ...", "Minister of ...", "Deputy Minister of ...", "Prime Minister ...", "Minister-President ..."
OFFICE = re.compile(r"^(?:(?:Deputy|Assistant|Junior|Federal|State|Prime|Chief|First)\s+)?Minister(?:-President)?"
                    r"(?:\s+(?:for|of)\b|\s+[A-Z]|$)")


# a secretary's title: "Secretary of Energy Steven Chu", "Deputy Secretary of State ...", "Secretary of State for
# Energy Security ..." (no body names itself so: the department is "Department of Energy")
SECRETARY = re.compile(r"^(?:(?:Deputy|Assistant|Under)\s+)?Secretary\s+(?:of|for)\s+[A-Z]")

# the country or place whose office it is, in the possessive
_OWNER = re.compile(r"^[A-Z][a-z]+['’]s\s+(?=(?:Deputy\s+|Assistant\s+)?(?:Minister|Secretary)\b)")


def is_office(name: str) -> bool:
    """Whether a capitalised run opens with a minister's title ("Minister for Energy", "Prime Minister Scott
    Morrison") or a secretary's ("Secretary of Energy Ernest Moniz and ..."): a person by office,
    never an organisation's name."""
    name = _OWNER.sub("", name)  # "Chile's Minister of Energy Juan Carlos Jobet": an office of Chile's
    return name.startswith(("Minister", "Deputy", "Assistant", "Junior", "Federal", "State", "Prime", "Chief",
                            "First", "Secretary", "Under")) and bool(OFFICE.match(name) or SECRETARY.match(name))


