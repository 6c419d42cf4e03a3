"""The report's map as inline SVG: land and country borders under the places, a projection fitted to the places,
points sized by records, labels placed without collisions; where places are too dense to label, a second panel
zooms into them (the overview frames them with the panel's letter), and any label that still fits nowhere is
listed beside the map (its point keeps the name as a hover title).

Every scraped string goes through `esc`/`attr` (XML escaping) before it reaches the SVG.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from reports import geo
from reports.fonts import CHART_STACK
from reports.labels import Box, place_labels

SIZE = 11            # label font size, px
CLUSTER_PX = 36      # places closer than this in the overview are one dense group (24 px in a zoomed panel)
ZOOM_GAIN = 2.5      # a group gets a panel only when that panel shows it at least this much larger
MIN_GROUP = 3        # a dense group this big, with a label that did not fit, gets its own panel
ROLE_COLOURS = {"where agreements were signed or events held": "#1f77b4", "party to an agreement": "#e07b39"}


def esc(text: str) -> str:
    """Text escaped for an SVG element's content."""
    return escape(str(text))


def attr(text: str) -> str:
    """Text as a quoted, escaped SVG attribute value."""
    return quoteattr(str(text))


@dataclass
class Panel:
    letter: str
    title: str
    svg: str
    shown: list[str] = field(default_factory=list)       # names of the places drawn
    unlabelled: list[str] = field(default_factory=list)  # drawn, but no room for the label here or in any panel
    labelled: list[str] = field(default_factory=list)


def _radius(records: int, most: int) -> float:
    return 3.0 + 7.0 * math.sqrt(records / max(1, most))


def _path(xy: list[tuple[float, float]], closed: bool) -> str:
    out, last = [], None
    for x, y in xy:
        if last is None or abs(x - last[0]) + abs(y - last[1]) >= 0.8:
            out.append(f"{x:.1f},{y:.1f}")
            last = (x, y)
    if len(out) < 2:
        return ""
    return "M" + "L".join(out) + ("Z" if closed else "")


def _visible(xy: list[tuple[float, float]], view: geo.View) -> bool:
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    return max(xs) >= 0 and min(xs) <= view.width and max(ys) >= 0 and min(ys) <= view.height


def base_map(view: geo.View, resolution: str) -> str:
    """Sea, land and borders of the view as SVG elements."""
    parts = [f'<rect width="{view.width}" height="{view.height}" fill="#dce9f3"/>']
    land, borders = [], []
    for ring, box in geo.shapes("gshhs", resolution):
        if view.may_show(box) and _visible(xy := view.ring_xy(ring), view):
            land.append(_path(xy, True))
    for line, box in geo.shapes("countries", resolution):
        if view.may_show(box) and _visible(xy := view.ring_xy(line), view):
            borders.append(_path(xy, False))
    parts.append(f'<path class="land" fill="#f5f1e8" stroke="#a39a88" stroke-width="0.6" d="{"".join(land)}"/>')
    parts.append(f'<path class="borders" fill="none" stroke="#b5ada0" stroke-width="0.6" '
                 f'stroke-dasharray="3 2" d="{"".join(borders)}"/>')
    return "".join(parts)


def _resolution(view: geo.View) -> str:
    return "l" if view.width / view.scale < 1.8 else "c"    # under ~100 degrees across: the finer coastline


def _clusters(xy: dict[str, tuple[float, float]], within: float) -> list[list[str]]:
    """Groups of names whose points chain within `within` px of each other (single linkage), biggest first."""
    names, seen, groups = list(xy), set(), []
    for n in names:
        if n in seen:
            continue
        group, todo = [], [n]
        seen.add(n)
        while todo:
            a = todo.pop()
            group.append(a)
            for b in names:
                if b not in seen and math.dist(xy[a], xy[b]) < within:
                    seen.add(b)
                    todo.append(b)
        groups.append(sorted(group))
    return sorted(groups, key=lambda g: (-len(g), g))


