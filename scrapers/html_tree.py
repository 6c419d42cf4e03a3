"""Parse a decoded page into an lxml tree, as trafilatura's `load_html` does, with element classes chosen in C.

lxml.html's own parser gives form controls their own Python classes (FormElement, InputElement, ...) by calling a
Python function each time an element object is made, and trafilatura, htmldate and the chrome rules make such objects
for every element they look at, several times over: about a tenth of the reading time went to that call. This
parser makes every element a plain `HtmlElement` (the form-control helpers are used nowhere in reading) through
lxml's C lookup; the parse itself, the repairs before it and the rejection of non-HTML are trafilatura's, so the tree,
its text and all that is read from it are the same.
"""
from __future__ import annotations

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, fromstring
from trafilatura.utils import is_dubious_html, repair_faulty_html

# trafilatura.utils.HTML_PARSER's settings
_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                     remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))


def _from_bytes(html: str) -> HtmlElement | None:
    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:  # noqa: BLE001 - as trafilatura: an unparsable page is no tree
        return None


def load_tree(html: str) -> HtmlElement | None:
    """The page's tree, or None when it is not HTML: trafilatura's `load_html` on a decoded page, step for step."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree, from_bytes = None, False
    try:
        tree = fromstring(html, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, from_bytes = _from_bytes(html), True
    except Exception:  # noqa: BLE001
        tree = None
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None  # a fragment or plain text, not a page
    return tree
