"""A seventh test web, Chinese first: Taipei in Big5 with 民國 dates, Hong Kong press releases, wire copy; on 127.0.0.1.

Sites live under tests/data/seventhweb/sites/<site>/ as UTF-8 files (written by tests/data/seventhweb/build.py from
articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* taipei - a Taiwan city government news page served Big5, its dates in 民國 years only (發布日期：112-10-17)
* hkgov  - Hong Kong government press releases in Traditional Chinese, dated at the foot (2023年12月3日（星期日）)
* xinhua - 新华网-style wire copy opening on a dateline (新华社北京12月12日电)

    with SeventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "taipei": {"encoding": "big5", "charset": "big5"},
    "hkgov": {"encoding": "utf-8", "charset": "utf-8"},
    "xinhua": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventhWeb(GoldWeb):
    """Context manager serving every site of the seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}
    SERVER = "Microsoft-IIS/10.0"
    NOT_FOUND = "<html><head><title>404 - File or directory not found.</title></head><body></body></html>"


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventhWeb)
