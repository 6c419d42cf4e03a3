"""A hundredth test web, written apart from the other webs for issue 17 (a held-out estimate on EXPOS AND FORUMS WITH
LONG SIGNING LISTS): the English newsroom of the China-Africa Economic and Trade Expo, a Chinese provincial commerce
portal and a Chinese news site in GBK, served on 127.0.0.1, about green and energy signings at the 4th China-Africa
Economic and Trade Expo (Changsha), the 9th China-South Asia Expo (Kunming) and the 7th China-Arab States Expo
(Yinchuan) told as long lists ("The agreements signed include:", "签约项目包括：A与B签署...；C与D签署...", "一是...二是..."),
with signings of other fields in the same lists, pledges made at the expos' forums and pages that conclude nothing
(an opening, an attendance count, a deal total without parties, a plan to take part, a forum of talks).

Sites live under tests/data/hundredthweb/sites/<site>/ as UTF-8 files (written by tests/data/hundredthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* caete  - the expo's English newsroom: "Home > Newsroom > Expo News", "Posted: … | Source: …", "Share to:",
           "Hot Topics"; its listing paged by "Next »"
* ynswt  - 云南省商务厅 (UTF-8): "当前位置：首页 > 商务动态 > 商务要闻", "发布时间：… 信息来源：… 浏览次数：",
           "相关信息", 主办单位 footer; its sitemap
* sfnews - 朔方新闻网 (GBK): "朔方新闻网 > 宁夏新闻 > 经济", "来源：… 作者：…", "（责任编辑：…）", "热点推荐"; its RSS
           feed, served in GBK bytes with an `encoding="gbk"` declaration

    with HundredthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "caete": {"encoding": "utf-8", "charset": "utf-8"},
    "ynswt": {"encoding": "utf-8", "charset": "utf-8"},
    "sfnews": {"encoding": "gbk", "charset": "gbk"},
}


class HundredthWeb(GoldWeb):
    """Context manager serving every site of the hundredth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES

    def respond(self, site: str, raw_path: str) -> tuple[int, str, bytes]:
        """As GoldWeb, but the GBK news site serves its feed in GBK too (the charset its XML declaration states)."""
        status, ctype, body = super().respond(site, raw_path)
        if status == 200 and site == "sfnews" and raw_path.split("?")[0].endswith(".xml"):
            return status, "application/rss+xml", body.decode("utf-8").encode("gbk")
        return status, ctype, body


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredthWeb)
