"""House rule: nothing below ui/ imports Qt. Checked on the source, and at import time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "dpo_desk"
QT_ALLOWED = {"ui", "app.py"}


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}]
    return found


def test_no_qt_import_below_ui():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in QT_ALLOWED:
            continue
        if imports := _qt_imports(path):
            offenders[str(relative)] = imports
    assert offenders == {}


def test_domain_imports_nothing_from_other_layers():
    offenders = {}
    for path in (PACKAGE / "domain").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("dpo_desk.")
            ):
                if not node.module.startswith("dpo_desk.domain"):
                    offenders.setdefault(path.name, []).append(node.module)
            if isinstance(node, ast.Import | ast.ImportFrom):
                module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                if module and module.split(".")[0] in {
                    "sqlalchemy",
                    "sqlcipher3",
                    "alembic",
                    "keyring",
                }:
                    offenders.setdefault(path.name, []).append(module)
    assert offenders == {}


def test_cli_runs_without_loading_qt():
    code = (
        "import sys, dpo_desk.cli, dpo_desk.services.register_file;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
