"""English instruments of another field: an agreement on a joint degree, student or faculty exchanges, culture,
tourism or sport signed by bodies that also sign climate agreements ("Ohio State University and Jilin University
signed an agreement on a joint degree in agricultural engineering"). The story may be on topic, so the article-wide
gate (topic.keep_records) keeps it; the instrument's own words say it is not: its qualifier names another field and
no word of climate, energy or the environment stands beside it ("an agreement on student exchanges and climate
research" is kept). The English counterpart of off_topic_zh."""
from __future__ import annotations

import re

from scrapers.extract.topic import about_the_tracker

# what an instrument of another field is about
OTHER_FIELD = re.compile(r"\b(?:(?:joint|dual|undergraduate|graduate|master'?s|doctoral)\s+degrees?|degree\s+program\w*|"
                         r"students?|faculty\s+exchanges?|academic\s+exchanges?|scholarships?|tuition|teaching|"
                         r"education(?:al)?|cultur(?:e|al)|tourism|sports?|sister[- ]schools?|soybeans?|"
                         r"agricultural\s+(?:products|trade|exports))\b", re.I)


def other_field(sentence: str, start: int, end: int) -> bool:
    """Whether the words around an instrument (its qualifier before, its "on ..."/"for ..." after, up to the clause's
    end) make it one of another field, with no word of the tracker's topics."""
    before = re.split(r"[,;:.]", sentence[max(0, start - 40):start])[-1]
    after = re.split(r"[,;:]|\.(?:\s|$)", sentence[end:end + 100])[0]
    phrase = before + sentence[start:end] + after
    return bool(OTHER_FIELD.search(phrase)) and not about_the_tracker(phrase)
