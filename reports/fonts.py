"""Fonts for a report that reads the same on any machine: a CSS font stack naming the common CJK fonts of each
OS, and the glyphs the page uses embedded in it as a WOFF2 subset of Noto Sans CJK SC (SIL OFL), the font the
`mplfonts` package ships. The subset covers Latin and CJK, so charts name it first and their labels are
measured (here, to place them without collisions) with the very metrics the browser draws them with.
"""
from __future__ import annotations

import base64
import importlib.util
import io
from functools import lru_cache
from pathlib import Path

EMBEDDED = "Pactwatch Sans"   # the family name of the embedded subset
SOURCE = "Noto Sans CJK SC Regular (SIL Open Font License 1.1), from the PyPI package mplfonts"
# Pages: a system font when the viewer has one (Latin first, then the CJK fonts of macOS, Windows, Linux), the
# embedded subset last, before the generic family.
PAGE_STACK = ("'Liberation Sans', Arial, Helvetica, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',"
              " 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Droid Sans Fallback',"
              f" '{EMBEDDED}', sans-serif")
# Charts: the embedded subset first, so label boxes computed here are the boxes the browser draws.
CHART_STACK = f"'{EMBEDDED}', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif"


def font_path() -> Path:
    """Noto Sans CJK SC as installed by mplfonts (found without importing it, which would load matplotlib)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the report needs the mplfonts package (it ships Noto Sans CJK SC)")
    return Path(spec.submodule_search_locations[0]) / "fonts" / "NotoSansCJKsc-Regular.otf"


@lru_cache(maxsize=1)
def _metrics() -> tuple[dict[int, int], float, float, float]:
    """(advance width per code point, units per em, ascent, descent) of the font, read once."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(font_path()), lazy=True)
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    widths = {cp: hmtx[g][0] for cp, g in cmap.items()}
    hhea = font["hhea"]
    return widths, float(font["head"].unitsPerEm), float(hhea.ascent), float(-hhea.descent)


def text_width(text: str, size: float) -> float:
    """Width in px of `text` drawn in the embedded font at `size` px (a missing glyph counts one em)."""
    widths, upem, _, _ = _metrics()
    return sum(widths.get(ord(ch), upem) for ch in text) * size / upem


def line_box(size: float) -> tuple[float, float]:
    """(ascent, descent) in px of a line at `size` px: the box a browser gives a text element."""
    _, upem, asc, desc = _metrics()
    return asc * size / upem, desc * size / upem


def subset_woff2(chars: set[str]) -> bytes:
    """The font cut to the given characters (plus space and .notdef), as WOFF2 without hinting."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = ["kern", "liga", "vert"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]   # keep the copyright and licence notices
    options.name_languages = [0x409]
    font = subset.load_font(str(font_path()), options, lazy=True)
    sub = subset.Subsetter(options)
    sub.populate(unicodes={ord(c) for c in chars | {" "}})
    sub.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, options)
    return buf.getvalue()


def font_face_css(chars: set[str]) -> tuple[str, int]:
    """An @font-face rule embedding the subset for `chars` as a data: URL, and the font's size in bytes."""
    usable = {c for c in chars if c.isprintable() and ord(c) in _metrics()[0]}
    data = subset_woff2(usable)
    url = "data:font/woff2;base64," + base64.b64encode(data).decode("ascii")
    return (f"@font-face {{ font-family: '{EMBEDDED}'; src: url({url}) format('woff2');"
            " font-display: block; }"), len(data)
