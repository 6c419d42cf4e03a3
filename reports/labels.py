"""Label geometry for the map and the network: boxes measured in the embedded font, greedy placement of point
labels among fixed candidate positions (the classic cartographic method: most important first, first free
position wins, a label that fits nowhere is left off and listed instead), a one-dimensional spreading of stacked
labels, and wrapping or shortening of long names.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from reports.fonts import line_box, text_width


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def hits(self, other: "Box", pad: float = 0.0) -> bool:
        """Whether the boxes overlap (or come closer than `pad`)."""
        return not (self.x1 + pad <= other.x0 or other.x1 + pad <= self.x0
                    or self.y1 + pad <= other.y0 or other.y1 + pad <= self.y0)


def text_box(x: float, baseline: float, text: str, size: float, anchor: str = "start") -> Box:
    """The box a browser gives a one-line text element at (x, baseline) in the embedded font."""
    w = text_width(text, size)
    asc, desc = line_box(size)
    x0 = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
    return Box(x0, baseline - asc, x0 + w, baseline + desc)


def shorten(text: str, size: float, max_width: float) -> str:
    """`text`, cut with an ellipsis so it is at most `max_width` px wide."""
    if text_width(text, size) <= max_width:
        return text
    while text and text_width(text + "…", size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, size: float, max_width: float, max_lines: int = 2) -> list[str]:
    """`text` in at most `max_lines` lines of at most `max_width` px, broken at spaces (or anywhere in a word
    longer than a line, as CJK text is); the last line is shortened with an ellipsis when the rest does not fit."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines:
        if len(lines) == max_lines - 1 or text_width(rest, size) <= max_width:
            lines.append(shorten(rest, size, max_width))
            break
        cut = len(rest)
        while cut > 1 and text_width(rest[:cut], size) > max_width:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    return lines


# Candidate positions of a label around its point, in order of preference: (dx sign, dy sign, anchor).
CANDIDATES = (("E", 1, 0, "start"), ("W", -1, 0, "end"), ("NE", 1, -1, "start"), ("SE", 1, 1, "start"),
              ("NW", -1, -1, "end"), ("SW", -1, 1, "end"), ("N", 0, -1, "middle"), ("S", 0, 1, "middle"))


@dataclass
class Placed:
    key: str
    text: str
    x: float          # anchor x
    baseline: float
    anchor: str
    box: Box
    leader: tuple[float, float, float, float] | None = None   # a line from the point to a label set further off


def _dist(box: Box, x: float, y: float) -> float:
    return math.hypot(max(box.x0 - x, 0, x - box.x1), max(box.y0 - y, 0, y - box.y1))


def _crosses(x0: float, y0: float, x1: float, y1: float, box: Box) -> bool:
    """Whether the segment passes through the box (sampled every 2 px: boxes are at least 10 px high)."""
    steps = max(1, int(math.hypot(x1 - x0, y1 - y0) / 2))
    return any(box.x0 < x0 + (x1 - x0) * k / steps < box.x1 and box.y0 < y0 + (y1 - y0) * k / steps < box.y1
               for k in range(steps + 1))


def place_labels(items: list[dict], width: float, height: float, size: float,
                 obstacles: list[Box] | None = None) -> tuple[list[Placed], list[str]]:
    """Place each item's label ({key, text, x, y, r}, most important first) at the first candidate position
    that stays in the panel and clears every label placed before and every obstacle (the points): first the
    eight positions next to the point, where the label must be nearer its own point than any other (so that it
    reads as that point's), then the eight positions further off, joined to the point by a leader line that
    crosses no label. Returns the placed labels and the keys of those left off."""
    asc, desc = line_box(size)
    taken = list(obstacles or [])
    labels: list[Box] = []
    centres = [((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2) for b in obstacles or []]
    placed, left = [], []
    for it in items:
        for ring in (0, 1):
            gap = it["r"] + 2 + 16 * ring
            for _, sx, sy, anchor in CANDIDATES:
                x = it["x"] + sx * gap
                # vertically: beside the point the line is centred on it; above/below it clears the point
                mid = it["y"] + sy * (gap + (asc + desc) / 2 - (2 if sx else 0))
                baseline = mid + (asc - desc) / 2
                box = text_box(x, baseline, it["text"], size, anchor)
                if box.x0 < 1 or box.y0 < 1 or box.x1 > width - 1 or box.y1 > height - 1:
                    continue
                if any(box.hits(b, 1.0) for b in taken):
                    continue
                leader = None
                if ring == 0:
                    own = _dist(box, it["x"], it["y"])
                    if it.get("own_point", True) and any(
                            _dist(box, cx, cy) < own + 4 for cx, cy in centres
                            if math.hypot(cx - it["x"], cy - it["y"]) > 0.01):
                        continue
                else:
                    tx, ty = min(max(it["x"], box.x0), box.x1), min(max(it["y"], box.y0), box.y1)
                    d = math.hypot(tx - it["x"], ty - it["y"]) or 1.0
                    leader = (it["x"] + (tx - it["x"]) * it["r"] / d, it["y"] + (ty - it["y"]) * it["r"] / d, tx, ty)
                    if any(_crosses(*leader, b) for b in labels):
                        continue
                taken.append(box)
                labels.append(box)
                placed.append(Placed(it["key"], it["text"], x, baseline, anchor, box, leader))
                break
            else:
                continue
            break
        else:
            left.append(it["key"])
    return placed, left


def spread(wanted: list[float], heights: list[float], top: float, bottom: float, gap: float = 2.0) -> list[float]:
    """Tops for boxes of `heights` stacked in order, each as near its `wanted` top as it can be without
    overlapping its neighbours, kept within [top, bottom] when they fit there (else running past the bottom)."""
    out: list[float] = []
    for w, h in zip(wanted, heights):
        out.append(max(w, top, out[-1] + heights[len(out) - 1] + gap if out else top))
    limit = bottom
    for i in range(len(out) - 1, -1, -1):
        out[i] = max(min(out[i], limit - heights[i]), top if i == 0 else -1e9)
        limit = out[i] - gap
    for i in range(1, len(out)):   # when they do not fit, push down again from the top
        out[i] = max(out[i], out[i - 1] + heights[i - 1] + gap)
    return out
