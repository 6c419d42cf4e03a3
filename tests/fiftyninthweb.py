"""A fifty-ninth test web, written apart from the other webs for issue 17 (an honest held-out estimate of Chinese
signing clauses with several parties or several instruments): a provincial 发改委/能源局 portal and an energy state
enterprise's news centre in GBK, served on 127.0.0.1: one body signing with two companies (分别与), three parties
signing one agreement (三方共同签署), one pair signing two instruments (两份协议, 框架协议及补充协议, 双方还签署了),
witnesses and hosts who are no party, a renewal (续签), an agreement 联合签署 by two bodies, and as negatives 拟于…签署,
达成共识, 商签, 签约项目总投资 and 此前已签署: actors no other web uses.

Sites live under tests/data/fiftyninthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fiftyninthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* xzdrc   - a provincial 发展和改革委员会（能源局） portal: 信息来源/发布时间/阅读次数 under the title, 视力保护色 and
            网站纠错 tools, 适老化/无障碍 links, 相关新闻 traps
* crpnews - an energy SOE's 新闻中心 in GBK with its charset only in <meta http-equiv>: 文章来源/点击数, 返回顶部,
            热点新闻 traps

    with FiftyninthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "xzdrc": {"encoding": "utf-8", "charset": "utf-8"},
    "crpnews": {"encoding": "gbk", "charset": None},
}


class FiftyninthWeb(GoldWeb):
    """Context manager serving every site of the fifty-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftyninthWeb)
