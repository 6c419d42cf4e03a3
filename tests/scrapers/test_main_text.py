"""scrapers.main_text: trafilatura's text of a tree the reader gives up equals `bare_extraction`'s on a copy, on
made pages (article, short page, no text) and on real pages of ../shared when it is there."""
from __future__ import annotations

import gzip
from copy import deepcopy
from pathlib import Path

import pytest
import trafilatura
from trafilatura import bare_extraction

from scrapers.html_tree import load_tree
from scrapers.main_text import CHECKED, OPTIONS, main_text

BENCH = Path(__file__).resolve().parents[3] / "shared" / "benchmarks"
PARA = "The two cities signed a memorandum on clean energy cooperation and agreed to share grid data every year. "
PAGES = {
    "article": (f"<html><head><title>Cities sign</title></head><body><nav><a href='/'>Home</a></nav><article>"
                f"<h1>Cities sign</h1><p>{PARA * 3}</p><p>{PARA * 2}</p><ul><li>one item</li></ul>"
                f"<table><tr><td>cell one</td><td>cell two</td></tr></table></article>"
                f"<div class='comments'><p>a reader comment here</p></div><footer>© The Post</footer></body></html>"),
    "short": "<html><body><div><p>Only a short line of text.</p></div><div><a href='/x'>link</a></div></body></html>",
    "no text": "<html><body><div></div><div><img src='a.png'></div></body></html>",
}


def expected(tree, url):
    doc = bare_extraction(deepcopy(tree), url=url, **OPTIONS)
    return (doc.text or "") if doc is not None else ""


@pytest.mark.parametrize("name", list(PAGES))
def test_same_text_as_bare_extraction(name):
    tree = load_tree(PAGES[name])
    want = expected(tree, "https://example.org/a")
    assert main_text(tree, "https://example.org/a") == want
    if name == "article":
        assert PARA.strip() in want and "a reader comment" not in want


def test_tree_kept_when_not_consumed():
    tree = load_tree(PAGES["article"])
    before = len(list(tree.iter()))
    main_text(tree, None, consume=False)
    assert len(list(tree.iter())) == before


def test_shortcut_prunes_the_tree_it_is_given():
    # on the checked release the steps run on the tree itself (no copy): trafilatura's pruning shows in it
    if trafilatura.__version__ != CHECKED:
        pytest.skip(f"trafilatura {trafilatura.__version__} is not {CHECKED}: main_text goes through bare_extraction")
    tree = load_tree(PAGES["article"])
    before = len(list(tree.iter()))
    main_text(tree, None)
    assert len(list(tree.iter())) < before


def test_other_release_goes_through_bare_extraction(monkeypatch):
    tree = load_tree(PAGES["article"])
    want = expected(tree, None)
    before = len(list(tree.iter()))
    monkeypatch.setattr(trafilatura, "__version__", "0.0.0")
    assert main_text(tree, None) == want
    assert len(list(tree.iter())) == before  # bare_extraction worked on its own copy


def test_real_pages_same_text():
    pages = sorted((BENCH / "article-extraction" / "html").glob("*.html.gz"))[:12] + \
        sorted((BENCH / "zh-news" / "pages").glob("*.html"))[:6]
    if not pages:
        pytest.skip("../shared benchmarks absent: no real pages to compare on")
    for path in pages:
        body = path.read_bytes()
        html = (gzip.decompress(body) if path.suffix == ".gz" else body).decode("utf-8", errors="replace")
        tree = load_tree(html)
        assert main_text(tree, path.as_uri()) == expected(load_tree(html), path.as_uri()), path.name
