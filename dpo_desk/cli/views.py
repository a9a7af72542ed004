"""What more than one command prints: a request's deadline and its other readings (the
``deadline`` and ``request`` commands), a breach's notification duties and countdown
(``deadline --breach`` and ``breach``). Dates are ISO 8601; sentences are French, the
command line's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from typing import Any

#: After a request's due date, when Law 09-08 applies and does not provide a right asked for.
NOT_IN_LAW_09_08_TEXT = (
    "Droit non prévu par la loi 09-08 : {rights} (réponse dans le délai de politique interne)."
)


def note_text(note: Any) -> str:
    """A deadline note in French (the CLI's language), dates as ISO."""
    values = {
        key: value.isoformat() if isinstance(value, date) else str(value)
        for key, value in note.values.items()
    }
    return str(note.text.format(**values))


def deadline_json(deadline: Any) -> dict[str, Any]:
    """One computed due date of a request (``domain.deadlines.Deadline``)."""
    return {
        "due": deadline.due.isoformat(),
        "basis": deadline.basis,
        "rule": deadline.rule,
        "regime": str(deadline.regime),
        "citation": deadline.citation,
        "right": str(deadline.right) if deadline.right else None,
        # False for a right the regime does not provide (portability under Law 09-08).
        "right_in_regime": deadline.right_in_regime,
        "calendar": str(deadline.scope),
        "period_end": deadline.raw_end.isoformat(),
        "rolled_over": [
            {"day": h.day.isoformat(), "name": h.name, "estimated": h.estimated}
            for h in deadline.days_off
        ],
        "notes": [note_text(note) for note in deadline.notes],
        # The date under each reading not applied (estimated holidays confirmed, another
        # calendar, the other reading of a period), where it differs.
        "alternatives": [
            {"due": alt.due.isoformat(), "reading": note_text(alt.note)}
            for alt in deadline.alternatives
        ],
    }


def rights_not_in_law_09_08(regimes: Iterable[str], rights: Iterable[str]) -> list[str]:
    """Rights of the request that Law 09-08 does not provide, when 09-08 applies."""
    from dpo_desk.domain.deadlines import NOT_IN_LAW_09_08
    from dpo_desk.domain.requests.workflow import Regime, Right

    if Regime.LAW_09_08 not in {Regime(r) for r in regimes}:
        return []
    return sorted(str(r) for r in {Right(r) for r in rights} if r in NOT_IN_LAW_09_08)


def instant(value: datetime | None, zone: tzinfo) -> str | None:
    """An instant in the register's zone, ISO with its offset; None stays None."""
    from dpo_desk.domain.breaches import display

    return None if value is None else display(value, zone)


def countdown_json(countdown: Any) -> dict[str, Any] | None:
    if countdown is None:
        return None
    return {
        "level": str(countdown.level),
        "seconds": countdown.seconds,
        "hours": countdown.hours,
        "minutes": countdown.minutes,
        "text": countdown.text(),
    }


def duty_json(duty: Any, zone: tzinfo, now: datetime | None) -> dict[str, Any]:
    """One notification duty (domain.breaches.NotificationDuty) for the JSON outputs.

    ``deadline`` None is the DGSSI's "dès la prise de connaissance" (Law 05-20 gives no
    number of hours); ``countdown`` only while the duty is owed and ``now`` is given.
    """
    from dpo_desk.domain.breaches import DUTY_STATE_LABELS, DUTY_WITHOUT_DELAY

    return {
        "duty": str(duty.kind),
        "authority": duty.label,
        "basis": duty.basis,
        "rule": duty.rule,
        "citation": duty.citation,
        "governing": duty.governing,
        "deadline": instant(duty.deadline, zone),
        "deadline_label": duty.deadline_label if duty.deadline else DUTY_WITHOUT_DELAY,
        "state": str(duty.state),
        "state_label": DUTY_STATE_LABELS[duty.state],
        "met_at": instant(duty.met_at, zone),
        "late": duty.late,
        "countdown": countdown_json(duty.countdown(now)) if now is not None else None,
    }
