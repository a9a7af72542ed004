"""Stylesheet rules of the requests screen that the app-wide sheet does not have yet.

They use the palette of :mod:`dpo_desk.ui.style` and are set on the section (and its
dialogs), so they cascade over the app's sheet without changing any other screen.
"""

from __future__ import annotations

from dpo_desk.ui import style

# Status chips: a tone per group of statuses, never colour alone (the text says it).
CHIP_TONES = {
    "new": (style.ACCENT_SOFT, style.ACCENT_PRESSED),
    "waiting": (style.WARNING_SOFT, style.WARNING),
    "work": ("#eef2ff", "#3f4aa8"),
    "done": (style.SUCCESS_SOFT, style.SUCCESS),
    "refused": (style.DANGER_SOFT, style.DANGER),
    "closed": ("#eef0f3", style.TEXT_SECONDARY),
}

STYLESHEET = f"""
QTableView {{
    background: {style.SURFACE};
    alternate-background-color: #f8f9fb;
    border: 1px solid {style.BORDER};
    border-radius: 8px;
    gridline-color: transparent;
    selection-background-color: {style.ACCENT_SOFT};
    selection-color: {style.TEXT};
    outline: none;
}}
QTableView::item {{
    padding: 0 8px;
    border: none;
}}
QHeaderView::section {{
    background: {style.SURFACE};
    color: {style.TEXT_SECONDARY};
    font-weight: 600;
    border: none;
    border-bottom: 1px solid {style.BORDER};
    padding: 8px 8px;
}}
QHeaderView::section:hover {{
    background: #f0f3f7;
}}
QDateEdit, QSpinBox {{
    background: {style.SURFACE};
    border: 1px solid {style.BORDER_STRONG};
    border-radius: 6px;
    padding: 5px 8px;
}}
QDateEdit:focus {{
    border: 1px solid {style.ACCENT};
}}
QDateEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid {style.DANGER};
    background: #fffafa;
}}
QFrame[role="choices"] {{
    border: 1px solid transparent;
    border-radius: 6px;
}}
QFrame[role="choices"][invalid="true"] {{
    border: 1px solid {style.DANGER};
    background: #fffafa;
}}
QLabel[role="count"] {{
    color: {style.TEXT_SECONDARY};
    font-weight: 600;
}}
QLabel[role="reference"] {{
    font-size: 17pt;
    font-weight: 600;
}}
QLabel[role="deadline"] {{
    font-size: 12pt;
    font-weight: 600;
}}
QLabel[role="deadline"][urgency="overdue"] {{
    color: {style.DANGER};
}}
QLabel[role="deadline"][urgency="soon"] {{
    color: {style.WARNING};
}}
QLabel[role="field-error"] {{
    color: {style.DANGER};
    font-size: 9pt;
}}
QPushButton[role="action"] {{
    text-align: left;
    padding: 7px 12px;
}}
QPushButton[role="danger"] {{
    color: {style.DANGER};
    text-align: left;
    padding: 7px 12px;
}}
QPushButton[role="danger"]:disabled {{
    color: {style.TEXT_MUTED};
}}
QListWidget#Journal::item, QListWidget#Attachments::item {{
    padding: 6px 8px;
}}
""" + "".join(
    f"""
QLabel[chip="{tone}"] {{
    background: {bg};
    color: {fg};
    border-radius: 11px;
    padding: 3px 12px;
    font-weight: 600;
}}"""
    for tone, (bg, fg) in CHIP_TONES.items()
)


def chip_tone(status: str) -> str:
    return {
        "new": "new",
        "awaiting_identity": "waiting",
        "in_progress": "work",
        "extended": "waiting",
        "answered": "done",
        "refused": "refused",
        "withdrawn": "closed",
        "closed": "closed",
    }.get(status, "closed")
