"""Reports on the warehouse: read-only access (opening.py), the data the report shows (data.py), English/Chinese
names (names.py), Vega-Lite charts rendered offline to SVG (charts.py), the self-contained HTML page (html.py)
and table output for `pactwatch sql` (export.py)."""
