"""A wire's "Editor: <name>" credit after the text is chrome (scrapers/chrome_lines._LABEL_LINES), as 责任编辑：… is;
an "Editor's note: ..." and a sentence that opens on "Editor:" are the article's own. Texts of our own."""
from __future__ import annotations

import pytest

from scrapers.chrome_lines import clean_lines

BODY = "The two cities signed a memorandum on cleaner ports on Monday, officials said."


@pytest.mark.parametrize("credit", ["Editor: Wang Fang", "Editor：Zhou Jie", "EDITOR: Chen Mo"])
def test_an_editor_credit_is_dropped(credit):
    assert clean_lines(f"{BODY}\n{credit}") == BODY


@pytest.mark.parametrize("line", [
    "Editor's note: This story was first published in 2019 and updated on Friday.",
    "Editor: the council's newsletter will print the full text of the memorandum next week.",
])
def test_an_editors_note_or_a_sentence_is_kept(line):
    assert line in clean_lines(f"{BODY}\n{line}")
