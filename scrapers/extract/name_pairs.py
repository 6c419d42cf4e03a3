"""Two names joined by "and" in one run of capitalised words ("SAIC Motor and General Motors signed ..."): where the
run splits into two signers, so the reader never stores "SAIC Motor and General Motors" as one made-up name, while a
body's own name that joins topics ("Science and Technology Innovation Commission") stays whole.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.orgs import aliases, looks_like_org_en

# the last word of the first half of a name like "Science and Technology Commission", "Housing and Urban-Rural
# Development": topics a body's name joins with "and"; a brand before "and" is a name of its own
NAME_TOPICS = {"Science", "Technology", "Building", "Buildings", "Construction", "Housing", "Urban", "Rural",
               "Development", "Reform", "Energy", "Environment",
               "Ecology", "Ecological", "Industry", "Industrial", "Information", "Trade", "Commerce", "Research",
               "Education", "Culture", "Health", "Transport", "Transportation", "Planning", "Natural", "Resources",
               "Water", "Agriculture", "Forestry", "Land", "Fisheries", "Oceans", "Climate", "Innovation", "Arts",
               "Design", "Engineering", "Economic", "Economy", "Social", "Security", "Safety", "Emergency", "Finance",
               "Investment", "Power", "Gas", "Oil", "Mining", "Port", "Ports", "Harbour", "Harbor", "Marine",
               "Maritime", "Shipping", "Logistics", "Tourism", "Sports", "Youth", "Labor", "Labour", "Justice",
               "Foreign", "Affairs", "Public", "Works", "Services", "Communications", "Statistics", "Standards"}


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
