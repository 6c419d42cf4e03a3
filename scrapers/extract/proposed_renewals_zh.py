"""A Chinese signing verb that is only the topic of talks, not a signing: "两市正在就续签合作备忘录进行磋商",
"双方就签署补充协议展开谈判" (issue 17, the seventy-third web: a renewal under negotiation is no agreement yet).

The verb (续签, 签署 ...) stands after 就 (about) and the clause goes on to the talks held about it; what is
negotiated has not been signed. Cheap: only a clause whose words before the verb end on 就 are searched."""
from __future__ import annotations

from scrapers import lazy_re as re

# the talks the clause goes on to: 进行/展开/开展 磋商, 谈判, 协商 ...
_TALKS = re.compile(r"(?:进行|展开|开展|举行)(?:了|深入|初步|多轮|友好)*(?:磋商|谈判|协商|商谈|商讨|讨论|沟通)")


def negotiated(before: str, after: str) -> bool:
    """Whether a signing verb between `before` and `after` (one clause) is only what talks are held about: the
    words before it end on 就 ("正在就续签") and talks follow it ("…备忘录进行磋商")."""
    return before.rstrip().endswith("就") and _TALKS.search(after) is not None
