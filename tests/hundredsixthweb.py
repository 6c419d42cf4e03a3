"""A hundred-sixth test web, written apart from the other webs for issue 17 (a held-out estimate on US-China
EcoPartnerships and clean-energy research centres): a US agency-style media-note site paged by "Next", a Chinese
NDRC/NEA-style portal in GBK found through its sitemap and a US university newsroom read through its RSS feed, served
on 127.0.0.1, about four EcoPartnerships signed on one page (a city, a utility, a company and a university pairing),
told again in Chinese and by the university, the Clean Energy Research Center protocol of 2009 and its 2014 renewal,
the EPA memorandum renewed with China's environment ministry, the fossil-energy protocol renewed by the National
Energy Administration and the Department of Energy, the pledges stated beside them, and pages that conclude nothing
(a workshop, a delegation visit, a campus visit, a report release): actors no other web uses.

Sites live under tests/data/hundredsixthweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredsixthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* ecpnotes - media notes of an Office of the Spokesperson: "MEDIA NOTE", "Washington, DC", the date, tags,
             "Related Articles"; paged listing
* ndrcnea  - an NDRC/NEA-style portal, GBK labelled gb2312: 当前位置, "发布时间：… 来源：… 【字体：大 中 小】", 相关文章,
             京ICP footer; its sitemap
* kstate   - a university newsroom: "Released: <weekday>, <date>", datelines, "More K-State news", media contact; its
             RSS feed

    with HundredSixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredsixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "ecpnotes": {"encoding": "utf-8", "charset": "utf-8"},
    "ndrcnea": {"encoding": "gbk", "charset": "gb2312"},
    "kstate": {"encoding": "utf-8", "charset": "utf-8"},
}


class HundredSixthWeb(GoldWeb):
    """Context manager serving every site of the hundred-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredSixthWeb)
