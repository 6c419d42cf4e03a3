"""A fifty-third test web, written apart from the other webs for issue 17 (an honest held-out estimate of Chinese
pages at prefecture and county level): a 地级市 government portal and a county 融媒体中心 news site served on
127.0.0.1, about a sister-city relation concluded with a low-carbon cooperation agreement, a development zone
管委会's framework agreement with a company, a county government's signing with a local state enterprise, a county's
memorandum with a foreign town, a prefecture's 碳达峰 plan targets and a county's 光伏装机 target, with 十三五
achievements, national targets cited, 预计, 拟签约 and 意向 as negatives: actors no other web uses.

Sites live under tests/data/fiftythirdweb/sites/<site>/ as UTF-8 files (written by
tests/data/fiftythirdweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* smgov - a 地级市 government portal: 索引号/发布机构/发布日期 table above the title (the page's only date),
  【打印】【关闭】, 扫一扫在手机打开当前页, 相关链接
* jlrm - a county 融媒体中心 site: 来源 and 字号 under the title, 分享到 bars, 责任编辑, 推荐阅读

    with FiftythirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "smgov": {"encoding": "utf-8", "charset": "utf-8"},
    "jlrm": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftythirdWeb(GoldWeb):
    """Context manager serving every site of the fifty-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".htm": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftythirdWeb)
