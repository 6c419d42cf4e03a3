"""A pledge or agreement made "at the Shantou summit" / "at last week's summit" where the story names that summit
only further down ("The Green Harbor Cities Summit brings together ..."): the record belongs to the story's one
gathering with that head word (issue 17, one summit told by many pages; docs/summit-editions.md).

Records otherwise learn only the gatherings told before their sentence (story_close), so that a seminar the
delegates went on to attend is not where the morning's agreement was signed. Here the sentence itself says it was
at a summit (forum, conference, dialogue; 峰会, 论坛, 大会, 对话会), and the story names exactly one gathering with
that head word: that one. A story naming none before the sentence only; two with that head word settle nothing.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.lead_chars import with_lead

_HEADS_EN = ("summit", "forum", "conference", "dialogue")
_HEADS_ZH = ("峰会", "论坛", "大会", "对话")
# "at the Shantou summit", "at last week's summit in Shantou", "during this week's forum"
_AT_EN = with_lead(re.compile(r"\b(?:[Aa]t|[Dd]uring)\s+(?:the|last\s+week's|this\s+week's|last\s+month's)\s+"
                              r"(?:[A-Z][a-z]+\s+){0,2}(summit|forum|conference|dialogue)\b"))
# "在本届峰会上", "在汕头峰会期间"
_AT_ZH = re.compile(r"(?:在|于)(?:本届|本次|此次|这次|上周的?|日前的?)?[\u4e00-\u9fff]{0,4}?(峰会|论坛|大会|对话会?)(?:上|期间)")


def at_named_later(quote: str, article_keys: list[str], event_heads: dict[str, str], told_before: list[str]
                   ) -> str | None:
    """The key of the story's one gathering whose head word the sentence says it was at ("at the Shantou summit"),
    where the story told no gathering before the sentence (`told_before`); else None."""
    if told_before:
        return None
    low = quote.lower()
    if any(h in low for h in _HEADS_EN):
        m = _AT_EN.search(quote)
    elif any(h in quote for h in _HEADS_ZH):
        m = _AT_ZH.search(quote)
    else:
        return None
    if not m:
        return None
    head = m.group(1).lower()
    if head.startswith("对话"):
        head = "对话"
    found = [k for k in article_keys if (event_heads.get(k) or "").lower().startswith(head)]
    return found[0] if len(found) == 1 else None
