"""How the breach screens word things: labels of the domain's codes, instants, countdowns.

The domain hands over stable codes and French message ids (``QT_TRANSLATE_NOOP`` with
their context); they are translated here, at the moment they are shown. Instants are
stored in UTC and always shown in the organisation's zone (default Africa/Casablanca),
with the offset in force at that instant where a reader could doubt it (Morocco moves
its clocks around Ramadan).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from dpo_desk.domain.breach_risk import (
    DATA_CATEGORY_LABELS,
    EXPOSURE_LABELS,
    IDENTIFIABILITY_LABELS,
    LIKELIHOOD_LABELS,
    RISK_LEVEL_LABELS,
    SEVERITY_LABELS,
    DataCategory,
    Exposure,
    Identifiability,
    Likelihood,
    Reason,
    RiskLevel,
)
from dpo_desk.domain.breaches import (
    AUTHORITY_LABELS,
    BREACH_DEADLINE_LABELS,
    BREACH_STATUS_LABELS,
    COMMUNICATION_CHANNEL_LABELS,
    COUNTDOWN_LEFT,
    COUNTDOWN_LEVEL_LABELS,
    COUNTDOWN_OVERDUE,
    DUTY_CITATIONS,
    DUTY_LABELS,
    DUTY_STATE_LABELS,
    DUTY_WITHOUT_DELAY,
    EVENT_KIND_LABELS,
    NOTIFICATION_PHASE_LABELS,
    NOTIFIED_ON,
    Art34Exception,
    Authority,
    AuthorityNotification,
    BreachStatus,
    CommunicationChannel,
    Countdown,
    CountdownLevel,
    DutyKind,
    DutyState,
    EventKind,
    NotificationDuty,
    NotificationPhase,
    art34_exception_labels,
)
from dpo_desk.ui import style
from dpo_desk.ui.requests import texts as request_texts

# The countdown's colours (issue 4): green above 24 h, orange under 24 h, red under 6 h
# and once overdue. Never colour alone: the text always says how long is left.
LEVEL_COLOURS = {
    CountdownLevel.OK: style.SUCCESS,
    CountdownLevel.WARNING: style.WARNING,
    CountdownLevel.CRITICAL: style.DANGER,
    CountdownLevel.OVERDUE: style.DANGER,
}
# (background, foreground) of the countdown pill in the list.
LEVEL_TONES = {
    CountdownLevel.OK: (style.SUCCESS_SOFT, style.SUCCESS),
    CountdownLevel.WARNING: (style.WARNING_SOFT, style.WARNING),
    CountdownLevel.CRITICAL: (style.DANGER_SOFT, style.DANGER),
    CountdownLevel.OVERDUE: (style.DANGER, "#ffffff"),
}
STATUS_TONES = {
    BreachStatus.OPEN: "refused",  # the clock runs: the tone of urgency
    BreachStatus.ASSESSED: "waiting",
    BreachStatus.NOTIFIED: "work",
    BreachStatus.COMMUNICATED: "new",
    BreachStatus.CLOSED: "closed",
}
RISK_TONES = {
    RiskLevel.NONE: "done",
    RiskLevel.RISK: "waiting",
    RiskLevel.HIGH_RISK: "refused",
}


def status_label(status: BreachStatus | str) -> str:
    return QCoreApplication.translate("BreachStatus", BREACH_STATUS_LABELS[BreachStatus(status)])


def short_status_label(status: BreachStatus | str) -> str:
    """For a table cell; the full label is in the tooltip and on the breach's page."""
    return {
        BreachStatus.OPEN: QCoreApplication.translate("BreachTexts", "Ouverte"),
        BreachStatus.ASSESSED: QCoreApplication.translate("BreachTexts", "Évaluée"),
        BreachStatus.NOTIFIED: QCoreApplication.translate("BreachTexts", "Notifiée"),
        BreachStatus.COMMUNICATED: QCoreApplication.translate("BreachTexts", "Communiquée"),
        BreachStatus.CLOSED: QCoreApplication.translate("BreachTexts", "Clôturée"),
    }[BreachStatus(status)]


def risk_label(level: RiskLevel | str | None) -> str:
    if level is None:
        return QCoreApplication.translate("BreachTexts", "Non évalué")
    return QCoreApplication.translate("RiskLevel", RISK_LEVEL_LABELS[RiskLevel(level)])


def short_risk_label(level: RiskLevel | str | None) -> str:
    """For a table cell; the full label is in the tooltip."""
    if level is None:
        return "—"
    return {
        RiskLevel.NONE: QCoreApplication.translate("BreachTexts", "Peu probable"),
        RiskLevel.RISK: QCoreApplication.translate("BreachTexts", "Risque"),
        RiskLevel.HIGH_RISK: QCoreApplication.translate("BreachTexts", "Élevé"),
    }[RiskLevel(level)]


def authority_label(authority: Authority | str) -> str:
    return QCoreApplication.translate("Authority", AUTHORITY_LABELS[Authority(authority)])


def notification_authority(notification: AuthorityNotification) -> str:
    if notification.authority is Authority.OTHER and notification.authority_name:
        return notification.authority_name
    return authority_label(notification.authority)


