"""The deployments of prefect.yaml as runner deployments, so `pactwatch serve` serves exactly what
`prefect deploy --all` registers (names, parameters, schedules, triggers, concurrency limits) from one process.
"""
from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import yaml

PREFECT_YAML = Path(__file__).resolve().parents[1] / "prefect.yaml"


def load_spec(path: str | Path = PREFECT_YAML) -> list[dict]:
    """The `deployments` list of a prefect.yaml (YAML anchors resolved)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return list(data.get("deployments") or [])


def _module(entrypoint: str) -> tuple[str, str]:
    """'flows/ingest.py:ingest' -> ('flows.ingest', 'ingest')."""
    file, _, func = entrypoint.partition(":")
    return file.removesuffix(".py").replace("/", "."), func


def runner_deployments(path: str | Path = PREFECT_YAML, warn=print) -> list:
    """One RunnerDeployment per prefect.yaml deployment whose flow module is installed (others are skipped, said)."""
    from prefect.cli.deploy._triggers import _initialize_deployment_triggers
    from prefect.client.schemas.objects import ConcurrencyLimitConfig
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    out = []
    for d in load_spec(path):
        module, func = _module(d["entrypoint"])
        if importlib.util.find_spec(module) is None:
            warn(f"skipping deployment {d['name']!r}: {module} is not installed")
            continue
        flow_obj = getattr(importlib.import_module(module), func)
        schedules = [Cron(s["cron"], timezone=s.get("timezone"), active=s.get("active", True),
                          parameters=s.get("parameters") or {}) for s in d.get("schedules") or []]
        limit = d.get("concurrency_limit")
        out.append(flow_obj.to_deployment(
            name=d["name"], description=d.get("description"), tags=d.get("tags"),
            parameters=d.get("parameters") or {}, schedules=schedules,
            concurrency_limit=ConcurrencyLimitConfig(**limit) if isinstance(limit, dict) else limit,
            triggers=_initialize_deployment_triggers(d["name"], [dict(t) for t in d.get("triggers") or []]),
            entrypoint_type=EntrypointType.MODULE_PATH))
    return out
