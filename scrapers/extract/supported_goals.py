"""A target given as an example of the goals a declaration's signers commit to support is nobody's own pledge: "the
signatories commit to support ambitious long-term goals such as a transition to 100 percent renewable energy ... or
an 80 percent reduction in greenhouse gas emissions by 2050", "承诺支持到2050年…或将温室气体排放减少80%等长远目标".
The figures illustrate a kind of goal the signers back (often two alternatives), not a target any one of them set,
as a target a body encourages or advises is none (coalition_pledges.encouraged, advice_en.advised).

Cheap: a literal word ("such as", "like", 支持) gates each pattern."""
from __future__ import annotations

from scrapers import lazy_re as re

# "support (ambitious) (long-term) goals such as", "back targets like", "endorse objectives including"
_EN = re.compile(r"\b(?:support|back|endorse|champion|promote)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?"
                 r"(?:goals|targets|objectives|ambitions)\s*,?\s+(?:such\s+as|like|including)\b", re.I)
# "支持…等(长远)目标": the examples stand between 支持 and 等…目标 (simplified or traditional)
_ZH = re.compile(r"支持[^。；]{0,80}?等[^，。；]{0,6}?目[标標]")


def supported_goal(sentence: str, at: int) -> bool:
    """True when the target read at `at` is an example of goals the sentence's signers commit to support ("support
    ambitious long-term goals such as ... by 2050", "支持…等长远目标"), not a target of their own."""
    if "支持" in sentence:
        return any(m.start() < at < m.end() for m in _ZH.finditer(sentence))
    if not any(w in sentence for w in ("such as", "like", "including")):
        return False
    found = [m for m in _EN.finditer(sentence, 0, at)]
    return bool(found) and not re.search(r"[;.]\s", sentence[found[-1].end():at])
