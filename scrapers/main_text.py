"""trafilatura's main text of a parsed page the reader hands over for good: `bare_extraction`, less its first copy.

`bare_extraction` copies a tree it is given whole before it starts (so the caller's tree survives), then copies it
twice more to clean and convert it. The reader parses each page for trafilatura and does not look at the tree
again, so the first copy (about 2 % of `pactwatch extract`'s time) buys nothing. On the trafilatura release these
steps were read from (`CHECKED`), `main_text` runs `bare_extraction`'s own steps for the reader's settings without
that copy; on any other release it calls `bare_extraction` itself, so an upgrade can change the text only as
trafilatura changes it. tests/scrapers/test_main_text.py holds the two paths equal.
"""
from __future__ import annotations

import trafilatura
from lxml.etree import strip_tags
from lxml.html import HtmlElement
from trafilatura import bare_extraction

CHECKED = "2.3.1"  # the trafilatura release whose bare_extraction the steps below follow
# trafilatura settings measured on the 181-page benchmark (bench/page_reading.py)
OPTIONS = dict(include_comments=False, include_tables=True, include_images=False, fast=True)


def main_text(tree: HtmlElement, url: str | None, consume: bool = True) -> str:
    """The main text trafilatura reads from the page (one paragraph per line), "" when it finds none.

    `consume`: the caller gives the tree up (trafilatura prunes it in place); else it is copied as usual."""
    if not consume or trafilatura.__version__ != CHECKED:
        doc = bare_extraction(tree, url=url, **OPTIONS)  # it works on its own copy
        return (doc.text or "") if doc is not None else ""
    return _steps(tree, url)


def _steps(tree: HtmlElement, url: str | None) -> str:
    """bare_extraction(tree, url, **OPTIONS).text, step for step, on the tree itself (trafilatura 2.3.1)."""
    from trafilatura.core import LOGGER, trafilatura_sequence
    from trafilatura.settings import Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(output_format="python", fast=True, comments=False, images=False, tables=True, url=url)
    try:
        postbody, text, _, comments = trafilatura_sequence(tree, options, options.url)
        if options.max_tree_size:
            if len(postbody) > options.max_tree_size:
                strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                raise ValueError
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            raise ValueError
    except (TypeError, ValueError):
        LOGGER.warning("discarding data: %s", options.source)
        return ""
    return xmltotxt(postbody, options.formatting) or ""
