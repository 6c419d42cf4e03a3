"""Screenshots of an HTML report in headless Chromium for docs/: the top of the report, the map and the network.

    .venv/bin/python bench/report_shots.py REPORT.html OUT_PREFIX [--no-cjk-fonts]

Writes OUT_PREFIX-top.png, -map.png, -network.png (cropped from one tall screenshot at the offsets the page
itself reports) and prints the timings. --no-cjk-fonts runs Chromium with a fontconfig that lists DejaVu only (no
CJK font, whatever the machine has), so every Chinese glyph on the picture comes from the report's embedded font.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reports"))
from browser import CHROMIUM, FLAGS, fontconfig_without_cjk, measuring_copy  # noqa: E402

from PIL import Image  # noqa: E402  (pillow comes with matplotlib, which mplfonts needs)

PROBE = """document.fonts.ready.then(() => { const out = {};
  for (const id of ['timeline', 'network', 'map', 'commitments']) {
    const r = document.getElementById(id).getBoundingClientRect(); out[id] = Math.round(r.top + scrollY); }
  document.body.dataset.offsets = JSON.stringify(out); });"""


def chromium(page: Path, args: list[str], env: dict) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                              capture_output=True, text=True, timeout=300, env={**env, "HOME": profile})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("report", type=Path)
    ap.add_argument("prefix")
    ap.add_argument("--no-cjk-fonts", action="store_true")
    a = ap.parse_args()
    env = {"PATH": "/usr/bin:/bin"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if a.no_cjk_fonts:
            env.update(fontconfig_without_cjk(tmp))
        probe = measuring_copy(a.report, tmp / "probe.html", PROBE)
        t0 = time.perf_counter()
        dom = chromium(probe, ["--virtual-time-budget=10000", "--dump-dom"], env).stdout
        offsets = {k: int(v) for k, v in re.findall(r'&quot;(\w+)&quot;:(\d+)', dom)}
        tall = tmp / "tall.png"
        chromium(a.report.resolve(), ["--window-size=1280,%d" % (offsets["commitments"] + 40),
                                      "--virtual-time-budget=10000", f"--screenshot={tall}"], env)
        print(f"chromium opened and drew the report in {time.perf_counter() - t0:.1f} s; offsets {offsets}")
        img = Image.open(tall)
        crops = {"top": (0, min(900, offsets["network"])), "network": (offsets["network"] - 10, offsets["map"] - 10),
                 "map": (offsets["map"] - 10, offsets["commitments"] - 10)}
        for name, (y0, y1) in crops.items():
            out = f"{a.prefix}-{name}.png"
            # a 256-colour palette keeps the PNGs small enough for the repository and is exact for flat charts
            shot = img.crop((0, y0, 1280, y1)).convert("RGB")
            shot.quantize(256, method=Image.Quantize.MAXCOVERAGE).save(out, optimize=True)
            print(out, os.path.getsize(out), "bytes")


if __name__ == "__main__":
    main()
