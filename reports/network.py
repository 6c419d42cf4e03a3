"""The partner network as inline SVG: parties on a circle (most agreements first, clockwise from the top, so two
runs draw the same picture; the top and bottom of the circle left empty), a line per pair that signed together,
and the names in two columns beside the circle, stacked so that no label overlaps another and joined to their node
by a leader line. Long names wrap to two lines and are shortened with an ellipsis beyond; the full name is the
node's and the label's hover title.
"""
from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

from reports.fonts import CHART_STACK, line_box
from reports.labels import spread, wrap

SIZE = 11
LABEL_WIDTH = 230     # px a label may take before it wraps
COLOURS = {"place": "#1f77b4", "organisation": "#e07b39"}


def network_svg(nodes: list[dict], edges: list[dict], width: int = 1000) -> str | None:
    """SVG of `nodes` ({party, label, kind, agreements}) and `edges` ({party_a, party_b, agreements})."""
    if not nodes:
        return None
    n = len(nodes)
    asc, desc = line_box(SIZE)
    line_h = asc + desc
    radius = max(90.0, min(width / 2 - 46 - LABEL_WIDTH, n * 7.5))
    cx = width / 2
    cy = radius + 30
    pos, side_of = {}, {}
    right = (n + 1) // 2
    for i, node in enumerate(nodes):
        # clockwise from the top, the first half on the right, the rest on the left; the top and the bottom of the
        # circle stay empty so every node sits beside its column of labels
        k, m, start = (i, right, 0.0) if i < right else (i - right, n - right, math.pi)
        a = start + math.radians(18) + (math.radians(144) * (k + 0.5) / m)
        pos[node["party"]] = (cx + radius * math.sin(a), cy - radius * math.cos(a))
        side_of[node["party"]] = "right" if i < right else "left"
    most = max(node["agreements"] for node in nodes)
    r_of = {node["party"]: 3.0 + 7.0 * math.sqrt(node["agreements"] / most) for node in nodes}

    columns: dict[str, list[dict]] = {"left": [], "right": []}
    for node in nodes:
        y = pos[node["party"]][1]
        side = side_of[node["party"]]
        lines = wrap(node["label"], SIZE, LABEL_WIDTH)
        columns[side].append({"node": node, "y": y, "lines": lines, "h": len(lines) * line_h})
    height = 2 * cy
    out_labels, leaders = [], []
    for side, col in columns.items():
        col.sort(key=lambda c: (c["y"], c["node"]["party"]))
        tops = spread([c["y"] - c["h"] / 2 for c in col], [c["h"] for c in col], 8, 2 * cy - 8)
        lx = cx + radius + 40 if side == "right" else cx - radius - 40
        anchor = "start" if side == "right" else "end"
        for c, top in zip(col, tops):
            node = c["node"]
            x, y = pos[node["party"]]
            mid = top + c["h"] / 2
            height = max(height, top + c["h"] + 8)
            sx = lx - 4 if side == "right" else lx + 4
            leaders.append(f'<path d="M{x:.1f},{y:.1f}L{sx - (12 if side == "right" else -12):.1f},{mid:.1f}'
                           f'L{sx:.1f},{mid:.1f}" fill="none" stroke="#c3ccd5" stroke-width="0.8"/>')
            tspans = "".join(f'<tspan x="{lx:.1f}" y="{top + asc + k * line_h:.1f}">{escape(t)}</tspan>'
                             for k, t in enumerate(c["lines"]))
            out_labels.append(f'<text class="label" text-anchor="{anchor}"><title>{escape(node["label"])}: '
                              f'{node["agreements"]} agreements</title>{tspans}</text>')
    edge_svg = []
    most_e = max((e["agreements"] for e in edges), default=1)
    for e in sorted(edges, key=lambda e: (e["agreements"], e["party_a"], e["party_b"])):
        (x1, y1), (x2, y2) = pos[e["party_a"]], pos[e["party_b"]]
        w = 0.8 + 3.2 * (e["agreements"] - 1) / max(1, most_e - 1)
        # a slight bow towards the centre keeps lines between neighbours apart from the circle itself
        qx, qy = (x1 + x2) / 2 * 0.8 + cx * 0.2, (y1 + y2) / 2 * 0.8 + cy * 0.2
        edge_svg.append(f'<path d="M{x1:.1f},{y1:.1f}Q{qx:.1f},{qy:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                        f'stroke="#8a98a8" stroke-opacity="0.55" stroke-width="{w:.1f}"><title>'
                        f'{escape(e["party_a"])} and {escape(e["party_b"])}: {e["agreements"]} agreements'
                        '</title></path>')
    node_svg = []
    for node in nodes:
        x, y = pos[node["party"]]
        node_svg.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r_of[node["party"]]:.1f}" '
                        f'fill="{COLOURS[node["kind"]]}" stroke="white" stroke-width="1"><title>'
                        f'{escape(node["label"])}: {node["agreements"]} agreements</title></circle>')
    h = int(math.ceil(height))
    return (f'<svg class="network" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" '
            f'viewBox="0 0 {width} {h}" role="img" aria-label="Network of parties that signed agreements together" '
            f'font-family={quoteattr(CHART_STACK)} font-size="{SIZE}"><style>text{{fill:#1d2733}}</style>'
            + "".join(edge_svg) + "".join(leaders) + "".join(node_svg) + "".join(out_labels) + "</svg>")

