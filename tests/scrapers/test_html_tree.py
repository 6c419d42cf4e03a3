"""The reader's own parse (scrapers.html_tree) gives the tree trafilatura's `load_html` gives, on whole pages and on
the inputs `load_html` repairs, parses as bytes or rejects; only the Python class of form elements differs."""
from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from scrapers.html_tree import load_tree
from scrapers.reader import read_page

BODY = "The two cities signed a memorandum on clean energy cooperation and agreed to share grid data. " * 4
MORE = "Both mayors said the ports would run electric cranes and buses by the end of the decade, at shared cost. " * 3
PAGE = (f'<!DOCTYPE html><html lang="en"><head><title>Cities sign memorandum | The Post</title></head><body>'
        f'<!-- a comment --><?php echo 1 ?><h1>Cities sign memorandum</h1><form action="/s"><label for="q">Search'
        f'</label><input id="q" name="q" value="x"><select name="s"><option>a</option></select>'
        f'<textarea name="t">t</textarea></form><article><p>{BODY}</p><p>{MORE}</p></article></body></html>')
CASES = {
    "page": PAGE,
    "xml declaration with an encoding (parsed as bytes)": '<?xml version="1.0" encoding="utf-8"?>' + PAGE,
    "doctype closed by a slash": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x/y.dtd"/>\n' + PAGE[15:],
    "self-closing html tag": '<html lang="en"/>\n<body><p>' + BODY + "</p></body>",
    "control characters": PAGE.replace("Cities", "Cit\x0bies\x00"),
    "a fragment": "<p>only a paragraph</p>",
    "plain text": "no markup here at all, only words",
    "two blocks, no html tag": "<div>one</div><div>two</div>",
}


@pytest.mark.parametrize("name", list(CASES))
def test_same_tree_as_trafilatura(name):
    html = CASES[name]
    ours, theirs = load_tree(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")


def test_every_element_is_a_plain_html_element():
    tree = load_tree(PAGE)
    assert {type(el) for el in tree.iter(etree.Element)} == {HtmlElement}
    assert tree.find(".//input").get("value") == "x"  # attributes read as before


def test_reading_is_unchanged():
    # read_page parses with load_tree; the text it reads is the text trafilatura reads from its own tree
    read = read_page(PAGE, "https://example.org/2024/05/06/cities")
    assert read.title == "Cities sign memorandum"
    assert read.text.split("\n") == [BODY.strip(), MORE.strip()]
    assert "Search" not in read.text
