"""Chinese signings made at a distance: the words that say HOW an instrument was signed (以云签约方式, 以视频签约形式,
云签约, 网上签约), read as what they are, a manner, not as part of a party's name nor as the signing verb.

"台州市与美国格林斯伯勒市以云签约方式签署了…备忘录": the signing verb is 签署; "以云签约方式" before it only says the
signing was made online. Read as it stands, the 签约 inside it is taken for the verb and the words before it
("美国格林斯伯勒市以云") for the counterpart: a made-up party. `blank_manner` blanks such a manner phrase (offsets kept,
so the sentence's entities still line up): the whole phrase where another signing verb follows it (…方式签署), only
its manner word where 签约 is itself the verb ("云签约合作备忘录"). A remote signing names no city of its own: where
it was made is left to what the text says.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the manner of a remote signing: 以/通过/采用 + 云(端)/视频(连线)/线上/在线/网上/远程 + 签约 + (的)方式/形式
MANNER = re.compile(r"(?:以|通过|采用|采取)?(?:云端|云|视频连线|视频|线上|在线|网上|远程)(签约)(?:的)?(方式|形式)?")


def blank_manner(sentence: str) -> str:
    """The sentence with the manner words of a remote signing blanked (same length): "以云签约方式签署" leaves the
    verb 签署; "云签约" leaves 签约."""
    if "签约" not in sentence:  # cheap gate: no 签约, no manner phrase
        return sentence
    out = sentence
    for m in MANNER.finditer(sentence):
        a, b = (m.start(), m.end()) if m.group(2) else (m.start(), m.start(1))
        out = out[:a] + " " * (b - a) + out[b:]
    return out
