"""A body told first by its country's possessive and its role in plain words, then by its own name (English): a wire
story's lede says "Denmark's energy agency signed a cooperation agreement ..." and a later sentence names "the Danish
Energy Agency (DEA)". The role phrase (possessive_parties_en) named the party as the lede wrote it, a description no
gold or alias list holds, and the body's own name never reached the row. Where the story names a body whose words are
the role's words capitalised, after the country's adjective or the country itself ("Danish Energy Agency", "Denmark
Energy Agency"), the lede's phrase is that body: the sentence is read with the name in its place.

Precision first: the possessive must be a country's (the gazetteer's), the role one to four lower-case words ending in a
public body's head word, and the name must occur in the story word for word; otherwise the sentence is left as it is.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.place_references import DEMONYMS

_HEADS = r"(?:agency|ministry|department|bureau|commission|authority|administration|office|board|council|directorate|centre|center|institute|regulator)"
# "Denmark's energy agency", "Norway's water resources and energy directorate"
POSSESSIVE_ROLE = re.compile(rf"\b(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+"
                             rf"(?P<role>(?:(?!the\b|a\b|an\b|its\b|their\b|new\b)[a-z]+\s+){{0,4}}{_HEADS})\b")


def story_role_names(text: str) -> dict[str, str]:
    """Each "<Country>'s <role>" phrase of a story -> the body's own name the story gives it (see the module)."""
    if "'s " not in text and "’s " not in text:
        return {}
    from pactwatch.gazetteer import gazetteer

    out: dict[str, str] = {}
    for m in POSSESSIVE_ROLE.finditer(text):
        place = gazetteer().find_en(m.group("country"))
        if place is None or place.kind != "country":
            continue
        words = " ".join(w if w == "and" else w.capitalize() for w in m.group("role").split())
        adjectives = [d for d, cc in DEMONYMS.items() if cc == place.country] + [m.group("country")]
        for adj in adjectives:
            if re.search(rf"\b{re.escape(adj)}\s+{re.escape(words)}\b", text):
                out[m.group()] = f"{adj} {words}"
                break
    return out


def with_role_names(sentence: str, names: dict[str, str]) -> str:
    """The sentence with each of the story's "<Country>'s <role>" phrases replaced by the body's own name."""
    for phrase, name in names.items():
        if phrase in sentence:
            sentence = sentence.replace(phrase, ("The " if sentence.startswith(phrase) else "the ") + name)
    return sentence
