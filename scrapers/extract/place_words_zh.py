"""Chinese words that open with a place's name and are no place: 阿拉伯 (Arab: 阿拉伯国家, 阿拉伯语, 中国—阿拉伯国家博览会)
opens with 阿拉, the tables' Chinese name of Arrah (India). Read where the Chinese entity reader looks for places, as
it already leaves 碳中和 (中和, a town) and 发展中国家 (中国) alone: no place starts inside such a word. A country or
body whose name holds the word (沙特阿拉伯, 阿拉伯联合酋长国, 阿拉伯国家联盟) is found whole before it, by its own name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a word, at the position a place would start, that is no place
_WORDS = re.compile(r"阿拉伯(?!联合酋长国|联合大公国)")


def no_place_at(s: str, i: int) -> bool:
    """Whether a Chinese sentence holds, at position i, a word that opens with a place's name and is none (阿拉伯)."""
    return _WORDS.match(s, i) is not None
