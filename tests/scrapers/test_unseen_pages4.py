"""Page reading on unseen templates, round 4 (issue 17, the forty-second web), each rule shown on two page templates
written here (neither is the web's own):

* JSON-LD's datePublished dates a page whose head gives only a modified time (htmldate fell back on it); a head's
  published time earlier than JSON-LD's stays;
* a table inside a captioned <figure> (WordPress's wp-block-table, CKEditor's figure.table) stays article text (the
  caption rescue replaced the whole figure by its caption);
* an e-mail signup box inside the article (a form with an e-mail input and a short pitch) is removed, whatever its
  class; a comment form and a body sentence naming an e-mail stay the business of other rules;
* AMP furniture (<amp-ad> placeholders, <amp-social-share>) is no text;
* "Continue reading below" / "Article continues after advertisement" lines between paragraphs are labels.
"""
from __future__ import annotations

import json
from datetime import date

import pytest

from scrapers.reader import read_page

P1 = ("The county commission and the port authority signed a memorandum on shore power on Monday, covering berths, "
      "cranes and drayage trucks, with a joint working group to meet every quarter.")
P2 = ("Officials said the first two berths would be electrified within three years and that both agencies would "
      "publish an emissions inventory of the terminal every spring.")
P3 = "Residents who spoke at the hearing asked that the trucks' routes avoid the school on Harbor Avenue."


def ghost(head: str, body: str) -> str:
    """A Ghost blog post: post-full-header, byline with no date, kg-card content."""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shore power memorandum</title>{head}'
            f'</head><body class="post-template"><header class="gh-head"><a href="/">Harbor Notes</a></header>'
            f'<main class="site-main"><article class="post-full"><header class="post-full-header"><h1 class="post-full-'
            f'title">Port and county sign shore power memorandum</h1><div class="byline">Ed Marsh</div></header>'
            f'<section class="post-full-content"><div class="gh-content">{body}</div></section></article></main>'
            f'<footer class="gh-foot">Harbor Notes &copy; 2024</footer></body></html>')


def drupal(head: str, body: str) -> str:
    """A Drupal county newsroom node: field--name-body under the title, a sidebar menu."""
    return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Shore power | County'
            f'</title>{head}</head><body><div class="region-header"><a href="/">County</a></div><main><div class='
            f'"node node--type-news"><h1 class="page-title"><span>County signs shore power memorandum</span></h1>'
            f'<div class="field field--name-body">{body}</div></div></main><aside class="region-sidebar"><ul>'
            f'<li><a href="/parks">Parks</a></li></ul></aside></body></html>')


def ld(published: str, modified: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Article", "headline": "Shore power",
            "datePublished": published, "dateModified": modified}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


BODY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


@pytest.mark.parametrize("page", [
    ghost('<meta property="article:modified_time" content="2024-03-02T10:00:00Z">'
          + ld("2024-02-12T08:00:00Z", "2024-03-02T10:00:00Z"), BODY),
    drupal('<meta property="og:updated_time" content="2024-03-02T10:00:00+01:00">'
           + ld("2024-02-12T08:00:00+01:00", "2024-03-02T10:00:00+01:00"), BODY),
])
def test_json_ld_published_beats_a_modified_time_in_the_head(page):
    assert read_page(page, "https://harbor.example/news/shore-power/").published_on == date(2024, 2, 12)


@pytest.mark.parametrize("page", [
    ghost('<meta property="article:published_time" content="2024-02-10T08:00:00Z">'
          + ld("2024-02-12T08:00:00Z", "2024-03-02T10:00:00Z"), BODY),
    drupal('<meta property="article:published_time" content="2024-02-10T08:00:00+01:00">'
           + ld("2024-02-12T08:00:00+01:00", "2024-02-12T08:00:00+01:00"), BODY),
])
def test_an_earlier_published_time_in_the_head_stays(page):
    assert read_page(page, "https://harbor.example/news/shore-power/").published_on == date(2024, 2, 10)


TABLE = ("<table><thead><tr><th>Berth</th><th>Shore power by</th></tr></thead><tbody><tr><td>Berth 4 container "
         "terminal</td><td>2026</td></tr><tr><td>Berth 7 cruise terminal</td><td>2027</td></tr></tbody></table>")


