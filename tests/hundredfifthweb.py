"""A hundred-and-fifth test web, written apart from the other webs for issue 17 (a held-out estimate on CHRONICLES AND
TIMELINES): a Chinese provincial foreign-affairs portal, an English sister-state site and a Chinese news site in GBK,
served on 127.0.0.1, about the Fujian-Tasmania sister-state and the Fuzhou-Hobart and Fuzhou-Tacoma sister-city
relationships told as dated entries (a 大事记 with "2016年3月，…", a "milestones" list "March 2016 – …", a news site's
"1980年12月　…" chronicle) next to news pages that tell some of the same agreements with the day, and entries and
pages that are no records (a state visit, a delegation received, an anniversary, a forum attended, talks).

Sites live under tests/data/hundredfifthweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredfifthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* fjfao  - 福建省人民政府外事办公室 (UTF-8): "当前位置：首页 > 政务公开 > 工作动态", "发布时间：… 来源：…",
           【字号】, 【打印本页】【关闭窗口】, "热点信息", 主办单位 footer; its sitemap
* tasgp  - Tasmania Global Partnerships (English): "Home > News", "Published … | …", a `ul.timeline` of dated
           entries, "Share this page", "Related news"; its listing paged by "Older posts"
* rcnews - 榕城新闻网 (GBK): "榕城新闻网 > 福州新闻 > 对外交流", "来源：… 作者：…", "【责任编辑：…】", "热门推荐";
           its RSS feed, served in GBK bytes with an `encoding="gbk"` declaration

    with HundredFifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "fjfao": {"encoding": "utf-8", "charset": "utf-8"},
    "tasgp": {"encoding": "utf-8", "charset": "utf-8"},
    "rcnews": {"encoding": "gbk", "charset": "gbk"},
}


class HundredFifthWeb(GoldWeb):
    """Context manager serving every site of the hundred-and-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES

    def respond(self, site: str, raw_path: str) -> tuple[int, str, bytes]:
        """As GoldWeb, but the GBK news site serves its feed in GBK too (the charset its XML declaration states)."""
        status, ctype, body = super().respond(site, raw_path)
        if status == 200 and site == "rcnews" and raw_path.split("?")[0].endswith(".xml"):
            return status, "application/rss+xml", body.decode("utf-8").encode("gbk")
        return status, ctype, body


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredFifthWeb)
