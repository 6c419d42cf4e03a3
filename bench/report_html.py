"""The HTML report of a million-record warehouse: build time, file size, embedded font size, and Chromium opening it.

    .venv/bin/python bench/report_html.py [--records 1000000] [--db /tmp/report_html.duckdb] [--keep]

Fills the warehouse as bench/report_views.py does (set-based SQL; its parties and cities are synthetic names, so
the map is empty and the network shows 40 `Party N`), builds the report tables once, then times
`reports.html.build_report` (reading, charts, map, network, font subset) and a headless Chromium
loading the file and dumping its DOM. With --keep an existing --db is reused instead of filled again.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from browser import CHROMIUM, FLAGS  # noqa: E402
from report_views import fill  # noqa: E402

from reports.html import build_report  # noqa: E402
from warehouse import report_tables  # noqa: E402
from warehouse.db import connect  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/report_html.duckdb")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    db = Path(args.db)
    if not (args.keep and db.exists()):
        for p in (db, db.with_name(db.name + ".wal")):
            p.unlink(missing_ok=True)
        con = connect(db)
        t = time.perf_counter()
        fill(con, args.records)
        report_tables.rebuild(con)
        con.execute("CHECKPOINT")
        con.close()
        print(f"filled {args.records:,} records and built the report tables in {time.perf_counter() - t:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        t = time.perf_counter()
        build_report(db, out)
        built = time.perf_counter() - t
        html = out.read_text(encoding="utf-8")
        font = re.search(r"data:font/woff2;base64,([A-Za-z0-9+/=]+)", html)
        print(f"report built in {built:.1f} s: {len(html.encode()) / 1e6:.2f} MB, embedded font "
              f"{len(font.group(1)) * 3 / 4 / 1024:.0f} KB")
        t = time.perf_counter()
        proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp}/profile", "--dump-dom", out.as_uri()],
                              capture_output=True, text=True, timeout=600, env={"PATH": "/usr/bin:/bin", "HOME": tmp})
        print(f"chromium loaded it and dumped {len(proc.stdout) / 1e6:.2f} MB of DOM in {time.perf_counter() - t:.1f} s"
              f" (exit {proc.returncode})")


if __name__ == "__main__":
    main()