@pytest.mark.parametrize("page", [
    ghost("", f'<p>{P1}</p><figure class="wp-block-table">{TABLE}<figcaption>Berths to be electrified under the '
              f'memorandum</figcaption></figure><p>{P2}</p><p>{P3}</p>'),
    drupal("", f'<p>{P1}</p><figure class="table"><figcaption>Berths to be electrified under the memorandum'
               f'</figcaption>{TABLE}</figure><p>{P2}</p><p>{P3}</p>'),
])
def test_a_captioned_table_stays_text(page):
    text = read_page(page).text
    assert "Berth 7 cruise terminal" in text and "Berth 4 container terminal" in text
    assert "Berths to be electrified under the memorandum" in text and P2 in text


@pytest.mark.parametrize("page", [
    ghost("", f'<p>{P1}</p><div class="kg-card kg-signup-card"><h2>Harbor Notes, every Friday</h2><p>One email a '
              f'week. No spam.</p><form data-members-form><input type="email" required><button>Subscribe</button>'
              f'</form></div><p>{P2}</p><p>{P3}</p>'),
    drupal("", f'<p>{P1}</p><p>{P2}</p><section class="block-inline"><h3>County updates to your inbox</h3><form '
               f'action="/subscribe"><label>Your address</label><input type="text" name="mail"><input type="submit" '
               f'value="Go"></form></section><p>{P3}</p>'),
])
def test_an_email_signup_box_is_no_text(page):
    text = read_page(page).text
    assert all(p in text for p in (P1, P2, P3))
    assert "every Friday" not in text and "No spam" not in text and "to your inbox" not in text


def test_a_sentence_naming_an_email_address_and_a_comment_form_are_left_to_other_rules():
    mail = "Comments on the memorandum can be sent by email to the port's planning office until 30 April."
    page = ghost("", f"<p>{P1}</p><p>{mail}</p><p>{P2}</p><p>{P3}</p><div class='comments'><form><textarea></textarea>"
                     "<input type='email' name='email'></form></div>")
    assert mail in read_page(page).text


def amp_wp(extra: str) -> str:
    """An AMP page of a WordPress theme (amp-wp-article)."""
    return ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Shore power</title>'
            '<style amp-boilerplate>body{visibility:hidden}</style></head><body><article class="amp-wp-article">'
            '<h1 class="amp-wp-title">Port and county sign shore power memorandum</h1><div class="amp-wp-article-'
            f'content"><p>{P1}</p><p>{P2}</p><p>{P3}</p>{extra}</div></article></body></html>')


def amp_news(extra: str) -> str:
    """An AMP page of a newspaper's own template (story-body, amp-sticky-ad at the foot)."""
    return ('<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>Shore power</title></head><body>'
            '<main><h1>Port and county sign shore power memorandum</h1><div class="story-body">'
            f'<p>{P1}</p>{extra}<p>{P2}</p><p>{P3}</p></div></main><amp-sticky-ad layout="nodisplay"><amp-ad '
            'width="320" height="50" type="adsense"><div fallback>Advertising helps fund our journalism</div></amp-ad>'
            '</amp-sticky-ad></body></html>')


@pytest.mark.parametrize("page", [
    amp_wp('<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Sponsored</div></amp-ad>'
           '<amp-social-share type="twitter"><span>Tweet this story</span></amp-social-share>'),
    amp_news('<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Sponsored</div></amp-ad>'),
])
def test_amp_ads_and_share_buttons_are_no_text(page):
    text = read_page(page).text
    assert all(p in text for p in (P1, P2, P3))
    assert "Sponsored" not in text and "Tweet this" not in text and "fund our journalism" not in text


@pytest.mark.parametrize("page", [
    ghost("", f'<p>{P1}</p><p class="cont">Continue reading below</p><p>{P2}</p><p>{P3}</p>'),
    drupal("", f'<p>{P1}</p><div class="ad"><span>Article continues after advertisement</span></div><p>{P2}</p>'
               f'<p>{P3}</p>'),
])
def test_continue_reading_lines_are_labels(page):
    text = read_page(page).text
    assert all(p in text for p in (P1, P2, P3)) and "ontinue" not in text


def test_a_short_article_around_a_signup_box_stays():
    short = ["The port and the county signed a shore power memorandum on Monday.", "Berths 4 and 7 come first."]
    page = ("<html><body><h1>Port signs memorandum</h1><div class='brief'><p>" + short[0] + "</p><div><form><input "
            "type='email'><button>Join</button></form></div><p>" + short[1] + "</p></div></body></html>")
    text = read_page(page).text
    assert short[0] in text and short[1] in text
