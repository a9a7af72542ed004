"""Stylesheet of the registers' screens: the requests screen's rules, plus flag chips."""

from __future__ import annotations

from dpo_desk.ui import style
from dpo_desk.ui.requests import look as request_look

FLAG_TONES = {
    "danger": (style.DANGER_SOFT, style.DANGER),
    "warning": (style.WARNING_SOFT, style.WARNING),
    "ok": (style.SUCCESS_SOFT, style.SUCCESS),
    "neutral": ("#eef0f3", style.TEXT_SECONDARY),
}

STYLESHEET = (
    request_look.STYLESHEET
    + "".join(
        f"""
QLabel[flag="{tone}"] {{
    background: {bg};
    color: {fg};
    border-radius: 11px;
    padding: 3px 12px;
    font-weight: 600;
}}"""
        for tone, (bg, fg) in FLAG_TONES.items()
    )
    + f"""
QFrame[role="flagbox"] {{
    background: {style.DANGER_SOFT};
    border: 1px solid #f5c2bd;
    border-radius: 8px;
}}
QFrame[role="flagbox"][tone="warning"] {{
    background: {style.WARNING_SOFT};
    border: 1px solid #f8d9b0;
}}
QFrame[role="row-editor"] {{
    background: #f8f9fb;
    border: 1px solid {style.BORDER};
    border-radius: 6px;
}}
QListWidget#Links::item {{
    padding: 6px 8px;
}}
QLabel[role="section-label"] {{
    color: {style.TEXT_SECONDARY};
    font-weight: 600;
}}
"""
)
