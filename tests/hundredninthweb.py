"""A hundred-and-ninth test web, written apart from the other webs for issue 17 (a held-out estimate on clean-energy
cooperation agreements between local governments, agencies and companies told by energy-news portals, Chinese
first): a Chinese energy portal in GBK whose pages are labelled gb2312, a Chinese city's investment-promotion news
found through its sitemap and an English energy trade-press site read through its RSS feed, served on 127.0.0.1,
about a Shanghai hydrogen-base investment agreement (a chemical park's investor, Air Liquide's China arm, a Shenergy
company, the park's committee), Toyota's fuel-cell agreements with Haima and XCMG, a Changchun hydrogen-base
agreement of three parties and a Danish agency's agreement with China's renewable energy centre, with pledges told
beside them, and pages that conclude nothing (a board's approval to sign, an opening, two meetings, a workshop):
actors no other web uses.

Sites live under tests/data/hundredninthweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredninthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* lqny     - 绿擎能源网, GBK labelled gb2312: "绿擎能源网讯", "时间：… 来源：… 作者：…", 【字号】, 免责声明,
             【责任编辑：…】, 相关新闻 and 热点推荐; its listing paged by 下一页
* ccinvest - 长春市投资促进局 招商动态: "当前位置：", "发布时间：… 来源：… 浏览次数：", 【打印本页】【关闭窗口】,
             相关链接, 主办单位 footer; its sitemap
* apledger - Asia Power Ledger, English trade press: kicker, byline with <time>, wire datelines, "(Reporting by …)",
             "Most read", newsletter box, share row; its RSS feed

    with HundredNinthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "lqny": {"encoding": "gbk", "charset": "gb2312"},
    "ccinvest": {"encoding": "utf-8", "charset": "utf-8"},
    "apledger": {"encoding": "utf-8", "charset": "utf-8"},
}


class HundredNinthWeb(GoldWeb):
    """Context manager serving every site of the hundred-and-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredNinthWeb)
