"""The bundled snapshot web: realistic partner and news sites built from the seed articles, served on 127.0.0.1.

It is the demo's default web and the whole project's test web. See `server.SnapshotWeb` and `manifest.json`.
"""
from pactwatch.snapshot.server import SnapshotWeb, load_manifest

__all__ = ["SnapshotWeb", "load_manifest"]
