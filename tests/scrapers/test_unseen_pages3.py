"""Page reading on unseen templates, round 3 (issue 17), each rule shown on two page templates written here:

* an all-numeric day ("3/5/2021") under a locale that names no region (`<html lang="en">`) is settled by the page's
  own evidence: a US dateline opening the body ("BOSTON - ", "URBANA, Ill. - "), another numeric day on the page with
  a part over 12, a weekday printed with the day, a US government host; evidence both ways, a foreign dateline or no
  evidence at all leaves the day open (no date: never a guess);
* notes for journalists that end an article ("Editor's notes", "Notes to editors", "Media contact", "To reach the
  researcher, ...") are cut with what follows them; an editor's note that opens an article does not cut it.
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.reader import read_page

BODY = ("The memorandum covers heat pumps, building retrofits and grid storage, and the two agencies agreed to "
        "exchange staff and data every year under a joint working group.")


def newsroom(stamp: str, lede: str, tail: str = "", lang: str = "en") -> str:
    """A state newsroom's press release: page header with a status line, rich-text body, contact aside."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Agency renews memorandum | State'
            f'</title></head><body><nav><a href="/">Home</a> <a href="/news/">News</a></nav><main>'
            f'<div class="page-header"><span class="kicker">Press Release</span><h1>Agency renews clean heating '
            f'memorandum</h1><div class="press-status">For immediate release: <span>{stamp}</span></div></div>'
            f'<div class="rich-text"><p>{lede}</p><p>{BODY}</p><p>{BODY}</p>{tail}</div></main>'
            f'<footer>Site policies · Accessibility</footer></body></html>')


def campus(stamp: str, lede: str, tail: str = "", lang: str = "en") -> str:
    """A university news office's story: byline and date line under the title, body, a notes box in the article."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Institute signs memorandum</title>'
            f'</head><body><header>News Bureau</header><article class="story"><h1>Institute signs memorandum on '
            f'carbon storage</h1><div class="byline">By Ann Lee, Science Editor</div><div class="dateline">{stamp}'
            f'</div><div class="story-body"><p>{lede}</p><p>{BODY}</p><p>{BODY}</p></div>{tail}</article>'
            f'<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Campus goes solar</a></li></ul>'
            f'</aside></body></html>')


TEMPLATES = [newsroom, campus]
LEDE = "A memorandum of understanding on clean heating was signed at a virtual ceremony on Thursday by both agencies."


def read(html: str, url: str = "http://news.test/story/1"):
    return read_page(html, url)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("stamp, lede, tail, url, expected", [
    ("3/5/2021", f"BOSTON - {LEDE}", "", None, date(2021, 3, 5)),  # a US city's dateline
    ("3/5/2021", f"URBANA, Ill. - {LEDE}", "", None, date(2021, 3, 5)),  # a town placed by its US state
    ("3/5/2021", f"Columbus, Ohio — {LEDE}", "", None, date(2021, 3, 5)),
    ("3/5/2021", LEDE, "<p>Updated 3/17/2021</p>", None, date(2021, 3, 5)),  # another day: 17 is no month
    ("3/5/2021", LEDE, "<p>Updated 17/3/2021</p>", None, date(2021, 5, 3)),
    ("Friday, 3/5/2021", LEDE, "", None, date(2021, 3, 5)),  # 5 March 2021 was a Friday, 3 May a Monday
    ("Monday, 3/5/2021", LEDE, "", None, date(2021, 5, 3)),
    ("3/5/2021", LEDE, "", "https://www.mass.gov/news/x", date(2021, 3, 5)),  # a US government host
    ("3/5/2021", LEDE, "", None, None),  # nothing settles it
    ("3/5/2021", f"LONDON - {LEDE}", "", None, None),  # a foreign dateline: US wires file from abroad too
    ("3/5/2021", f"BOSTON - {LEDE}", "<p>Updated 17/3/2021</p>", None, None),  # evidence both ways
])
def test_numeric_day_settled_by_the_pages_own_evidence(template, stamp, lede, tail, url, expected):
    assert read(template(stamp, lede, tail), url or "http://news.test/story/1").published_on == expected


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_region_in_the_locale_still_wins(template):
    assert read(template("3/5/2021", f"BOSTON - {LEDE}", lang="en-GB")).published_on == date(2021, 5, 3)


NOTES = [
    '<div class="editors-notes"><h2>Editor\'s notes</h2><p>To reach the researchers, email news@campus.test. '
    'Photos by the News Bureau.</p></div>',
    "<h3>Notes to editors</h3><p>The agency was founded in 1975 and funds research on heat pumps in cities.</p>",
    "<h2>Media contact</h2><p>Jordan Pike, Press Office</p>",
    "<p>To reach the researcher, call the Institute's front desk during office hours on weekdays.</p>",
]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("notes", NOTES)
def test_notes_for_journalists_end_the_article(template, notes):
    text = read(template("March 5, 2021", LEDE, notes)).text
    assert LEDE in text and BODY in text
    for gone in ("Editor's note", "Notes to editors", "Media contact", "To reach the researcher", "founded in 1975",
                 "Jordan Pike"):
        assert gone not in text


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_one_line_editors_note_is_the_articles_own(template):
    """A syndicated story's "Editor's note: ... republished by ..." line tells where the text comes from: kept."""
    note = "Editor's note: This release was issued by the agency on March 4 and is republished as part of our wire."
    text = read(template("March 5, 2021", LEDE, f"<p>{note}</p>")).text
    assert note in text


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_editors_note_opening_the_article_does_not_cut_it(template):
    lede = "Editor's note: this story was first published in the bureau's spring magazine."
    text = read(template("March 5, 2021", lede)).text
    assert BODY in text
