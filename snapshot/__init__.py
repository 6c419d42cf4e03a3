"""The bundled snapshot web: realistic partner and news sites built from the seed articles, served on 127.0.0.1.

It is the demo's default web and the whole project's test web. See `server.SnapshotWeb` and `manifest.json`.
"""
from __future__ import annotations

__all__ = ["SnapshotWeb", "load_manifest"]


def __getattr__(name: str):
    # Lazy, so `python -m snapshot.server` does not import the server module twice.
    if name in __all__:
        from snapshot import server

        return getattr(server, name)
    raise AttributeError(name)
