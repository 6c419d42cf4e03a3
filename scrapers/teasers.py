"""Teasers of other stories printed around the article (a Drupal "Featured news" view above the h1, a blog's "More
from the blog" cards): two or more sibling cards, each with a heading that is a single link, and a short summary and
date of their own. Their headlines and summaries read like news (and their dates like the page's), so the cards are
removed from the tree before the text and the fallback date are read. Only cards printed above the page's headline
are removed (those after the article are the related-list rules' part); a card that holds the headline is kept.
Pure: works on a parsed tree in place.
"""
from __future__ import annotations

from lxml.html import HtmlElement

_HEADINGS = ("h2", "h3", "h4", "h5")
_MAX_CARD = 500  # characters: a teaser is a headline, a date and a sentence or two


def _linked_heading(h: HtmlElement) -> bool:
    """A heading whose whole text is one link."""
    links = h.findall(".//a[@href]")
    text = " ".join(h.text_content().split())
    return len(links) == 1 and bool(text) and " ".join(links[0].text_content().split()) == text


def prune_teasers(tree: HtmlElement, headline: HtmlElement | None) -> None:
    """Remove runs of two or more teaser cards (see the module) that do not hold the page's headline."""
    if headline is None:
        return
    heads = []
    for el in tree.iter():
        if el is headline:
            break
        if el.tag in _HEADINGS and _linked_heading(el):
            heads.append(el)
    if len(heads) < 2:
        return
    marked = set(heads)
    cards: dict[HtmlElement, list[HtmlElement]] = {}
    for h in heads:
        card = h
        while (parent := card.getparent()) is not None and parent.tag != "body":
            if sum(1 for d in parent.iter(*_HEADINGS) if d in marked) > 1:
                cards.setdefault(parent, []).append(card)
                break
            card = parent
    for container, run in cards.items():
        if len(run) < 2 or any(c in marked for c in run):
            continue  # bare linked headings side by side are a list of links (its own rules read it), not cards
        if any(headline in c.iter() for c in run):
            continue
        if any(len(" ".join(c.text_content().split())) > _MAX_CARD for c in run):
            continue
        for c in run:
            c.drop_tree()
