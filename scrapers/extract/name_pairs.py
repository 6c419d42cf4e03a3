"""Two names joined by "and" in one run of capitalised words ("SAIC Motor and General Motors signed ..."): where the
run splits into two signers, so the reader never stores "SAIC Motor and General Motors" as one made-up name, while a
body's own name that joins topics ("Science and Technology Innovation Commission") stays whole.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.orgs import aliases, looks_like_org_en

# topic words a body's name joins with "and" ("Science and Technology Commission", "Housing and Urban-Rural
# Development", "Energy Research and Development Authority"): fields, never a body's own head, so "and" between two
# of them (name_runs.org_run_end) or after one (coordinated_pair) joins the topics of one name, not two names
FIELD_TOPICS = frozenset({
    "Science", "Sciences", "Technology", "Building", "Buildings", "Construction", "Housing", "Urban", "Rural",
    "Development", "Reform", "Energy", "Environment", "Environmental", "Conservation", "Ecology", "Ecological",
    "Industry", "Industrial", "Information", "Trade", "Commerce", "Research", "Education", "Culture", "Health",
    "Transport", "Transportation", "Planning", "Natural", "Resources", "Water", "Agriculture", "Forestry", "Land",
    "Fisheries", "Oceans", "Climate", "Innovation", "Arts", "Design", "Engineering", "Economic", "Economy", "Social",
    "Security", "Safety", "Emergency", "Finance", "Investment", "Infrastructure", "Tourism", "Sports", "Youth",
    "Labor", "Labour", "Justice", "Foreign", "Affairs", "Public", "Works", "Services", "Communications",
    "Statistics", "Standards"})
# sectors, which end the first half of one name ("Port and Harbour Authority", "Oil and Gas Corporation") but also
# open a firm's own name after "and" ("Northwind Energy and Harbor Power Company" are two firms): only the
# pair-splitter, which judges the word before "and", reads them as topics
NAME_TOPICS = FIELD_TOPICS | frozenset({"Power", "Gas", "Oil", "Mining", "Port", "Ports", "Harbour", "Harbor",
                                        "Marine", "Maritime", "Shipping", "Logistics"})


def coordinated_pair(name: str, noise: set[str]) -> int | None:
    """Where "A and B" splits, when a run of capitalised words is two names joined by "and" ("SAIC Motor and
    General Motors"): the second half is a name by its shape, the first holds no "of"/"for" and does not end on a
    topic a body's name joins ("Science and Technology Commission" stays one). None when it is one name."""
    m = re.fullmatch(r"((?:[A-Z][\w.&'’-]*\s){0,2}[A-Z][\w.&'’-]*) and ((?:[A-Z][\w.&'’-]*\s){1,5}[A-Z][\w.&'’-]*)", name)
    if not m:
        return None
    left, right = m.group(1), m.group(2)
    words = left.split()
    if words[-1] in NAME_TOPICS or words[0] in noise or gazetteer().find_en(words[0]) or \
            not looks_like_org_en(right) or aliases().find_en(name) or \
            re.fullmatch(r"[A-Z][\w'’-]*\s(?:Company|Corporation|Co\.?|Inc\.?|Ltd\.?|LLC|Limited)", right):
        return None  # "Procter and Gamble Company": one firm's name and its legal form
    return len(left)
