"""A country's own body signs for the country: "China and Ecuador on Wednesday signed a memorandum ..." + "The MOU was
inked by the Chinese ambassador on behalf of China's Ministry of Ecology and Environment and by Ecuador's Minister of
Environment, Water and Ecological Transition." restates the one signing (the countries' ministries signed it), not a
second memorandum of two new parties.

A body belongs to a country when its name opens with the country's possessive ("Ecuador's Ministry of ...") or the
alias data gives it that country (Ministry of Ecology and Environment: CN). Used by
clause_readers_en.another_instrument: a definite instrument's signer that is such a body of a party country of the
agreement just reported is that party, as a body of a party city or state already was (pactwatch.gazetteer.
jurisdiction).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.orgs import aliases

POSSESSIVE = re.compile(r"^((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)['’]s?\s")


def body_country(name: str) -> str | None:
    """The ISO code of the country a body's name or the alias data ties it to, else None."""
    if (m := POSSESSIVE.match(name)) and (p := gazetteer().find_en(m.group(1))) and p.kind == "country":
        return p.country
    org = aliases().find_en(name)
    return org.country if org else None


def of_party_country(name: str, parties: set[str]) -> bool:
    """Whether `name` is a body of a country that is one of `parties`."""
    code = body_country(name)
    if not code:
        return False
    return any((p := gazetteer().find_en(q)) is not None and p.kind == "country" and p.country == code for q in parties)
