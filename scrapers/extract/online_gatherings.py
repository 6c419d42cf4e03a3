"""Gatherings held online, and where (if anywhere) they were held.

A gathering named as held in the cloud (云论坛, 云峰会, 云对话会) is a gathering of the tracker's where something was
signed or pledged at it ("2026中美城市绿色低碳发展云论坛以视频方式举行。论坛期间，A与B以云签约方式签署了…备忘录"), and
no more than a webinar where nothing was (topic.keep_records keeps it, as a trade fair, only then). A webinar
(网络研讨会, Webinar) stays none at all (topic.NOT_AN_EVENT).
"""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer
from scrapers import lazy_re as re

# a gathering's name that says it was held in the cloud: kept only where a record was made at it
CLOUD_NAME = re.compile(r"云(?:论坛|峰会|对话会?|大会|会议)")


def cloud_gathering(name: str) -> bool:
    """Whether an event's name says it was held in the cloud (云论坛): an event only where something was signed at it."""
    return "云" in name and bool(CLOUD_NAME.search(name))


# "大会主会场设在南京", "主会场位于南京国际博览中心": where a gathering held in several places at once has its main
# venue; the branch venues after it (分会场设在…) are not where it was held
MAIN_VENUE_ZH = re.compile(r"主会场(?:设在|设于|位于|落在|在)")
# the next sentence goes on with the gathering just named: "大会主会场…", "本届论坛主会场…", "主会场…"
GOES_ON = re.compile(r"^\s*(?:本届|此次|本次|该)?(?:大会|论坛|峰会|会议|对话会|对话|活动)?主会场")


def main_venue_zh(window: list[tuple[str, str, list]]) -> tuple[str | None, str | None] | None:
    """(city, country) of the main venue (主会场) a Chinese gathering's sentence, or the one right after it that goes
    on with it, names; (None, None) where it names one for each side; None where neither names one. `window` holds
    (quote, sentence, entities) of the two."""
    for k, (_, s, ents) in enumerate(window[:2]):
        if "主会场" not in s or (k and not GOES_ON.match(s)):  # cheap gate first
            continue
        if (m := MAIN_VENUE_ZH.search(s)) is None:
            continue
        if MAIN_VENUE_ZH.search(s, m.end()):
            return None, None  # "中方主会场设在济南，美方主会场设在萨克拉门托": a main venue for each side, no one place
        stop = min((i for i in (s.find(c, m.end()) for c in "，,；;。分") if i >= 0), default=len(s))
        first = next((e for e in ents if m.end() <= e.start < stop and e.kind != "country"), None)
        if first is not None and first.kind == "city":
            return first.name, first.country
        if first is not None and first.kind == "org" and first.start == m.end():
            # "主会场设在南京国际博览中心": a venue whose name opens with its city
            place = next((p for k in (3, 2) if (p := gazetteer().find_zh(first.surface[:k])) is not None), None)
            if place is not None and place.kind == "city":
                return place.name, place.country
    return None


# a signing made at a distance: "signed virtually", "signed the memorandum by video link", "a virtual signing",
# 云签约, 通过视频连线签署, 以视频方式签署, 线上签约
REMOTE_EN = re.compile(r"\b(?:signed|inked|concluded)\s+(?:[\w'’-]+\s+){0,8}?(?:virtually|remotely|"
                       r"online(?!\s+(?!on\b|at\b|in\b|during\b)[a-z])|by\s+video(?:\s*link|\s*conference)?|"
                       r"via\s+video(?:\s*link|\s*conference)?)\b|\b(?:virtually|remotely)\s+signed\b|"
                       r"\b(?:virtual|online|remote)\s+signing\b", re.I)
REMOTE_ZH = re.compile(r"云签约|云端签约|视频连线[^，。；]{0,4}(?:签署|签订|签约)|(?:以|通过)视频(?:的)?(?:方式|形式)?(?:签署|签订|签约)|"
                       r"(?:视频|线上|网上|远程|在线)签约|(?:以|通过)(?:线上|网上|远程|在线)(?:的)?(?:方式|形式)(?:签署|签订|签约)")
_REMOTE_HINTS = ("irtual", "emote", "ideo", "nline", "云", "视频", "线上", "网上", "远程", "在线")


def signed_remotely(quote: str) -> bool:
    """Whether the sentence tells the signing itself was made at a distance (signed virtually, 云签约, 通过视频连线签署):
    such a signing does not take the city of the gathering it was made at (none unless the text says where)."""
    if not any(h in quote for h in _REMOTE_HINTS):  # cheap gate
        return False
    return bool(REMOTE_ZH.search(quote) or REMOTE_EN.search(quote))
