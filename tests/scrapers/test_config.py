"""sources.yaml validation and Settings: every fault is one line naming file, source and key."""
from __future__ import annotations

import pytest

from pactwatch.config import Settings, Source, SourcesError, load_sources, parse_sources

GOOD = """
sources:
  - name: iclei-usa
    language: en
    start_urls: [https://icleiusa.org/news/]
    article_links: "h3.entry-title a"
    next_page: "a.next"
    rate_limit: 0.5
    allow_hosts: [cdn.icleiusa.org]
  - name: mee-cn
    language: zh
    feed: http://www.mee.gov.cn/rss.xml
  - name: unfccc
    sitemap: https://unfccc.int/sitemap.xml
"""


def test_parse_good_file():
    sources = parse_sources(GOOD, "sources.yaml")
    assert [s.name for s in sources] == ["iclei-usa", "mee-cn", "unfccc"]
    first = sources[0]
    assert first.start_urls == ("https://icleiusa.org/news/",)
    assert first.rate_limit == 0.5 and first.allow_hosts == ("cdn.icleiusa.org",)
    assert sources[1].language == "zh" and sources[1].feed == "http://www.mee.gov.cn/rss.xml"


def test_top_level_list_and_single_start_url_string():
    (src,) = parse_sources("- {name: a, start_urls: 'http://a.org/', article_links: 'a'}")
    assert src.start_urls == ("http://a.org/",)


def test_load_sources_names_the_path(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("- name: x\n  start_urls: [http://x.org/]\n", encoding="utf-8")
    with pytest.raises(SourcesError) as exc:
        load_sources(path)
    assert str(exc.value) == f"{path}: source 'x': start_urls needs article_links"
    with pytest.raises(SourcesError, match="cannot read"):
        load_sources(tmp_path / "missing.yaml")


@pytest.mark.parametrize("text, message", [
    ("- name: iclei-usa\n  start_urls: [https://icleiusa.org/]\n",
     "sources.yaml: source 'iclei-usa': start_urls needs article_links"),
    ("- {name: a, start_url: 'http://a.org/', article_links: a}",
     "sources.yaml: source 'a': unknown key 'start_url' (did you mean 'start_urls'?)"),
    ("- {name: a, feed: 'file:///etc/passwd'}",
     "sources.yaml: source 'a': feed: 'file:///etc/passwd' is not an http(s) URL"),
    ("- {name: a, start_urls: ['ftp://a.org/'], article_links: a}",
     "sources.yaml: source 'a': start_urls[0]: 'ftp://a.org/' is not an http(s) URL"),
    ("- {name: a, feed: 'http://a.org/f'}\n- {name: a, sitemap: 'http://b.org/s'}",
     "sources.yaml: source 'a': name: duplicate name (also source #1)"),
    ("- {feed: 'http://a.org/f'}", "sources.yaml: source #1: name: missing (required)"),
    ("- {name: a}", "sources.yaml: source 'a': needs start_urls + article_links, or feed, or sitemap"),
    ("- {name: a, start_urls: ['http://a.org/'], article_links: 'a[['}",
     "sources.yaml: source 'a': article_links: invalid CSS selector"),
    ("- {name: a, feed: 'http://a.org/f', rate_limit: -1}", "sources.yaml: source 'a': rate_limit:"),
    ("- name: a\n  feed: [\n", "sources.yaml: line 3: bad YAML"),
    ("- just a string", "sources.yaml: source #1: expected a mapping"),
    ("srcs: []", "sources.yaml: unknown top-level key 'srcs'"),
    ("- {name: a, start_url: 'http://a.org/', article_link: a, colour: red}",
     "sources.yaml: source 'a': unknown keys 'start_url' (did you mean 'start_urls'?), 'article_link' (did you "
     "mean 'article_links'?), 'colour'"),
    ("- {name: a, sitemap: 'http://a.org/s', article_url: '(news'}", "sources.yaml: source 'a': article_url: bad "
     "regular expression '(news'"),
    ("- {name: a, sitemap: 'http://a.org/s', exclude_urls: ['']}", "sources.yaml: source 'a': exclude_urls: empty"),
])
def test_errors_are_one_clear_line(text, message):
    with pytest.raises(SourcesError) as exc:
        parse_sources(text, "sources.yaml")
    assert str(exc.value).startswith(message)
    assert "\n" not in str(exc.value)


def test_empty_file_is_no_sources():
    assert parse_sources("", "s.yaml") == [] and parse_sources("sources:\n", "s.yaml") == []


def test_source_is_hashable_and_frozen():
    src = Source(name="a", feed="http://a.org/f")
    assert hash(src) == hash(Source(name="a", feed="http://a.org/f"))


def test_settings_defaults():
    s = Settings()
    assert s.user_agent.startswith("pactwatch/") and "(+https://" in s.user_agent
    assert (s.connect_timeout, s.read_timeout, s.max_body_bytes) == (5.0, 20.0, 10 * 1024 * 1024)
    assert s.rate_limit == 1.0 and s.retries == 3


def test_settings_from_env():
    env = {"PACTWATCH_READ_TIMEOUT": "7.5", "PACTWATCH_RATE_LIMIT": "0", "PACTWATCH_RETRIES": "1",
           "PACTWATCH_CONTACT_URL": "https://example.org/bot", "PACTWATCH_DB": "ignored"}
    s = Settings.from_env(env, max_redirects=2)
    assert s.read_timeout == 7.5 and s.rate_limit == 0 and s.retries == 1 and s.max_redirects == 2
    assert s.user_agent.endswith("(+https://example.org/bot)")
    with pytest.raises(ValueError, match="PACTWATCH_RETRIES"):
        Settings.from_env({"PACTWATCH_RETRIES": "many"})