def phase_label(phase: NotificationPhase | str) -> str:
    return QCoreApplication.translate(
        "NotificationPhase", NOTIFICATION_PHASE_LABELS[NotificationPhase(phase)]
    )


def communication_channel_label(channel: CommunicationChannel | str) -> str:
    return QCoreApplication.translate(
        "CommunicationChannel", COMMUNICATION_CHANNEL_LABELS[CommunicationChannel(channel)]
    )


def art34_label(ground: Art34Exception | str, regimes) -> str:
    """The ground in the words of the case: with its GDPR article under the GDPR, as the
    organisation's policy under Law 09-08 alone."""
    return QCoreApplication.translate(
        "Art34Exception", art34_exception_labels(regimes)[Art34Exception(ground)]
    )


def event_label(kind: EventKind | str) -> str:
    return QCoreApplication.translate("EventKind", EVENT_KIND_LABELS[EventKind(kind)])


def data_category_label(category: DataCategory | str) -> str:
    return QCoreApplication.translate("DataCategory", DATA_CATEGORY_LABELS[DataCategory(category)])


def identifiability_label(value: Identifiability | str) -> str:
    return QCoreApplication.translate(
        "Identifiability", IDENTIFIABILITY_LABELS[Identifiability(value)]
    )


def exposure_label(value: Exposure | str) -> str:
    return QCoreApplication.translate("Exposure", EXPOSURE_LABELS[Exposure(value)])


def likelihood_label(value: Likelihood | str) -> str:
    return QCoreApplication.translate("Likelihood", LIKELIHOOD_LABELS[Likelihood(value)])


def deadline_label(rule: str) -> str:
    text = BREACH_DEADLINE_LABELS.get(rule)
    return QCoreApplication.translate("BreachDeadline", text) if text else ""


def reason_text(reason: Reason) -> str:
    """One step of the risk method's explanation, in the UI language."""
    return reason.message(lambda text: QCoreApplication.translate(reason_context(text), text))


def reason_context(text: str) -> str:
    # A reason's template is of context "BreachRisk"; the labels formatted into it keep
    # their own contexts (RiskLevel, Severity…). Find which dictionary holds the id.
    for context, labels in (
        ("RiskLevel", RISK_LEVEL_LABELS),
        ("DataCategory", DATA_CATEGORY_LABELS),
        ("Identifiability", IDENTIFIABILITY_LABELS),
        ("Exposure", EXPOSURE_LABELS),
        ("Likelihood", LIKELIHOOD_LABELS),
        ("Severity", SEVERITY_LABELS),
    ):
        if text in labels.values():
            return context
    return "BreachRisk"


def regimes_text(regimes) -> str:
    return request_texts.regimes_text(regimes)


def format_count(value: int | None) -> str:
    return "—" if value is None else request_texts.format_count(value)


# ----------------------------------------------------------------------------- instants


def local(instant: datetime, zone: tzinfo) -> datetime:
    return instant.astimezone(zone)


def format_instant(instant: datetime | None, zone: tzinfo) -> str:
    """ "25/11/2026 14:05", in the organisation's zone: for table cells."""
    if instant is None:
        return ""
    moment = instant.astimezone(zone)
    return QCoreApplication.translate("BreachTexts", "{date} {time}").format(
        date=request_texts.format_date(moment.date()), time=f"{moment:%H:%M}"
    )


def format_date(instant: datetime | None, zone: tzinfo) -> str:
    """ "25/11/2026": the day in the organisation's zone."""
    if instant is None:
        return ""
    return request_texts.format_date(instant.astimezone(zone).date())


