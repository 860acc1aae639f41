"""The shape of the package, read from the source: one subpackage per stage, imports one way, small parts."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "narrate"

STAGES = ["sources", "article", "script", "voices", "synthesis", "audio", "publish"]
"""The pipeline's stages in order: a stage may use the ones before it, never those after."""

BASE = {"narrate", "narrate.errors", "narrate.files", "narrate.testhooks", "narrate.programme"}
"""What every stage may use."""

TOP_LEVEL_PIPELINE = {"narrate.settings"}
"""Pipeline-level modules that sit at the top of the package."""

PRINTING_ALLOWED = {"narrate.testhooks"}
"""Writes to standard error only when a test sets NARRATE_TEST_TRACE or NARRATE_TEST_PAUSE_AT."""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def imports(name: str) -> list[tuple[str, list[str]]]:
    """Every import in module ``name`` (top level and inside functions): (module imported, names taken from it)."""
    found = []
    base = name.split(".") if is_package(name) else name.split(".")[:-1]
    for node in ast.walk(TREES[name]):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[: len(base) - node.level + 1]
                target = ".".join(anchor + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            submodules = [n for n in names if f"{target}.{n}" in MODULES]
            # 'from . import submodule' takes that submodule, not the package's own names
            if len(submodules) < len(names):
                found.append((target, [n for n in names if n not in submodules]))
            found += [(f"{target}.{n}", []) for n in submodules]
    return found


def internal_edges() -> set[tuple[str, str]]:
    edges = set()
    for name in MODULES:
        for target, _ in imports(name):
            if target in MODULES and target != name:
                edges.add((name, target))
    return edges


PIPELINE_LAYER = len(STAGES) + 1
CLI_LAYER = len(STAGES) + 2


def layer(name: str) -> int:
    """0 base, then the stages in order, then the pipeline, then the command line."""
    if name in BASE:
        return 0
    parts = name.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return 1 + STAGES.index(parts[1])
    if len(parts) > 1 and parts[1] in ("cli", "__main__"):
        return len(STAGES) + 2
    return len(STAGES) + 1


def test_the_import_graph_has_no_cycle():
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for source, target in internal_edges():
        graph[source].add(target)
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for name in sorted(MODULES):
        if name not in state:
            visit(name, [name])


def test_imports_run_one_way():
    # cli → pipeline → stages in pipeline order → base; a package's own modules may use each other.
    backwards = []
    for source, target in sorted(internal_edges()):
        same_package = source.split(".")[:2] == target.split(".")[:2] and layer(source) not in (0, PIPELINE_LAYER)
        if not same_package and layer(target) > layer(source):
            backwards.append(f"{source} imports {target}")
        if layer(source) == 0 and target not in BASE:
            backwards.append(f"{source} (base) imports {target}")
    assert not backwards, "\n".join(backwards)


def test_other_packages_use_a_stage_through_its_public_api():
    # Outside a stage, its names come from the stage package (its __init__ and __all__), not its submodules.
    reaching_in = []
    for name in MODULES:
        for target, _ in imports(name):
            parts = target.split(".")
            if len(parts) > 2 and parts[0] == "narrate" and parts[1] in STAGES and name.split(".")[:2] != parts[:2]:
                reaching_in.append(f"{name} imports {target}")
    assert len(reaching_in) <= ALLOWED_REACHING_IN, "\n".join(reaching_in)


ALLOWED_REACHING_IN = 0


def test_no_module_imports_a_private_name_of_another():
    private = [f"{name} imports {target}.{n}" for name in MODULES for target, names in imports(name)
               if target.startswith("narrate") and target != name for n in names if n.startswith("_") and not n.endswith("__")]
    assert not private, "\n".join(private)


def test_only_the_command_line_uses_click_or_prints():
    offenders = []
    for name, tree in TREES.items():
        if layer(name) == len(STAGES) + 2 or name in PRINTING_ALLOWED:
            continue
        if any(target.split(".")[0] == "click" for target, _ in imports(name)):
            offenders.append(f"{name} imports click")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                offenders.append(f"{name}:{node.lineno} prints")
    assert not offenders, "\n".join(offenders)


def test_reading_settings_loads_no_feed_audio_or_synthesis_code():
    import subprocess
    import sys

    code = ("import sys, narrate.settings as s; s.Settings.load(); "
            "print(' '.join(m for m in sys.modules if m.startswith(('narrate.', 'feedgen', 'numpy', 'onnx'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded and not [m for m in loaded if not m.startswith(("narrate.settings", "narrate.errors",
                                                                  "narrate.programme"))], loaded


def test_the_top_level_is_small_and_the_stages_are_packages():
    top = [path for path in PACKAGE.glob("*.py")]
    packages = [path.parent.name for path in PACKAGE.glob("*/__init__.py")]
    assert len(top) <= 12, sorted(p.name for p in top)
    assert len(packages) >= 5
    assert set(STAGES) | {"cli", "pipeline"} <= set(packages)


@pytest.mark.parametrize("stage", [*STAGES, "cli", "pipeline"])
def test_each_package_exports_its_public_api(stage):
    name = f"narrate.{stage}"
    exported = [node for node in TREES[name].body if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)]
    assert exported, f"{name} has no __all__"
    module = __import__(name, fromlist=["__all__"])
    assert all(hasattr(module, attribute) for attribute in module.__all__)


def test_modules_and_functions_are_short():
    long_modules = [f"{name}: {len(MODULES[name].read_text().splitlines())} lines" for name in MODULES
                    if len(MODULES[name].read_text().splitlines()) > 500]
    long_functions = [f"{name}.{node.name}: {node.end_lineno - node.lineno + 1} lines"
                      for name, tree in TREES.items() for node in ast.walk(tree)
                      if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.end_lineno - node.lineno + 1 > 50]
    assert not long_modules + long_functions, "\n".join(long_modules + long_functions)


def test_the_layer_check_itself_catches_a_backward_import():
    # The checks above must be able to fail: a stage importing the CLI is backwards.
    assert layer("narrate.cli.app") > layer("narrate.pipeline.render") > layer("narrate.publish.feed")
    assert layer("narrate.article.quotes") < layer("narrate.script.builder") < layer("narrate.audio.assembly")
    assert list(itertools.islice(internal_edges(), 1))
