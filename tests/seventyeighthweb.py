"""A seventy-eighth test web, written apart from the other webs for issue 17 (a held-out estimate on research
institutions and companies named in Chinese): a Chinese university news site and a Chinese energy-industry portal
served on 127.0.0.1, about agreements of a university faculty (昆明理工大学冶金与能源工程学院), a provincial key
laboratory, a design institute of a group (中国能源建设集团浙江省电力设计院有限公司), a group's research institute and a
company with US and German universities and labs named in Chinese or glossed in English in brackets, and a visit
listing institutions that signed nothing: actors no other web uses.

Sites live under tests/data/seventyeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventyeighthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* kmdx - a university news site: "当前位置：首页 > 综合新闻", "供稿单位：", "初审：... 终审：...", "学院动态"
* nyzx - an energy-industry portal: "首页 > 国际合作", "来源：... 作者：...", "热门资讯", "投稿邮箱"

    with SeventyEighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "kmdx": {"encoding": "utf-8", "charset": "utf-8"},
    "nyzx": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventyEighthWeb(GoldWeb):
    """Context manager serving every site of the seventy-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventyEighthWeb)