def offset_text(instant: datetime, zone: tzinfo) -> str:
    """ "UTC+01:00": the offset in force at that instant in the zone."""
    delta = instant.astimezone(zone).utcoffset()
    minutes = int(delta.total_seconds() // 60) if delta is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_instant_long(instant: datetime | None, zone: tzinfo) -> str:
    """ "25/11/2026 14:05 (UTC+01:00)": where the offset matters (deadlines, sent at)."""
    if instant is None:
        return "—"
    return QCoreApplication.translate("BreachTexts", "{instant} ({offset})").format(
        instant=format_instant(instant, zone), offset=offset_text(instant, zone)
    )


def zone_text(zone: tzinfo, at: datetime) -> str:
    """ "Africa/Casablanca, UTC+01:00" — shown next to every instant the DPO types."""
    return QCoreApplication.translate("BreachTexts", "{zone}, {offset}").format(
        zone=str(zone), offset=offset_text(at, zone)
    )


# ----------------------------------------------------------------------------- countdowns


def countdown_text(left: Countdown) -> str:
    """ "23 h 05 restantes" or "dépassé de 4 h" (the domain's message ids, translated)."""
    template = COUNTDOWN_OVERDUE if left.overdue else COUNTDOWN_LEFT
    # Hours grouped as the language writes numbers: a breach left open for years is
    # "dépassé de 25.761 h" (fr_MA), "overdue by 25,761 h" (en).
    return QCoreApplication.translate("Countdown", template).format(
        hours=request_texts.format_count(left.hours), minutes=left.minutes
    )


def notified_text(notified_at: datetime, zone: tzinfo) -> str:
    """ "notifiée le 25/11/2026 14:05": what replaces the countdown once notified."""
    return QCoreApplication.translate("Countdown", NOTIFIED_ON).format(
        date=format_instant(notified_at, zone)
    )


def level_label(level: CountdownLevel) -> str:
    return QCoreApplication.translate("CountdownLevel", COUNTDOWN_LEVEL_LABELS[level])


def no_notification_text() -> str:
    return QCoreApplication.translate("BreachTexts", "non notifiée (décision)")


def closed_text() -> str:
    return QCoreApplication.translate("BreachTexts", "clôturée")


# ----------------------------------------------------------------------------- duties
# Each notice a breach owes (domain.breaches.notification_duties): the EU authority's
# (GDPR Art. 33), the CNDP's (internal policy under Law 09-08), the DGSSI's (Law 05-20).
# A case under 09-08 alone shows the CNDP's only: no GDPR word reaches it.

# The tone of an InlineMessage for a duty's state (an overdue one is an error).
DUTY_TONES = {
    DutyState.MET: "success",
    DutyState.PENDING: "warning",
    DutyState.WAIVED: "info",
    DutyState.UNDECIDED: "info",
}


def duty_label(kind: DutyKind | str) -> str:
    return QCoreApplication.translate("BreachDuty", DUTY_LABELS[DutyKind(kind)])


def duty_citation(kind: DutyKind | str) -> str:
    return QCoreApplication.translate("BreachDuty", DUTY_CITATIONS[DutyKind(kind)])


def duty_state_label(state: DutyState | str) -> str:
    return QCoreApplication.translate("DutyState", DUTY_STATE_LABELS[DutyState(state)])


def duty_heading(duty: NotificationDuty) -> str:
    """ "CNDP — politique interne de l'organisation ; la loi 09-08 …"."""
    return QCoreApplication.translate("BreachTexts", "{authority} — {citation}").format(
        authority=duty_label(duty.kind), citation=duty_citation(duty.kind)
    )


def duty_status(duty: NotificationDuty, zone: tzinfo, now: datetime | None) -> str:
    """Where a duty stands, in one sentence: done when, due by when, or why not."""
    dgssi = duty.kind is DutyKind.DGSSI
    if duty.state is DutyState.MET:
        template = (
            QCoreApplication.translate("BreachTexts", "déclarée le {when}")
            if dgssi
            else (
                QCoreApplication.translate(
                    "BreachTexts", "notifiée le {when}, après l'échéance du {deadline}"
                )
                if duty.late
                else QCoreApplication.translate("BreachTexts", "notifiée le {when}")
            )
        )
        return template.format(
            when=format_instant_long(duty.met_at, zone),
            deadline=format_instant_long(duty.deadline, zone),
        )
    if duty.state is DutyState.WAIVED:
        return QCoreApplication.translate(
            "BreachTexts", "non notifiée : décision motivée (risque peu probable)"
        )
    if duty.state is DutyState.UNDECIDED:
        return QCoreApplication.translate(
            "BreachTexts", "applicabilité de la loi 05-20 à déterminer"
        )
    if duty.deadline is None:  # the DGSSI's: no number of hours
        return QCoreApplication.translate(
            "BreachTexts", "déclaration requise, à faire {when}"
        ).format(when=QCoreApplication.translate("BreachDuty", DUTY_WITHOUT_DELAY))
    left = duty.countdown(now) if now is not None else None
    text = QCoreApplication.translate(
        "BreachTexts", "à notifier au plus tard le {deadline}"
    ).format(deadline=format_instant_long(duty.deadline, zone))
    if left is not None:
        text = QCoreApplication.translate("BreachTexts", "{text} ({countdown})").format(
            text=text, countdown=countdown_text(left)
        )
    return text


def duty_text(duty: NotificationDuty, zone: tzinfo, now: datetime | None) -> str:
    """Two lines: whom and why, then where it stands."""
    return f"{duty_heading(duty)}\n{duty_status(duty, zone, now)}"


def duty_tone(duty: NotificationDuty, now: datetime | None) -> str:
    if duty.state is DutyState.MET and duty.late:
        return "warning"
    left = duty.countdown(now) if now is not None else None
    if left is not None and left.overdue:
        return "error"
    return DUTY_TONES[duty.state]


def duties_summary(duties, zone: tzinfo) -> str:
    """One line for a header or a tooltip: "CNDP : faite · DGSSI : à faire"."""
    parts = []
    for duty in duties:
        state = duty_state_label(duty.state)
        if duty.state is DutyState.MET and duty.met_at is not None:
            state = QCoreApplication.translate("BreachTexts", "{state} le {when}").format(
                state=state, when=format_instant(duty.met_at, zone)
            )
        parts.append(
            QCoreApplication.translate("BreachTexts", "{authority} : {state}").format(
                authority=duty_label(duty.kind), state=state
            )
        )
    return QCoreApplication.translate("BreachTexts", " · ").join(parts)
