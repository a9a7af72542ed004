"""A breach on paper (issue 25): the summary its page prints through ``ui/printing.py``.

Here rather than in ``ui/printing.py``: the breach page imports the printing module, and
the GUI's sibling packages import one another one way only (import-linter).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dpo_desk.documents.blocks import Bullets, Fields, Heading, Paragraph
from dpo_desk.services.read_model import Register
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.printing import (
    Letterhead,
    PrintBlock,
    Printout,
    issued_letters,
    right_to_left,
    yes_no,
)


def breach_printout(register: Register, breach: Any, head: Letterhead) -> Printout:
    """A breach on paper: its instants, the notification deadline and what it rests on
    (legal under the GDPR, internal policy under Law 09-08 alone), each duty, the nature
    and extent (GDPR Art. 33(3)), the measures, the notices and communications made, the
    decisions, and its timeline."""
    zone = head.zone
    nature = breach.nature
    governing = breach.governing_duty
    blocks: list[PrintBlock] = [
        Heading(QCoreApplication.translate("Printing", "Violation")),
        Fields(
            (
                (QCoreApplication.translate("Printing", "Référence"), breach.reference),
                (QCoreApplication.translate("Printing", "Intitulé"), breach.title),
                (
                    QCoreApplication.translate("Printing", "Statut"),
                    texts.status_label(breach.status),
                ),
                (
                    QCoreApplication.translate("Printing", "Risque"),
                    texts.risk_label(breach.risk_level),
                ),
                (
                    QCoreApplication.translate("Printing", "Régime"),
                    texts.regimes_text(breach.regimes),
                ),
                (
                    QCoreApplication.translate("Printing", "Début"),
                    texts.format_instant_long(breach.started_at, zone),
                ),
                (
                    QCoreApplication.translate("Printing", "Découverte"),
                    texts.format_instant_long(breach.discovered_at, zone),
                ),
                (
                    QCoreApplication.translate("Printing", "Connue le"),
                    texts.format_instant_long(breach.aware_at, zone),
                ),
            )
        ),
        Heading(QCoreApplication.translate("Printing", "Notification (72 heures)")),
        Fields(
            (
                (
                    QCoreApplication.translate("Printing", "Autorité"),
                    texts.duty_label(governing.kind),
                ),
                (
                    QCoreApplication.translate("Printing", "Au plus tard le"),
                    texts.format_instant_long(breach.notify_by, zone),
                ),
                (
                    QCoreApplication.translate("Printing", "Délai"),
                    texts.deadline_label(breach.deadline.rule),
                ),
            )
        ),
        Bullets(
            tuple(
                texts.duty_text(duty, zone, head.now if breach.is_open else None)
                for duty in breach.duties
            )
        ),
    ]
    impact = [
        label
        for flag, label in (
            (nature.confidentiality, QCoreApplication.translate("Printing", "confidentialité")),
            (nature.integrity, QCoreApplication.translate("Printing", "intégrité")),
            (nature.availability, QCoreApplication.translate("Printing", "disponibilité")),
        )
        if flag
    ]
    blocks += [
        Heading(QCoreApplication.translate("Printing", "Nature et étendue")),
        Fields(
            (
                (QCoreApplication.translate("Printing", "Description"), nature.description),
                (QCoreApplication.translate("Printing", "Atteinte à"), ", ".join(impact)),
                (
                    QCoreApplication.translate("Printing", "Personnes concernées"),
                    ", ".join(nature.subject_categories),
                ),
                (
                    QCoreApplication.translate("Printing", "Nombre de personnes (approx.)"),
                    texts.format_count(nature.subjects_count),
                ),
                (
                    QCoreApplication.translate("Printing", "Enregistrements"),
                    ", ".join(nature.record_categories),
                ),
                (
                    QCoreApplication.translate("Printing", "Nombre d'enregistrements (approx.)"),
                    texts.format_count(nature.records_count),
                ),
                (
                    QCoreApplication.translate("Printing", "Catégories de données"),
                    ", ".join(sorted(texts.data_category_label(c) for c in nature.data_categories)),
                ),
                (
                    QCoreApplication.translate("Printing", "Mineurs concernés"),
                    yes_no(nature.minors),
                ),
                (
                    QCoreApplication.translate("Printing", "Conséquences probables"),
                    nature.consequences,
                ),
                (
                    QCoreApplication.translate("Printing", "Sous-traitants"),
                    ", ".join(nature.processors),
                ),
            )
        ),
        Heading(QCoreApplication.translate("Printing", "Mesures")),
        Fields(
            (
                (QCoreApplication.translate("Printing", "Mesures prises"), nature.measures_taken),
                (
                    QCoreApplication.translate("Printing", "Mesures envisagées"),
                    nature.measures_proposed,
                ),
                (
                    QCoreApplication.translate("Printing", "Actions correctives"),
                    breach.remedial_actions,
                ),
            )
        ),
        Heading(QCoreApplication.translate("Printing", "Notifications faites")),
    ]
    notices = []
    for notice in breach.notifications:
        line = QCoreApplication.translate("Printing", "{authority} — {phase} — {when}").format(
            authority=texts.notification_authority(notice),
            phase=texts.phase_label(notice.phase),
            when=texts.format_instant_long(notice.sent_at, zone),
        )
        if notice.authority_reference:
            line += "\n" + QCoreApplication.translate("Printing", "Référence : {ref}").format(
                ref=notice.authority_reference
            )
        if notice.delay_reason:
            line += "\n" + QCoreApplication.translate("Printing", "Motif du retard : {why}").format(
                why=notice.delay_reason
            )
        if notice.notes:
            line += "\n" + notice.notes
        notices.append(line)
    for sent in breach.communications:
        notices.append(
            QCoreApplication.translate(
                "Printing", "Communication aux personnes — {channel} — {when} — {audience}"
            ).format(
                channel=texts.communication_channel_label(sent.channel),
                when=texts.format_instant_long(sent.sent_at, zone),
                audience=sent.audience,
            )
        )
    blocks.append(
        Bullets(tuple(notices))
        if notices
        else Paragraph(QCoreApplication.translate("Printing", "Aucune notification faite."))
    )
    decisions = []
    if breach.no_notification is not None:
        decisions.append(
            (
                QCoreApplication.translate("Printing", "Décision de ne pas notifier"),
                QCoreApplication.translate("Printing", "{reasons}\n({who}, {when})").format(
                    reasons=breach.no_notification.reasons,
                    who=breach.no_notification.decided_by,
                    when=texts.format_instant(breach.no_notification.decided_at, zone),
                ),
            )
        )
    if breach.art34_exception is not None:
        decisions.append(
            (
                QCoreApplication.translate("Printing", "Exception à l'information des personnes"),
                f"{texts.art34_label(breach.art34_exception.ground, breach.regimes)}\n"
                f"{breach.art34_exception.justification}",
            )
        )
    if breach.closed_at is not None:
        decisions.append(
            (
                QCoreApplication.translate("Printing", "Clôturée le"),
                texts.format_instant_long(breach.closed_at, zone),
            )
        )
    if decisions:
        blocks += [
            Heading(QCoreApplication.translate("Printing", "Décisions")),
            Fields(tuple(decisions)),
        ]
    letters = issued_letters(register, breach.reference, zone)
    if letters:
        blocks += [
            Heading(QCoreApplication.translate("Printing", "Courriers émis")),
            Bullets(letters),
        ]
    if breach.events:
        events = []
        for event in sorted(breach.events, key=lambda e: e.at):
            line = QCoreApplication.translate("Printing", "{when} — {what} ({who})").format(
                when=texts.format_instant(event.at, zone),
                what=texts.event_label(event.kind),
                who=event.author,
            )
            events.append(line + (f"\n{event.note}" if event.note else ""))
        blocks += [
            Heading(QCoreApplication.translate("Printing", "Chronologie")),
            Bullets(tuple(events)),
        ]
    return Printout(
        title=QCoreApplication.translate("Printing", "Violation {reference}").format(
            reference=breach.reference
        ),
        organisation=head.organisation,
        printed_at=head.printed_at,
        blocks=tuple(blocks),
        subtitle=breach.title,
        rtl=right_to_left(),
        document_name=breach.reference,
    )
