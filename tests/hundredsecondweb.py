"""A hundred-second test web, written apart from the other webs for issue 17 (a held-out estimate on CHINESE
PROVINCES' AND CITIES' CARBON-PEAK IMPLEMENTATION PLANS): a Chinese energy news portal (UTF-8, RSS, reposts with
来源：), a Hong Kong Traditional Chinese newspaper in Big5-HKSCS bytes labelled big5 (a listing of two pages) and an
English think-tank tracker blog (its sitemap), served on 127.0.0.1, about the peak years, non-fossil shares and
intensity cuts of 黑龙江省, 无锡市, 曲靖市, 湖南省, 江門市, Liaoning and Xiangyang, beside numbers that are no pledges
(results to date, forecasts of a model, a national goal a city implements, plans still drafted: 徐州, 湘潭, 肇慶,
Karamay, a forum in Wan Chai): actors no other web uses.

Sites live under tests/data/hundredsecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredsecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* nygc - 能源观察网: "当前位置：首页 > 地方动态", "发布时间：… 来源：… 作者：…", "【责任编辑：…】", "热点推荐"; its RSS feed
* xjsb - 香江時報, Big5-HKSCS: "2022年11月03日 星期四　本報記者 …", "分享：", "相關新聞"; a listing of two pages
* ltci - Lantern Climate Institute: "Posted on … by …", "Filed under:", "Share this:", "Related posts"; its sitemap

    with HundredSecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredsecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "nygc": {"encoding": "utf-8", "charset": "utf-8"},
    "xjsb": {"encoding": "big5hkscs", "charset": "big5"},
    "ltci": {"encoding": "utf-8", "charset": "utf-8"},
}


class HundredSecondWeb(GoldWeb):
    """Context manager serving every site of the hundred-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".htm": "text/html", ".xml": "application/xml"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredSecondWeb)
