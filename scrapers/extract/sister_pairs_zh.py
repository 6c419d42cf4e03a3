"""New sister-city pairs listed after their count, in Chinese: "此次新增的5对友好城市（省州）分别为A与B、C与D、E与F".
The sentence names no verb of signing, but each pair it lists became sister cities (or provinces) at the signing the
story tells: one agreement per pair, read as "A与B、C与D…结好签约" is (agreements_zh). Pure function."""
from __future__ import annotations

from scrapers import lazy_re as re

# the count of new pairs and the word that opens their list: 新增的5对友好城市（省州）分别为, 新结好的三对友城是
NEW_PAIRS = re.compile(r"(?:新增|新结好|新缔结|新建立|新结成)了?的?(?:\s*(?:\d+|[两一二三四五六七八九十]+)\s*对)?(?:国际)?"
                       r"(?:友好城市|友好省州|友城|姊妹城市)(?:[（(](?:省州|城市)[)）])?(?:关系)?(?:分别)?(?:为|是)[：:]?")
# a pair inside the list: "A与B" (the list holds two at least)
PAIR = re.compile(r"[^、，。；]{2,30}?[与和同][^、，。；]{2,30}")


def listed_pairs(sentence: str) -> str:
    """`sentence` with a list of new sister-city pairs told as their signing ("…分别为A与B、C与D。" -> "…A与B、C与D
    结好签约。", the words before the list blanked so every name keeps its place); unchanged where it lists none."""
    m = NEW_PAIRS.search(sentence)
    if not m:
        return sentence
    end = next((i for i in range(m.end(), len(sentence)) if sentence[i] in "。；"), len(sentence))
    items = sentence[m.end():end].rstrip("，, ")
    if len(items.split("、")) < 2 or not all(PAIR.fullmatch(x.strip()) for x in items.split("、")):
        return sentence
    return " " * m.end() + items + "结好签约" + sentence[m.end() + len(items):]
