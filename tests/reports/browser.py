"""Headless Debian chromium for report tests: load a local file, get its DOM after load, its console messages,
and a screenshot; a copy of a report with a measuring script (the report itself forbids scripts); a fontconfig
that shows chromium no CJK font; plus a PNG reader (zlib + struct) to tell a blank screenshot from a drawn one."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0",
         "--window-size=1280,1000"]


def run_chromium(page: Path, action: str, *extra: str, env: dict | None = None) -> tuple[str, list[str]]:
    """Run chromium on `page` with `--dump-dom` or `--screenshot=FILE`; return stdout and the console lines
    (chromium logs every console message of the page, whatever its level, as `...:CONSOLE...`)."""
    assert Path(CHROMIUM).exists(), "chromium is missing: `python3 dev.py test` installs it as root (apt-get)"
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, action,
                               page.resolve().as_uri()], capture_output=True, text=True, timeout=120,
                              env={"PATH": "/usr/bin:/bin", "HOME": profile, **(env or {})})
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, console


def measuring_copy(report: Path, out: Path, script: str) -> Path:
    """A copy of `report` without its Content-Security-Policy and with `script` run at the end of the body (for
    measuring what chromium laid out; the report as shipped runs nothing)."""
    html = report.read_text(encoding="utf-8")
    html, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html, count=1)
    assert n == 1
    i = html.rindex("</body>")
    out.write_text(html[:i] + f"<script>{script}</script>" + html[i:], encoding="utf-8")
    return out


def fontconfig_without_cjk(tmp: Path) -> dict[str, str]:
    """Environment for chromium whose fontconfig knows only DejaVu (Latin, Greek, Cyrillic; no CJK), whatever
    fonts the machine has: the embedded font is then the only source of Chinese glyphs."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    conf = tmp / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    + (f"<dir>{dejavu}</dir>" if dejavu.is_dir() else "")
                    + f"<cachedir>{tmp / 'fc-cache'}</cachedir></fontconfig>", encoding="utf-8")
    return {"FONTCONFIG_FILE": str(conf)}


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, bytes per pixel, unfiltered pixel bytes) of an 8-bit RGB/RGBA/grey PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8, depth
            bpp = {0: 1, 2: 3, 4: 2, 6: 4}[color]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, out = zlib.decompress(idat), width * bpp, bytearray()
    prev = bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 2:
            line = bytearray((x + y) & 0xFF for x, y in zip(line, prev))
        for i in range(stride if f in (1, 3, 4) else 0):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        out += line
        prev = line
    return width, height, bpp, bytes(out)


def grey_variance(png: bytes, step: int = 7) -> float:
    """Variance of the grey level over a sample of pixels: about 0 for a blank page."""
    width, height, bpp, px = png_pixels(png)
    values = [sum(px[i:i + min(bpp, 3)]) / min(bpp, 3) for i in range(0, len(px) - bpp, bpp * step)]
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)
