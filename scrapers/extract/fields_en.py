"""English instruments of another field: an agreement on a joint degree, student or faculty exchanges, culture,
tourism, sport or health care (telemedicine, nurses' training: an expo's list of signings mixes them) signed by bodies that also sign climate agreements ("Ohio State University and Jilin University
signed an agreement on a joint degree in agricultural engineering"). The story may be on topic, so the article-wide
gate (topic.keep_records) keeps it; the instrument's own words say it is not: what it is said to be about names
another field and no word of climate, energy or the environment stands beside it ("an agreement on student exchanges and climate
research" is kept). The English counterpart of off_topic_zh."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.topic import about_the_tracker

# what an instrument of another field is about
OTHER_FIELD = re.compile(r"\b(?:(?:joint|dual|undergraduate|graduate|master'?s|doctoral)\s+degrees?|degree\s+program\w*|"
                         r"students?|faculty\s+exchanges?|academic\s+exchanges?|scholarships?|tuition|teaching|"
                         r"education(?:al)?|cultur(?:e|al)|tourism|sports?|sister[- ]schools?|soybeans?|"
                         r"agricultural\s+(?:products|trade|exports)|"
                         # health care: "a memorandum on telemedicine and the training of nurses"
                         r"telemedicine|medical|medicine|health\s*care|public\s+health|hospitals?|nurs(?:es|ing)|"
                         r"clinical|pharmaceutical\w*|vaccines?)\b", re.I)


# what an instrument is about, after its name: "on ...", "for ...", "to ..." (up to the clause's end)
_ABOUT = re.compile(r"\s+(?:(?:of\s+understanding|of\s+intent|of\s+cooperation)\s+)?(?:on|for|to|covering)\s")

# what it covers, told after its counterpart in the same clause: "an exchange agreement with X University that covers
# undergraduate students only", "a memorandum with Y covering faculty exchanges"
_COVERS = re.compile(r"\s+with\s+[^,;:]{3,80}?\s+(?:(?:that|which)\s+(?:covers?|is\s+limited\s+to|concerns?|"
                     r"deals?\s+with)|covering|limited\s+to)\s")


def other_field(sentence: str, start: int, end: int) -> bool:
    """Whether what an instrument is said to be about ("an agreement on a joint degree ...", up to the clause's end)
    is another field, with no word of the tracker's topics there. The instrument's own name is left alone (an
    alliance named for culture, tourism and education is what it is called, not what it was told to be about)."""
    about = _ABOUT.match(sentence, end) or _COVERS.match(sentence, end)
    if not about:
        return False
    phrase = re.split(r"[,;:]|\.(?:\s|$)", sentence[about.end():about.end() + 100])[0]
    return bool(OTHER_FIELD.search(phrase)) and not about_the_tracker(sentence[start:about.end()] + phrase)
