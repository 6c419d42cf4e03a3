"""`pactwatch report`: write the self-contained HTML report (timeline, partner network, map, commitments,
every record with its evidence) from a warehouse, read-only."""
from __future__ import annotations

import argparse
import sys


def add_parser(sub) -> None:
    """Register `pactwatch report`."""
    from cli.common import add_db_option

    p = sub.add_parser(
        "report", help="write a self-contained HTML report of the warehouse",
        description="Write one HTML file that opens offline: headline figures, a timeline of agreements and "
        "events, the partner network, a map of the cities, commitments, and every record with its evidence "
        "(source links and quoted sentences). Reads the warehouse read-only.",
        epilog="example: pactwatch report --db pactwatch.duckdb --out report.html",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_option(p)
    p.add_argument("--out", required=True, help="HTML file to write")
    p.set_defaults(func=run)


def run(args) -> int:
    """Build the report; a missing warehouse is bad input."""
    from cli.common import UsageError, db_default
    from reports.html import build_report
    from reports.opening import NoWarehouse
    from warehouse.db import WarehouseBusy

    try:
        out, data = build_report(args.db or db_default(), args.out)
    except (NoWarehouse, WarehouseBusy) as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    t = data.totals
    print(f"report: {out} ({t['agreements']} agreements, {t['commitments']} commitments, {t['events']} events, "
          f"{t['evidence']} pieces of evidence)", file=sys.stdout)
    return 0
