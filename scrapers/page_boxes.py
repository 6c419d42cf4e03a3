"""Boxes inside or beside an article that are no part of it, found by what they are made of rather than by class
names (which vary by theme): the tree stage, run by the reader before the chrome regions are pruned.

- **Signup boxes**: a form asking for an e-mail address (`<input type="email">`, or a text input named/labelled
  email) with a short pitch around it ("Get the Morning Ledger in your inbox", "Free. Weekday mornings.") is
  removed with the smallest block around the form whose text stays short. A theme's newsletter box carries no
  "newsletter" word or class often enough for the line rules to catch it.
- **AMP furniture**: `<amp-ad>`, `<amp-embed>`, `<amp-sticky-ad>`, `<amp-analytics>`, `<amp-pixel>`,
  `<amp-social-share>`, `<amp-consent>` and `<amp-user-notification>` elements (an ad's placeholder text,
  "Sponsored", was read as the article's last line).

Each is run only where the raw page holds its cue (`"mail" in html`, `"<amp-" in html`). Pure: the tree is changed
in place.
"""
from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from scrapers.chrome import drop

_AMP_FURNITURE = ("amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-pixel", "amp-social-share",
                  "amp-consent", "amp-user-notification")
_BOX_TEXT = 300  # a signup box's pitch is short: a block holding more text holds more than the box
_STOP = frozenset({"body", "html", "article", "main"})
_STRING = etree.XPath("string()", smart_strings=False)


def prune_page_boxes(tree: HtmlElement, html: str) -> None:
    """Remove signup boxes and AMP furniture from the page (see module docstring), each only where its cue is in
    the raw page."""
    if "<amp-" in html:
        for el in list(tree.iter(*_AMP_FURNITURE)):
            drop(el)
    if "mail" in html:
        for form in list(tree.iter("form")):
            if form.getparent() is not None and _asks_email(form):
                drop(_signup_box(form))


def _asks_email(form: HtmlElement) -> bool:
    """A form with an e-mail input and no text area (a comment form is the comments' business)."""
    if form.find(".//textarea") is not None:
        return False
    for inp in form.iter("input"):
        kind = (inp.get("type") or "text").lower()
        if kind == "email" or kind == "text" and "mail" in f"{inp.get('name', '')} {inp.get('placeholder', '')}".lower():
            return True
    return False


def _signup_box(form: HtmlElement) -> HtmlElement:
    """The largest block around the form whose text stays a short pitch (the form itself at least); never one that
    also holds two paragraphs or a heading of level one outside the box (a short article around an inline box)."""
    box, parent = form, form.getparent()
    while parent is not None and parent.tag not in _STOP and len(_STRING(parent).strip()) <= _BOX_TEXT:
        if parent.find(".//h1") is not None or len(parent.findall(".//p")) - len(box.findall(".//p")) >= 2:
            break
        box, parent = parent, parent.getparent()
    return box
