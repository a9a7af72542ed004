"""Stylesheet rules of the breach screens, over the requests screen's (tables, chips).

The palette is :mod:`dpo_desk.ui.style`'s; the sheet is set on the section and its
dialogs, so it cascades over the app's sheet without touching any other screen.
"""

from __future__ import annotations

from dpo_desk.ui import style
from dpo_desk.ui.requests import look as request_look

STYLESHEET = (
    request_look.STYLESHEET
    + f"""
QPushButton[role="step"] {{
    background: {style.SURFACE};
    border: 1px solid {style.BORDER};
    border-radius: 8px;
    padding: 8px 12px;
    text-align: left;
    color: {style.TEXT_SECONDARY};
}}
QPushButton[role="step"]:hover {{
    background: #f0f3f7;
}}
QPushButton[role="step"][state="done"] {{
    color: {style.SUCCESS};
    border-color: #b9e0c8;
    background: {style.SUCCESS_SOFT};
}}
QPushButton[role="step"]:checked {{
    border: 2px solid {style.ACCENT};
    color: {style.TEXT};
    font-weight: 600;
}}
QLabel[role="clock"] {{
    font-size: 15pt;
    font-weight: 600;
    color: {style.TEXT_SECONDARY};
}}
QLabel[role="clock"][level="ok"] {{
    color: {style.SUCCESS};
}}
QLabel[role="clock"][level="warning"] {{
    color: {style.WARNING};
}}
QLabel[role="clock"][level="critical"], QLabel[role="clock"][level="overdue"] {{
    color: {style.DANGER};
}}
QLabel[role="step-number"] {{
    color: {style.TEXT_MUTED};
    font-weight: 600;
}}
QDateTimeEdit {{
    background: {style.SURFACE};
    border: 1px solid {style.BORDER_STRONG};
    border-radius: 6px;
    padding: 5px 8px;
}}
QDateTimeEdit:focus {{
    border: 1px solid {style.ACCENT};
}}
QDateTimeEdit:disabled {{
    background: {style.WINDOW};
    color: {style.TEXT_MUTED};
}}
QDateTimeEdit[invalid="true"] {{
    border: 1px solid {style.DANGER};
    background: #fffafa;
}}
QListWidget#BreachItems::item {{
    padding: 6px 8px;
}}
"""
)
