"""Every user-visible literal in ui/ goes through tr()/translate(), or lupdate never sees it.

An AST scan of dpo_desk/ui: a string literal with letters handed straight to a call that
puts text on screen (setText, QLabel(...), QMessageBox.warning(...), addRow(...)...) is
French that no translation will ever replace. Literals inside ``self.tr(...)`` or
``QCoreApplication.translate(...)`` are nested calls, not direct arguments, so they pass.

The scan also checks that ``translate`` is called with a literal context: lupdate cannot
resolve ``translate(CONTEXT, "…")`` through a variable and silently skips the string.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "dpo_desk" / "ui"

# Methods whose string arguments are shown to the user.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "showMessage",
    "addTab",
    "addRow",
    "setTitle",
    "setInformativeText",
    "setDetailedText",
    "setAccessibleName",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "addButton",
    "show_message",
    "setTabText",
}
# Constructors and helpers whose string arguments are shown to the user.
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "label",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
# Where the text is only the first argument (the others are a style role, a tone...).
FIRST_ARGUMENT_ONLY = {"label", "show_message", "addButton"}

# Literals that are the same in every language, each with its reason.
UNTRANSLATABLE = {
    "DPO Desk": "the product's name",
    "DPO": "the title's international acronym, used as such in the three languages",
    "CNDP": "the Moroccan authority's own acronym",
}

LETTERS = re.compile(r"[A-Za-zÀ-ÿ\u0600-\u06ff]")


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_message_box(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr in MESSAGE_BOXES
        and isinstance(func.value, ast.Name)
        and func.value.id == "QMessageBox"
    )


def _visible_literals(arg: ast.expr) -> list[str]:
    """The literals of ``arg`` that reach the screen as they are."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.JoinedStr):  # f"…": its literal parts are shown too
        return [v.value for v in arg.values if isinstance(v, ast.Constant)]
    if (  # "…".format(...) on a literal
        isinstance(arg, ast.Call)
        and isinstance(arg.func, ast.Attribute)
        and arg.func.attr == "format"
    ):
        return _visible_literals(arg.func.value)
    if isinstance(arg, ast.BinOp):  # "a" + b
        return _visible_literals(arg.left) + _visible_literals(arg.right)
    return []


def _offending(text: str) -> bool:
    shown = re.sub(r"<[^>]*>", "", text)  # rich-text markup is not words
    return bool(LETTERS.search(shown)) and shown.strip(" —·:,") not in UNTRANSLATABLE


def unwrapped_strings(source: str, filename: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in TEXT_SETTERS or name in TEXT_WIDGETS or _is_message_box(node):
            args = node.args[:1] if name in FIRST_ARGUMENT_ONLY else node.args
            for arg in [*args, *(k.value for k in node.keywords if k.arg == "text")]:
                for text in _visible_literals(arg):
                    if _offending(text):
                        found.append(f"{filename}:{node.lineno}: {name}({text!r})")
        # A one-argument helper (``def _tr(text): return translate("Ctx", text)``) hides
        # its literals from lupdate, which only knows tr() and translate().
        if isinstance(node.func, ast.Name) and name not in TEXT_WIDGETS and node.args:
            first = node.args[0]
            if name.lstrip("_") in {"tr", "translate", "t"} and isinstance(first, ast.Constant):
                found.append(
                    f"{filename}:{node.lineno}: {name}() hides {first.value!r} from lupdate"
                )
        if name == "translate" and node.args:
            context = node.args[0]
            text = node.args[1] if len(node.args) > 1 else None
            literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if literal_text and not isinstance(context, ast.Constant):
                found.append(f"{filename}:{node.lineno}: translate() with a non-literal context")
    return found


def test_every_visible_literal_in_ui_is_wrapped_for_translation():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI.parent.parent)
        offenders += unwrapped_strings(path.read_text(encoding="utf-8"), str(relative))
    assert offenders == []


def test_the_scan_catches_what_it_is_meant_to_catch():
    """The scanner itself: each shape of mistake is reported, wrapped text is not."""
    source = """
QLabel("Demandes")
button.setToolTip("Ouvrir")
QMessageBox.warning(self, "Attention", self.tr("Ok"))
form.addRow("Nom", field)
status.showMessage(f"{n} demandes")
title.setText("Réf. {ref}".format(ref=ref))
QCoreApplication.translate(CONTEXT, "Aujourd'hui")
QLabel(self.tr("Demandes"))
QLabel("DPO Desk")
QLabel("—")
_tr("Enregistrer")
title.setText("<p>" + body + "</p>")
window.setWindowTitle(name + " — DPO Desk")
"""
    found = unwrapped_strings(source)
    assert [line.split(": ", 1)[1] for line in found] == [
        "QLabel('Demandes')",
        "setToolTip('Ouvrir')",
        "warning('Attention')",
        "addRow('Nom')",
        "showMessage(' demandes')",
        "setText('Réf. {ref}')",
        "translate() with a non-literal context",
        "_tr() hides 'Enregistrer' from lupdate",
    ]
