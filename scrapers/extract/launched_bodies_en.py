"""A partnership launched under a name that goes on past its head word, in English: "A, B and C launched the Global
Energy Alliance for People and Planet", "formed the Heat Health Partnership for Africa", "unveiled the Coalition on
Clean Cooling". The coalition word is then the head of the launched body's name, its qualifier ("for ...", "on ...")
only saying what the body is for: the body is the partnership the sentence launches, with the launchers its parties.
A coalition word inside a longer name that ends in another head ("the Clean Energy Partnership Forum", "the Global
Alliance for Clean Air Forum") or that nobody is said to launch ("the Global Alliance for Clean Air and Kerala signed
a memorandum") stays a word of a party's or a gathering's name (joining_en.inside_name).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# "launched the", "on Tuesday formed a new": the verb of a founding right before the body's name
LAUNCHED_BEFORE = re.compile(r"\b(?:launched|launches|launch|formed|forms|unveiled|unveils|founded|founds|"
                             r"established|establishes|created|creates)\s+(?:the|a\s+new|a)\s+$", re.I)
# the head word's qualifier: "for People and Planet", "on Clean Cooling", "to End Energy Poverty"
QUALIFIER = re.compile(r"\s+(?:for|on|of|to|against)\s+\S")
# a name that ends in another head is that body or gathering, not the partnership ("... Partnership Forum")
OTHER_HEAD = re.compile(r"\b(?:Forum|Summit|Assembly|Conference|Congress|Meeting|Dialogue|Week|Secretariat|Council|"
                        r"Board|Fund|Facility|Award|Prize|Report|Programme|Program|Fellowship)$")


def launched_headed_body(sentence: str, word_start: int, word_end: int, name_start: int, name_end: int) -> bool:
    """Whether the coalition word at word_start..word_end heads the body named at name_start..name_end, a body the
    sentence says was launched ("launched the Global Energy Alliance for People and Planet"): then the name is the
    partnership launched, not a name the word merely stands in."""
    name = sentence[name_start:name_end]
    return bool(LAUNCHED_BEFORE.search(sentence, 0, name_start) and QUALIFIER.match(sentence, word_end) and
                word_end < name_end and not OTHER_HEAD.search(name) and
                not QUALIFIER.search(sentence, name_start, word_start))
