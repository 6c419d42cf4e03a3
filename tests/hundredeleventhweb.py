"""A hundred-eleventh test web, written apart from the other webs for issue 17 (a held-out estimate on CLIMATE
PARTNERSHIPS BETWEEN CHINESE PROVINCES/CITIES AND REGIONS OF EUROPE, JAPAN, KOREA AND LATIN AMERICA): the Lower Saxony
State Chancellery's English press releases (a listing of two pages), 广州市人民政府外事办公室's TRS-style portal (UTF-8,
index.html and index_1.html) and Ulsan Metropolitan City's English news (its sitemap, query URLs), served on 127.0.0.1,
about Lower Saxony's declaration with Anhui and its climate law, KEAN's memorandum with Hefei's development and reform
commission, the Guangzhou-Ulsan friendly-city agreement and hydrogen memorandum with Hyundai Motor (told in English and
Chinese), Guangzhou's memoranda with São Paulo and Linköping, Fukuoka's and Ulsan's neutrality goals, and pages that
conclude nothing (a delegation received, a forum, a video call, a trip announced, a sister city's visit).

Sites live under tests/data/hundredeleventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredeleventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* nds - Lower Saxony State Chancellery: "Home › Press › Press releases", "Press release No. … · Hanover, …", "Further press releases"; two listing pages
* gzfao - 广州市人民政府外事办公室: "当前位置：首页 > 外事动态 > 友城交流", "发布时间：… 来源：…", "相关新闻", "粤ICP备"; index.html, index_1.html
* ulsan - Ulsan Metropolitan City: "Home > News > City News", "Date | Views | Writer", "Popular News"; its sitemap

    with HundredEleventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredeleventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "nds": {"encoding": "utf-8", "charset": "utf-8"},
    "gzfao": {"encoding": "utf-8", "charset": "utf-8"},
    "ulsan": {"encoding": "utf-8", "charset": "utf-8"},
}


class HundredEleventhWeb(GoldWeb):
    """Context manager serving every site of the hundred-eleventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredEleventhWeb)
