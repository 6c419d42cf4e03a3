"""English names a Chinese text gives in brackets: "首都都会交通局（Capital Metro）".

A Chinese name no table renders keeps the English name the text itself glosses it with, rather than staying Chinese or
being spelled out in pinyin; so does a foreign body's name built part by part (瑞典能源署（Swedish Energy Agency）: the
text's own English, not "Sweden Energy Agency"; scrapers/extract/foreign_bodies_zh.py).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.lead_chars import with_lead
from scrapers.extract.gloss_lists import comma_gloss
from pactwatch.gazetteer import CJK
from scrapers.extract.orgs import built_abroad

# "奥斯汀市首都都会交通局（Capital Metro）": a Latin name in the bracket right after a Chinese one is its English name
GLOSS = re.compile(r"[（(]\s*(?P<gloss>[A-Z][A-Za-z0-9&.'’\- ]{1,60}?)\s*[）)]")


def glosses(sentence: str, entities: list) -> list:
    """The entities of a sentence with each Chinese name that no table renders renamed to the English name the text
    glosses it with ("首都都会交通局（Capital Metro）" -> Capital Metro), and entities inside that bracket dropped."""
    out, drop = list(entities), set()
    for i, e in enumerate(out):
        m = GLOSS.match(sentence, e.end) or comma_gloss(sentence, e.end)  # "（University of California, Irvine）"
        if e.kind != "org" or not CJK.search(e.surface) or not m:
            continue
        drop |= {j for j, o in enumerate(out) if m.start() <= o.start < m.end()}
        if CJK.search(e.name) or built_abroad(e.surface):  # (a foreign body's name built part by part)
            out[i] = type(e)(m.group("gloss"), e.kind, e.country, e.start, e.end, e.surface)
    return [e for j, e in enumerate(out) if j not in drop]


# "联合国开发计划署（United Nations Development Programme，以下简称“UNDP”）": a bracket of Latin words after a Chinese
# character glosses the name before it
GLOSSED = with_lead(re.compile(r"(?<=[\u4e00-\u9fff])[（(][A-Za-z][^（()）\u4e00-\u9fff]{1,80}"
                               r"(?:[，,][^（()）]{0,30})?[）)]"))


def unglossed(sentence: str) -> str:
    """The sentence without the English names it glosses Chinese ones with: what is left says which language it
    is written in."""
    return GLOSSED.sub("", sentence)