def _panel(letter: str, title: str, view: geo.View, points: list[dict], most: int,
           frames: list[tuple[str, list[str]]] = ()) -> Panel:
    """One panel: base map, the points inside the view, frames around groups shown in other panels (their
    points stay unlabelled here), and the labels that fit."""
    xy = {p["name"]: view.xy(p["lon"], p["lat"]) for p in points}
    inside = [p for p in points if 0 <= xy[p["name"]][0] <= view.width and 0 <= xy[p["name"]][1] <= view.height]
    framed = {n for _, names in frames for n in names}
    body = [base_map(view, _resolution(view))]
    obstacles, frame_labels = [], []
    for other, names in frames:
        xs, ys = [xy[n][0] for n in names], [xy[n][1] for n in names]
        box = Box(min(xs) - 12, min(ys) - 12, max(xs) + 12, max(ys) + 12)
        body.append(f'<rect class="frame" x="{box.x0:.1f}" y="{box.y0:.1f}" width="{box.x1 - box.x0:.1f}" '
                    f'height="{box.y1 - box.y0:.1f}" fill="none" stroke="#44515e" stroke-width="1"/>')
        frame_labels.append({"key": f"frame:{other}", "text": f"{other}: {len(names)} places",
                             "x": (box.x0 + box.x1) / 2, "y": (box.y0 + box.y1) / 2, "own_point": False,
                             "r": max(box.x1 - box.x0, box.y1 - box.y0) / 2})
    order = sorted(inside, key=lambda p: (-p["records"], p["name"]))
    for p in sorted(inside, key=lambda p: (p["records"], p["name"]), reverse=True):
        x, y = xy[p["name"]]
        r = _radius(p["records"], most)
        obstacles.append(Box(x - r, y - r, x + r, y + r))
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{ROLE_COLOURS[p["role"]]}" '
                    f'fill-opacity="0.85" stroke="white" stroke-width="1"><title>{esc(p["label"])}: '
                    f'{p["records"]} records</title></circle>')
    items = frame_labels + [{"key": p["name"], "text": p["label"], "x": xy[p["name"]][0], "y": xy[p["name"]][1],
                             "r": _radius(p["records"], most)} for p in order if p["name"] not in framed]
    placed, left = place_labels(items, view.width, view.height, SIZE, obstacles)
    for lab in placed:
        if lab.leader:
            x1, y1, x2, y2 = lab.leader
            body.append(f'<line class="leader" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                        'stroke="#5b6b7b" stroke-width="0.7"/>')
    for lab in placed:
        cls = "frame-label" if lab.key.startswith("frame:") else "label"
        body.append(f'<text class="{cls}" x="{lab.x:.1f}" y="{lab.baseline:.1f}" text-anchor="{lab.anchor}">'
                    f'{esc(lab.text)}</text>')
    svg = (f'<svg class="map" xmlns="http://www.w3.org/2000/svg" width="{view.width}" height="{view.height}" '
           f'viewBox="0 0 {view.width} {view.height}" role="img" aria-label={attr(title)} '
           f'font-family={attr(CHART_STACK)} font-size="{SIZE}">'
           '<style>text{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;fill:#1d2733}'
           '.frame-label{font-weight:bold}</style>'
           + "".join(body) + "</svg>")
    return Panel(letter, title, svg, [p["name"] for p in inside], [k for k in left if not k.startswith("frame:")],
                 [lab.key for lab in placed if not lab.key.startswith("frame:")])


def _dense_groups(panel: Panel, view: geo.View, by_name: dict[str, dict], room: int) -> list[list[str]]:
    """Up to `room` groups of the panel's places worth a zoomed panel: dense (chained within CLUSTER_PX, less in
    a panel already zoomed), at least MIN_GROUP places, one of them left unlabelled, and small enough on the
    panel to be drawn ZOOM_GAIN times larger."""
    if not panel.unlabelled or room <= 0:
        return []
    xy = {n: view.xy(by_name[n]["lon"], by_name[n]["lat"]) for n in panel.shown}
    left, out = set(panel.unlabelled), []
    for g in _clusters(xy, CLUSTER_PX if panel.letter == "A" else CLUSTER_PX * 2 / 3):
        xs, ys = [xy[n][0] for n in g], [xy[n][1] for n in g]
        if (len(g) >= MIN_GROUP and left & set(g) and max(xs) - min(xs) < view.width / ZOOM_GAIN
                and max(ys) - min(ys) < view.height / ZOOM_GAIN):
            out.append(g)
    return out[:room]


def map_panels(points: list[dict], width: int = 1000, max_panels: int = 5) -> list[Panel]:
    """The overview panel (A) and zoomed panels (B, C, ...) of dense groups whose labels did not fit, a panel's
    own dense groups zoomed again while there is room; [] when no place has coordinates."""
    if not points:
        return []
    most = max(p["records"] for p in points)
    by_name = {p["name"]: p for p in points}
    todo = [("A", "Overview", geo.fit([(p["lon"], p["lat"]) for p in points], width, 300, 560))]
    panels, letter = [], "B"
    while todo:
        name, title, view = todo.pop(0)
        panel = _panel(name, title, view, points, most)
        groups = _dense_groups(panel, view, by_name, max_panels - len(panels) - 1 - len(todo))
        if groups:
            frames = []
            for g in groups:
                frames.append((letter, g))
                todo.append((letter, f"Detail {letter}", geo.fit(
                    [(by_name[n]["lon"], by_name[n]["lat"]) for n in g], width, 300, 520, margin=0.15,
                    min_span_deg=2.0)))
                letter = chr(ord(letter) + 1)
            panel = _panel(name, title, view, points, most, frames)
        panels.append(panel)
    labelled = {n for p in panels for n in p.labelled}
    for p in panels:
        p.unlabelled = [n for n in p.unlabelled if n not in labelled]
    return panels
