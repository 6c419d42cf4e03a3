"""What closes a list of signatories without being one of them. English: an apposition that says who the parties just
listed are: "signed by Bolivia, Brazil, ... and Venezuela, the members
of the Amazon Cooperation Treaty Organization (ACTO), on Tuesday", "A, B and C, the three founding members of the X,
signed ...". The body it names is what the listed parties belong to, not one more party; the apposition is blanked
(offsets kept) before the parties are read. Chinese: the count closing the list ("…和委内瑞拉八个成员国签署")."""
from __future__ import annotations

from scrapers import lazy_re as re

# ", the members of the X (ACRO)", ", the eight member states of the X", ", all signatories to the X": up to the comma
APPOSITION = re.compile(r",\s+(?:the|all)\s+(?:(?:\w+|\d+)\s+)?(?:founding\s+|full\s+)?(?:members|member\s+(?:states|"
                        r"countries|governments|cities)|signatories|parties)\s+(?:of|to)\s+(?:the\s+)?[A-Z][^,;]{2,90}?"
                        r"(?=,)")
# the list the apposition follows ends in "and <Name>"
LIST_END = re.compile(r",\s*[A-Z][^,;]{1,40},?\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def blank_list_apposition(sentence: str, entities: list) -> tuple[str, list]:
    """The sentence with each apposition after a list of names blanked, and the entities outside it."""
    if "member" not in sentence and "signator" not in sentence and "parties" not in sentence:
        return sentence, entities
    for m in APPOSITION.finditer(sentence):
        if LIST_END.search(sentence, max(0, m.start() - 200), m.start()):
            sentence = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
            entities = [e for e in entities if not (m.start() <= e.start < m.end())]
    return sentence, entities


# "…苏里南和委内瑞拉八个成员国签署", "…和委内瑞拉等国签署": the count or 等国 closing a list of signatories says how many
# they are, no party and no part of the last one's name (blanked, offsets kept)
ZH_COUNT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?:[两三四五六七八九十\d]+个?(?:成员国|国家|国)|等(?:国|国家))"
                           r"(?=(?:领导人|代表|政府)?(?:共同)?(?:签署|签订|发表|通过|宣布|发布|达成))")


def blank_count_tail(sentence: str) -> str:
    """The Chinese sentence with the count closing a list of signatories blanked ("和委内瑞拉八个成员国签署")."""
    return ZH_COUNT_TAIL.sub(lambda m: " " * len(m.group(0)), sentence) if "国" in sentence else sentence
