"""A hundred-and-third test web, written apart from the other webs for issue 17 (a held-out estimate on CARBON MARKETS
AND GREEN FINANCE): an English financial-news site (found through RSS), a Chinese carbon exchange's newsroom (UTF-8,
a paged listing) and a provincial ecology department's portal (福建省生态环境厅, GBK bytes labelled gb2312, found
through a sitemap) served on 127.0.0.1, about the renewed Tokyo-Saitama linkage, an exchange's memorandum with a
foreign exchange told in two languages, banks' green- and carbon-finance agreements with a city, a department and an
exchange, two provinces' carbon-market cooperation, the pledges restated with them, and pages that conclude nothing
(a price report, a volume report, green bonds issued alone, a loan for a textile plant): actors no other web uses.

Sites live under tests/data/hundredthirdweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredthirdweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* cledger - The Carbon Ledger: a prices ticker, kicker, byline, "Updated", "Share this article", "Latest", "Most read"
* ceex    - 广州碳排放权交易中心 newsroom: "当前位置", "发布日期：... 浏览次数：", 上一篇/下一篇, 热点资讯, 版权所有
* fjsthj  - 福建省生态环境厅 in GBK (label gb2312): "您现在的位置", 发布时间/来源, 【打印】【关闭】, 相关链接, 主办单位

    with HundredThirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredthirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "cledger": {"encoding": "utf-8", "charset": "utf-8"},
    "ceex": {"encoding": "utf-8", "charset": "utf-8"},
    "fjsthj": {"encoding": "gbk", "charset": "gb2312"},
}


class HundredThirdWeb(GoldWeb):
    """Context manager serving every site of the hundred-and-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredThirdWeb)
