"""A target an actor gives up is no pledge of its: "The council voted to drop its 2030 net-zero target", "揭阳市放弃
2030年实现碳达峰的目标，改为力争2032年前实现碳达峰". The dropped target's words are masked (same length, so the
entities' offsets hold) before the sentence is read for pledges; what is left, the target set in its place ("改为力争
2032年前…", "and now aims for 2040"), is read as any other pledge.

Cheap: a sentence is searched only when it holds one of the verbs (a plain `in` check per verb)."""
from __future__ import annotations

from scrapers import lazy_re as re

ZH_VERBS = ("放弃", "取消", "撤回", "搁置", "不再坚持")
EN_VERBS = ("drop", "abandon", "scrap", "ditch", "walk", "walked", "gave up", "give up", "giving up", "rescind",
            "retreat", "withdr", "repeal")
# "放弃2030年实现碳达峰的目标", "取消了原定于2025年实现碳中和的目标": up to the first 目标 within the clause
ZH_DROPPED = re.compile(r"(?:放弃|取消|撤回|搁置|不再坚持)了?(?:原定|此前提出|此前设定|原先|原有)?[^，。；]{0,30}?目标")
# "drop its 2030 net-zero target", "abandoned the city's goal of carbon neutrality by 2035", "walked back its
# pledge to cut emissions 50% by 2030": up to the target's noun and what states it (its of-phrase or to-clause)
EN_DROPPED = re.compile(
    r"\b(?:dropp(?:ed|ing)|drops?|abandon(?:ed|ing|s)?|scrap(?:ped|ping|s)?|ditch(?:ed|es|ing)?|walk(?:ed|ing|s)? "
    r"back|g(?:ave|ive|iving) up|rescind(?:ed|ing|s)?|retreat(?:ed|ing|s)? from|withdr(?:ew|awn|awing|aws?)(?: from)?|"
    r"repeal(?:ed|ing|s)?)\s+(?:its|their|the|his|her|a|an)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:target|goal|pledge|commitment|aim)s?(?:\s+(?:of|to)\s+[^,.;]{0,80}?(?=\s+(?:and|but|after|saying|because)\b|"
    r"[,.;]|$))?", re.I)


def dropped_masked(sentence: str) -> str:
    """The sentence with each target it says is dropped blanked out (underscores, same length); the sentence itself
    where it drops none."""
    if any(v in sentence for v in ZH_VERBS):
        pattern = ZH_DROPPED
    elif any(v in sentence for v in EN_VERBS) or any(v in sentence for v in ("Drop", "Abandon", "Scrap")):
        pattern = EN_DROPPED
    else:
        return sentence
    return pattern.sub(lambda m: "_" * len(m.group(0)), sentence)
