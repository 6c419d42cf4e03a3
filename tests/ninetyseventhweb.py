"""A ninety-seventh test web, written apart from the other webs for issue 17 (a held-out estimate on TAIWAN AND
TRADITIONAL CHINESE SOURCES): a Traditional Chinese environment news site served Big5, the Tainan City Government's
bilingual news portal and an English Taiwan wire, served on 127.0.0.1, about memoranda of Taiwan's cities and
counties (新竹市 and 富山市, 臺南市 and the City of Austin at a forum, Pingtung County and Esbjerg), cities' net-zero
declarations (嘉義市, 臺南市 dated in 民國 years) and companies joining RE100 (遠傳電信, UMC), beside pages that
conclude nothing: actors no other web uses.

Sites live under tests/data/ninetyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* lvmd   - 綠色脈動新聞網, Big5: "首頁 > 地方新聞", "記者…／…報導", "分享到：", "延伸閱讀"; a listing of two pages
* tnpr   - 臺南市政府全球資訊網 and its English pages: "發布日期：115-04-21", "發布單位：", "友善列印", "相關新聞" /
           "Date:", "Publishing Unit:", "Print | Back", "Related News"; its sitemap
* fmwire - Formosa Wire News: "TAIPEI, March 3 (FWN) -", "(By …)", "Enditem/ls", "More from FWN"; its RSS feed

    with NinetySeventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "lvmd": {"encoding": "big5", "charset": "big5"},
    "tnpr": {"encoding": "utf-8", "charset": "utf-8"},
    "fmwire": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetySeventhWeb(GoldWeb):
    """Context manager serving every site of the ninety-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".htm": "text/html", ".xml": "application/xml"}
    SERVER = "Microsoft-IIS/10.0"


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetySeventhWeb)
