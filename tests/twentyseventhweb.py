"""A twenty-seventh test web, written apart from the other webs for issue 17 (an honest held-out estimate in Chinese
on agreements): a provincial government portal and WeChat-style articles of a 公众号 served on 127.0.0.1, about
international bodies and foreign agencies (UNDP, the Swedish Energy Agency, GIZ, the Asian Development Bank), foreign
universities and a foreign firm signing with Chinese provinces, their departments, universities and a city's
state-owned developer: actors no other web uses, one signing told by both sites, with negatives (witnesses, 拟签署,
洽谈, a meeting only, a tourism signing, a past signing recalled).

Sites live under tests/data/twentyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* jl - a provincial government portal: 索引号/发布机构/来源/发布日期 table, 【字体：大 中 小】, 打印本页, 相关链接 chrome
* wx - WeChat-style articles: 原创, the account name, 点击上方蓝字关注, 阅读原文, 往期推荐; the date in `var ct` (unix
  time) with an empty <em id="publish_time">, or in the <em>

    with TwentyseventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "jl": {"encoding": "utf-8", "charset": "utf-8"},
    "wx": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentyseventhWeb(GoldWeb):
    """Context manager serving every site of the twenty-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentyseventhWeb)
