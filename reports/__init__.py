"""Reports on the warehouse: read-only access (opening.py), the data the report shows (data.py), English/Chinese
names (names.py), the timeline as Vega-Lite rendered offline to SVG (charts.py), the map (mapsvg.py, geo.py) and
the partner network (network.py) as SVG with placed labels (labels.py), the embedded font (fonts.py), the
self-contained HTML page (html.py) and table output for `pactwatch sql` (export.py)."""
