"""A Chinese headline of two clauses set apart by a space, the second opened by the publisher's self-reference, the
way bureaus' portals title a report ("中国—东盟红树林保护合作研讨会在湛江举行 我局与马来西亚沙巴州林业局签署合作谅解备忘录"):
the space ends a clause as a comma does. Read as one run, the
second clause's signing took its first party from the first clause (the "中国" of an event's name, when the party
before 与 was "我局", which names no one), a party the story never gave.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a space (ASCII or ideographic) after a Chinese clause, before a clause opened by the publisher's self-reference
# (我局, 我厅, 我委, 我市, 我校 ...: "our bureau"), which names no one, so the party search went on past the space
_CLAUSE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff”》）])[ \u3000]+(?=我[局厅委市省校院司部区县办会所])")


def headline_clauses(title: str | None) -> str | None:
    """The headline with a space before a clause opened by a self-reference read as a comma ("…举行 我局与…签署…" ->
    "…举行，我局与…签署…"); any other headline as it is."""
    if not title or " " not in title and "\u3000" not in title:
        return title
    return _CLAUSE_SPACE.sub("，", title)


def clause_read(title: str | None, text: str) -> tuple[str | None, str, dict[str, str]]:
    """The title and the text with their headline read by its clauses (the title given apart, or the text's first
    line where the page kept its headline in the text), and each read line -> the line as written, so quotes stay
    the page's own words (`restore_quotes`)."""
    originals: dict[str, str] = {}
    if title and (read := headline_clauses(title.strip())) != title.strip():
        originals[read], title = title.strip(), read
    first = text.split("\n", 1)[0]
    if len(first) <= 80 and (read := headline_clauses(first)) != first:
        originals[read], text = first, read + text[len(first):]
    return title, text, originals


def restore_quotes(mentions: list, originals: dict[str, str]) -> list:
    """The mentions with each quote read from a headline by its clauses given back as the page wrote it."""
    for m in mentions if originals else []:
        m.quote = originals.get(m.quote, m.quote)
    return mentions
