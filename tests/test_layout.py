"""The layout the design names: top-level packages, imports running one way (cli -> flows -> scrapers, warehouse,
reports -> pactwatch), no import cycle between modules, and prefect.yaml entry points that exist."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pactwatch", "cli", "flows", "scrapers", "warehouse", "reports", "snapshot")
# What each top-level package may import of the project's own packages (itself always).
ALLOWED = {
    "pactwatch": set(),
    "scrapers": {"pactwatch"},
    "warehouse": {"pactwatch"},
    "reports": {"pactwatch", "warehouse"},
    "snapshot": {"pactwatch"},
    "flows": {"pactwatch", "scrapers", "warehouse", "reports"},
    "cli": {"pactwatch", "flows", "scrapers", "warehouse", "reports", "snapshot"},
}


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join(parts)] = path
    return out


def _imports(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    """The project modules `name` imports, anywhere in the file (function-level imports count too)."""
    is_pkg = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = name.split(".") if is_pkg else name.split(".")[:-1]
                pkg = pkg[:len(pkg) - (node.level - 1)]
                base = ".".join(pkg + ([base] if base else []))
            targets = [f"{base}.{a.name}" for a in node.names] + [base]
        for t in targets:
            while t and t not in modules:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, name, modules) for name, path in modules.items()}


def test_top_level_packages_exist():
    for pkg in PACKAGES:
        assert (ROOT / pkg / "__init__.py").is_file(), pkg
    assert not (ROOT / "pactwatch" / "flows").exists() and not (ROOT / "pactwatch" / "scrapers").exists()


def test_imports_run_one_way():
    wrong = []
    for name, deps in _graph().items():
        top = name.split(".")[0]
        for dep in deps:
            other = dep.split(".")[0]
            if other != top and other not in ALLOWED[top]:
                wrong.append(f"{name} imports {dep}")
    assert not wrong, wrong


def test_no_import_cycles():
    graph = _graph()
    # a module's package __init__ is imported with it: an edge package -> its own submodule is not a cycle
    edges = {n: {d for d in ds if not n.startswith(d + ".") and not d.startswith(n + ".")} for n, ds in graph.items()}
    index, low, stack, on, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in edges:
        if v not in index:
            visit(v)
    assert not cycles, cycles


def test_prefect_yaml_entrypoints_are_top_level_flows():
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    for d in spec["deployments"]:
        file, _, func = d["entrypoint"].partition(":")
        assert file.startswith("flows/") and (ROOT / file).is_file(), d["entrypoint"]
        assert f"def {func}(" in (ROOT / file).read_text(encoding="utf-8"), d["entrypoint"]


def test_rule_modules_compile_their_patterns_on_first_use():
    """Every rule module imports `lazy_re as re` (scrapers/lazy_re.py): a module compiling its patterns at import
    brings back the start-up cost of a one-page `pactwatch extract` (docs/performance.md, "Fourth pass")."""
    eager = [p.name for p in sorted((ROOT / "scrapers" / "extract").glob("*.py"))
             if re.search(r"^import re$", p.read_text(encoding="utf-8"), re.M)]
    assert not eager, f"import `from scrapers import lazy_re as re` in: {eager}"
