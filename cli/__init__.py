"""Subcommands of `pactwatch` beyond demo/crawl/extract, one module each.

A module here defines `add_parser(sub)`: it adds its subparser to `sub` and sets `func=run` (a function taking the
parsed arguments and returning the exit code). `cli.main` registers every module named in MODULES.
"""
MODULES: list[str] = ["sql", "report", "backfill", "reparse", "serve"]
