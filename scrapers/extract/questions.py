"""Sentences that ask rather than tell: a legislator's question ("Will the Government inform this Council whether it
has signed any agreement with Guangdong ...?"), an interview question, a headline that wonders ("Will the two ports
sign a green corridor pact?", "中美会签署新的气候协议吗？"). A question reports no signing, whatever instrument and
parties it names: the answer, if any, is told in other sentences.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the sentence's last mark, past closing quotes and brackets, is a question mark
_ASKS = re.compile(r"[?？]\s*[\"'”’」』)）]*\s*$")
# an English question told as reported speech: "asked whether ...", "inform this Council whether/of ..."
_ASKS_WHETHER = re.compile(r"\b(?:asked|asks|inform\s+this\s+Council|enquired|inquired|wondered)\s+(?:\w+\s+){0,3}"
                           r"(?:whether|if)\b", re.I)


def asks(sentence: str) -> bool:
    """Whether a sentence is a question (it ends with a question mark) or a reported one ("asked whether A had
    signed ..."): it tells no signing, so no agreement is read from it."""
    return bool(_ASKS.search(sentence) or _ASKS_WHETHER.search(sentence))

