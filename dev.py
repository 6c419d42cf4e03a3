#!/usr/bin/env python3
"""Set up the checkout's .venv from requirements.lock, then run the demo or the tests.

    python3 dev.py demo [ARGS...]   # installs if needed, then `pactwatch demo ARGS...`
    python3 dev.py test [ARGS...]   # installs if needed (and Debian's chromium, as root), then pytest ARGS...
                                    # (on one worker per core, up to 4: pytest-xdist; PACTWATCH_TEST_WORKERS=1 for one)
    python3 dev.py setup            # installs only

Only the standard library is used here, so a machine with nothing but Python 3.11+ can run it.
The install is skipped when the lock file and pyproject.toml are unchanged since the last one.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".pactwatch-installed"
PACKAGES = ("cli", "flows", "scrapers", "warehouse", "reports", "snapshot", "pactwatch")


def _fingerprint() -> str:
    h = hashlib.sha256()
    for name in ("requirements.lock", "pyproject.toml"):
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()


def setup() -> None:
    """Create .venv and install the locked dependencies plus this project (editable)."""
    if sys.version_info < (3, 11):
        sys.exit(f"pactwatch needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    want = _fingerprint()
    if STAMP.exists() and STAMP.read_text() == want:
        return
    if not (BIN / "python").exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    print("installing locked dependencies (requirements.lock) ...", flush=True)
    subprocess.run(pip + ["-r", str(ROOT / "requirements.lock")], check=True)
    subprocess.run(pip + ["--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(want)


def byte_compile() -> None:
    """Byte-compile the project's packages, as an installed copy is and an editable one is not: every command then
    loads them instead of compiling about a hundred modules from source at each start (a shell that sets
    PYTHONDONTWRITEBYTECODE never writes the caches itself). Up-to-date caches are left alone, so this is quick."""
    subprocess.run([str(BIN / "python"), "-m", "compileall", "-q", "-j", "0", *PACKAGES], cwd=ROOT, check=True)


def ensure_chromium() -> None:
    """The report tests open the report in Debian's chromium: install it when missing and we are root."""
    if shutil.which("chromium") or os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    print("installing chromium for the report tests (apt-get) ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], check=True, env=env)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("DO_NOT_TRACK", "1")
    return env


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "setup"}:
        print(__doc__)
        return 2
    setup()
    byte_compile()
    cmd, rest = argv[0], argv[1:]
    if cmd == "setup":
        return 0
    if cmd == "demo":
        return subprocess.call([str(BIN / "pactwatch"), "demo", *rest], cwd=ROOT, env=_env())
    ensure_chromium()
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *_workers(rest), *rest], cwd=ROOT, env=_env())


def _workers(args: list[str]) -> list[str]:
    """pytest-xdist options: the suite on one worker per core (at most 4), each test file whole on one worker (a
    web's crawl is a module fixture, run once). None where the caller chose (-n, -p no:xdist) or named tests, or
    PACTWATCH_TEST_WORKERS=0 asks for one process."""
    if any(a == "-n" or a.startswith(("-n", "--numprocesses")) or a == "no:xdist" for a in args):
        return []
    if any(not a.startswith("-") and ("/" in a or a.endswith(".py") or "::" in a) for a in args):
        return []
    n = int(os.environ.get("PACTWATCH_TEST_WORKERS") or min(4, os.cpu_count() or 1))
    return ["-n", str(n), "--dist", "loadfile"] if n > 1 else []


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
