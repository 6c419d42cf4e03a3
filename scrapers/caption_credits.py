"""A photo credit inside a caption: who took or gave the picture, never the caption's own text.

`chrome.rescue_captions` keeps a photo caption as a paragraph of the article and cut its credit only where the credit
was told in words it knew ("Photo: ...", "(AP Photo/...)"). Newspapers print the credit in an element of its own
inside the caption (`<span class="credit">Courier staff photo</span>`, `<small class="photo-credit">`, `<cite>`),
and Chinese pages close the caption with the photographer or the giver ("张三 摄", "某某供图"). Here:
- `drop_credit_parts` removes from a caption the elements that close it and are a credit: by their class or id
  (credit, copyright, attribution, photographer, byline) or itemprop, or by their whole text in any language
  ("Courier staff photo", "Photo courtesy of the city", "摄影：李明", "王强 摄", "市生态环境局供图"); an element
  with the caption's own words after it is not touched;
- `cut_credit_tail` cuts such a credit from the end of a caption's text after its last sentence ("Buses at the
  station. Courier staff photo"; "市民在公园游玩。张三 摄").
The caption's own words stay, whatever they say; a caption that is only a credit is left empty (and not kept).
"""
from __future__ import annotations

from lxml.html import HtmlElement

from scrapers import lazy_re as re

_CREDIT_WORDS = {"credit", "credits", "photocredit", "imagecredit", "copyright", "attribution", "photographer",
                 "byline", "courtesy"}
_CREDIT_PROPS = {"copyrightholder", "credittext", "author", "creator"}
_SPLIT = re.compile(r"[\s_\-]+")
_PHOTO = r"(?:photo|image|picture|photograph|pic)s?"
_CREDIT_TEXT = re.compile(
    rf"^[(\[（]?\s*(?:{_PHOTO}\s*(?:credit)?\s*(?:by|:|/|courtesy(?:\s+of)?|via)\s*\S.*|credits?\s*:\s*\S.*|"
    rf"courtesy(?:\s+of)?\s+\S.*|(?:[\w.&'’-]+\s+){{0,4}}(?:staff|file|courtesy|contributed|submitted|handout|pool)\s+"
    rf"{_PHOTO}(?:\s+by\s+\S.*)?|.{{1,40}}/\s*(?:getty\s+images|reuters|ap|afp|shutterstock|istock)"
    r"|(?:摄影|摄像|图片|图|供图|图片来源|图源|图片提供)\s*[:：/／|]\s*\S.{0,30}|.{1,30}?(?:\s摄|供图)"
    r"|(?:新华社|中新社)?(?:记者|通讯员)\s*\S.{0,20}摄)\s*[)\]）]?\s*$",
    re.I,
)
# a credit after the caption's last sentence: "… station. Courier staff photo", "…游玩。张三 摄", "…开幕。市政府供图"
_CREDIT_TAIL = re.compile(
    rf"(?<=[.!?。！？])\s*(?:(?:[\w.&'’-]+\s+){{0,4}}(?:staff|courtesy|contributed|submitted|handout|pool)\s+{_PHOTO}"
    r"(?:\s+by\s+.{1,40})?|[（(]?[^。！？.!?]{1,30}?(?:\s摄|供图)[)）]?|[（(]?(?:摄影|图)\s*[:：/／]\s*[^。！？.!?]{1,20}[)）]?)\s*$",
    re.I,
)


def _names_credit(el: HtmlElement) -> bool:
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if attrs.strip() and set(_SPLIT.split(attrs)) & _CREDIT_WORDS:
        return True
    return (el.get("itemprop") or "").lower() in _CREDIT_PROPS


def drop_credit_parts(cap: HtmlElement) -> None:
    """Remove the credit elements that close a caption in place (by class, id or itemprop, or a credit's whole
    text), last first: a credit with the caption's own words after it is left as it was."""
    doomed: list[HtmlElement] = []
    for el in reversed(list(cap.iterdescendants())):
        if not isinstance(el.tag, str) or any(anc in doomed for anc in el.iterancestors()):
            continue
        text = " ".join(_text_but(el, doomed).split())
        if not text or _text_after(el, cap, doomed):
            continue
        holder = any(d in doomed for d in el.iterdescendants())  # (a wrapper of the caption and its credit)
        if not holder and (_names_credit(el) or (len(text) <= 80 and _CREDIT_TEXT.match(text))):
            doomed.append(el)
            label = el.getprevious()  # a <dd> credit takes its <dt> label along ("Фото" / "@paulinaporizkov")
            if el.tag == "dd" and label is not None and label.tag == "dt" and not (label.tail or "").strip():
                doomed.append(label)
        elif holder or len(el) == 0:
            break  # the caption's own words close what is left of it
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)  # (its tail is blank: nothing of the caption follows a closing credit)


def _text_but(el: HtmlElement, doomed: list[HtmlElement]) -> str:
    """The element's text without that of the credits found in it."""
    parts = [el.text or ""]
    for child in el:
        if child not in doomed:
            parts.append(_text_but(child, doomed) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _text_after(el: HtmlElement, cap: HtmlElement, doomed: list[HtmlElement]) -> bool:
    """Whether any of the caption's text (credits found already aside) follows the element."""
    node = el
    while node is not cap:
        if (node.tail or "").strip():
            return True
        for sib in node.itersiblings():
            if sib not in doomed and isinstance(sib.tag, str) and "".join(sib.itertext()).strip() \
                    or (sib.tail or "").strip():
                return True
        node = node.getparent()
        if node is None:
            return False
    return False


def cut_credit_tail(text: str) -> str:
    """The caption's text without a credit printed after its last sentence ("Courier staff photo", "张三 摄")."""
    if len(text) > 600:
        return text
    return _CREDIT_TAIL.sub("", text).rstrip()
