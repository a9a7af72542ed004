"""Step 4: the notifications: the authorities, the data subjects, the DGSSI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidgetItem,
)

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.breach_risk import RiskLevel
from dpo_desk.domain.breaches import (
    Art34Exception,
    Authority,
    AuthorityNotification,
    BreachIncident,
    CommunicationChannel,
    DutyKind,
    DutyState,
    NotificationPhase,
    SubjectCommunication,
)
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.requests.workflow import Channel, Regime
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui import style
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.breaches.fields import FieldSet, InstantEdit, form_layout
from dpo_desk.ui.breaches.forms import (
    combo,
    select,
)
from dpo_desk.ui.breaches.steps.base import (
    StepPage,
    add_action,
    item_list,
    titled_card,
)
from dpo_desk.ui.breaches.steps.words import (
    courtesy_text,
    exception_recorded_text,
    exception_state_text,
    exception_title,
    notify_intro,
    subjects_state,
    subjects_title,
)
from dpo_desk.ui.requests import texts as request_texts
from dpo_desk.ui.widgets import Card, InlineMessage, TextEdit, label, mark_invalid


class NotifyStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(4, "notify", notify_intro({Regime.GDPR}), parent)
        self._build_duties_card()
        self._build_authority_card()
        self._build_subjects_card()
        self._build_dgssi_card()
        self.finish()

    # -- construction ---------------------------------------------------------------------
    def _build_duties_card(self) -> None:
        """One line per notice owed (domain.breaches.notification_duties): the EU
        authority's (GDPR Art. 33), the CNDP's (internal policy under Law 09-08), the
        DGSSI's (Law 05-20). Only the lines of this breach's duties are shown."""
        duties_card = titled_card(
            QCoreApplication.translate("BreachSteps", "Obligations de notification")
        )
        self.duty_rows: dict[DutyKind, InlineMessage] = {}
        for kind in DutyKind:
            row = InlineMessage()
            row.setObjectName(f"duty_{kind}")
            self.duty_rows[kind] = row
            duties_card.body.addWidget(row)
        self.column.addWidget(duties_card)

    def _build_authority_card(self) -> None:
        authority_card = titled_card(
            QCoreApplication.translate("BreachSteps", "Notifications aux autorités")
        )
        self.notifications = item_list()
        authority_card.body.addWidget(self.notifications)
        self.no_notifications = label(
            QCoreApplication.translate("BreachSteps", "Aucune notification enregistrée."), "muted"
        )
        authority_card.body.addWidget(self.no_notifications)
        self._build_notify_form()
        authority_card.body.addLayout(self.notify_form)
        # Which duty the chosen authority's notice meets, if any (a CNDP notice never
        # meets the GDPR's: the CNDP is not a GDPR supervisory authority).
        self.authority_hint = InlineMessage()
        authority_card.body.addWidget(self.authority_hint)
        self.late_message = InlineMessage()
        authority_card.body.addWidget(self.late_message)
        self.notify_message, self.notify_button = add_action(
            authority_card,
            QCoreApplication.translate("BreachSteps", "Enregistrer la notification"),
            self.save_notification,
            main=True,
        )
        self.column.addWidget(authority_card)
        self.notify_fields.edited.connect(self._update_notification)
        self.authority.currentIndexChanged.connect(self._authority_changed)

    def _build_notify_form(self) -> None:
        self.notify_fields = f = FieldSet(self)
        self.authority = f.add(
            "authority", combo([(str(a), texts.authority_label(a)) for a in Authority])
        )
        self.authority_name = f.add("authority_name", QLineEdit())
        self.authority_name.setPlaceholderText(
            QCoreApplication.translate(
                "BreachSteps", "Autorité de contrôle de l'UE : Garante, AEPD, APD…"
            )
        )
        self.phase = f.add(
            "phase", combo([(str(p), texts.phase_label(p)) for p in NotificationPhase])
        )
        self.sent_at = f.add("sent_at", InstantEdit())
        self.channel = f.add(
            "channel", combo([(str(c), request_texts.channel_label(c)) for c in Channel])
        )
        select(self.channel, Channel.WEB_FORM)
        self.authority_reference = f.add("authority_reference", QLineEdit())
        self.authority_reference.setPlaceholderText(
            QCoreApplication.translate("BreachSteps", "Numéro attribué par l'autorité")
        )
        self.delay_reason = f.add(
            "delay_reason",
            TextEdit(QCoreApplication.translate("BreachSteps", "Motifs du retard"), 3),
        )
        self.notify_notes = f.add(
            "notes",
            TextEdit(
                QCoreApplication.translate("BreachSteps", "Contenu transmis, pièces jointes…"), 2
            ),
        )
        self.notify_form = form_layout()
        f.add_rows(
            self.notify_form,
            [
                ("authority", QCoreApplication.translate("BreachSteps", "Autorité *")),
                (
                    "authority_name",
                    QCoreApplication.translate("BreachSteps", "Nom de l'autorité *"),
                ),
                ("phase", QCoreApplication.translate("BreachSteps", "Phase *")),
                ("sent_at", QCoreApplication.translate("BreachSteps", "Envoyée le *")),
                ("channel", QCoreApplication.translate("BreachSteps", "Canal")),
                (
                    "authority_reference",
                    QCoreApplication.translate("BreachSteps", "Référence de l'autorité"),
                ),
                ("delay_reason", QCoreApplication.translate("BreachSteps", "Motifs du retard")),
                ("notes", QCoreApplication.translate("BreachSteps", "Notes")),
            ],
        )

    def _build_subjects_card(self) -> None:
        """GDPR Art. 34 when the GDPR applies; under Law 09-08 alone, which has no such
        duty, the organisation's policy. The titles follow the breach (show_breach)."""
        subjects_card = Card()
        self.subjects_title = label(subjects_title(True), "subheading")
        subjects_card.body.addWidget(self.subjects_title)
        self.subjects_state = InlineMessage()
        subjects_card.body.addWidget(self.subjects_state)
        self.communications = item_list()
        subjects_card.body.addWidget(self.communications)
        subjects_card.body.addLayout(self._build_communicate_form())
        self.communicate_message, self.communicate_button = add_action(
            subjects_card,
            QCoreApplication.translate("BreachSteps", "Enregistrer la communication"),
            self.save_communication,
        )
        self.exception_title = label(exception_title(True), "subheading")
        subjects_card.body.addWidget(self.exception_title)
        self.exception_state = label("", "secondary", wrap=True)
        subjects_card.body.addWidget(self.exception_state)
        subjects_card.body.addLayout(self._build_exception_form())
        self.exception_message, self.exception_button = add_action(
            subjects_card,
            QCoreApplication.translate("BreachSteps", "Consigner l'exception"),
            self.save_exception,
        )
        self.column.addWidget(subjects_card)

    def _build_communicate_form(self) -> QFormLayout:
        self.communicate_fields = c = FieldSet(self)
        self.told_at = c.add("sent_at", InstantEdit())
        self.told_channel = c.add(
            "channel",
            combo([(str(v), texts.communication_channel_label(v)) for v in CommunicationChannel]),
        )
        self.audience = c.add("audience", QLineEdit())
        self.audience.setPlaceholderText(
            QCoreApplication.translate(
                "BreachSteps", "Qui a été informé : personnes concernées, direction, partenaires…"
            )
        )
        self.told_notes = c.add(
            "notes",
            TextEdit(
                QCoreApplication.translate("BreachSteps", "Contenu du message, conseils donnés…"), 2
            ),
        )
        communicate_form = form_layout()
        c.add_rows(
            communicate_form,
            [
                ("sent_at", QCoreApplication.translate("BreachSteps", "Envoyée le *")),
                ("channel", QCoreApplication.translate("BreachSteps", "Canal *")),
                ("audience", QCoreApplication.translate("BreachSteps", "Destinataires *")),
                ("notes", QCoreApplication.translate("BreachSteps", "Notes")),
            ],
        )
        return communicate_form

    def _build_exception_form(self) -> QFormLayout:
        self.exception_fields = e = FieldSet(self)
        self.ground = e.add(
            "art34_exception",
            combo([(str(g), texts.art34_label(g, {Regime.GDPR})) for g in Art34Exception]),
        )
        self.ground.setMaximumWidth(16_777_215)  # the grounds are sentences: full width
        self.exception_justification = e.add(
            "art34_justification",
            TextEdit(QCoreApplication.translate("BreachSteps", "Ce qui justifie l'exception"), 2),
        )
        self.exception_form = form_layout()
        e.add_rows(
            self.exception_form,
            [
                ("art34_exception", QCoreApplication.translate("BreachSteps", "Motif")),
                (
                    "art34_justification",
                    QCoreApplication.translate("BreachSteps", "Justification *"),
                ),
            ],
        )
        return self.exception_form

    def _build_dgssi_card(self) -> None:
        """Law 05-20: the entities it covers declare their cybersecurity incidents to
        the DGSSI, a duty apart from the data protection ones."""
        dgssi_card = titled_card(
            QCoreApplication.translate(
                "BreachSteps", "Déclaration à la DGSSI (loi 05-20 sur la cybersécurité)"
            )
        )
        dgssi_card.body.addWidget(
            label(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Les entités et infrastructures soumises à la loi 05-20 déclarent leurs "
                    "incidents de cybersécurité à la DGSSI.",
                ),
                "muted",
                wrap=True,
            )
        )
        dgssi_card.body.addLayout(self._build_dgssi_form())
        self.dgssi_message, self.dgssi_button = add_action(
            dgssi_card,
            QCoreApplication.translate("BreachSteps", "Enregistrer la déclaration DGSSI"),
            self.save_dgssi,
        )
        self.column.addWidget(dgssi_card)
        self.dgssi_applies.currentIndexChanged.connect(self._update_dgssi)

    def _build_dgssi_form(self) -> QFormLayout:
        self.dgssi_fields = d = FieldSet(self)
        self.dgssi_applies = d.add(
            "dgssi_applies",
            combo(
                [
                    ("", QCoreApplication.translate("BreachSteps", "À déterminer")),
                    (
                        "yes",
                        QCoreApplication.translate(
                            "BreachSteps", "Oui, la déclaration est requise"
                        ),
                    ),
                    (
                        "no",
                        QCoreApplication.translate(
                            "BreachSteps", "Non, l'organisation n'y est pas soumise"
                        ),
                    ),
                ]
            ),
        )
        self.dgssi_declared_at = d.add(
            "dgssi_declared_at",
            InstantEdit(QCoreApplication.translate("BreachSteps", "Pas encore déclarée")),
        )
        self.dgssi_reference = d.add("dgssi_reference", QLineEdit())
        self.dgssi_form = form_layout()
        d.add_rows(
            self.dgssi_form,
            [
                (
                    "dgssi_applies",
                    QCoreApplication.translate("BreachSteps", "Déclaration requise ?"),
                ),
                ("dgssi_declared_at", QCoreApplication.translate("BreachSteps", "Déclarée le")),
                ("dgssi_reference", QCoreApplication.translate("BreachSteps", "Référence DGSSI")),
            ],
        )
        return self.dgssi_form

    def bind(self, register, clock, zone) -> None:
        super().bind(register, clock, zone)
        for edit in (self.sent_at, self.told_at, self.dgssi_declared_at):
            edit.set_zone(zone)

    # -- display ------------------------------------------------------------------------
    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        now = self.clock.now()
        if fresh:
            self._reset_notification(now)
            self._reset_communication(now)
            self._reset_exception()
            self._reset_dgssi(now)
        self._show_intro(breach)
        self._show_subject_words(breach)
        self._show_duties(now)
        self._list_notifications()
        self._list_communications()
        self._show_subjects_state()
        for button in (
            self.notify_button,
            self.communicate_button,
            self.dgssi_button,
        ):
            button.setEnabled(breach.is_open)
        for fields in (self.notify_fields, self.communicate_fields, self.dgssi_fields):
            fields.set_read_only(not breach.is_open)
        self._show_authority_hint()  # the regimes may have changed on step 1
        self._update_notification()
        self._update_dgssi()

    def clear(self) -> None:
        super().clear()
        self.notifications.clear()
        self.communications.clear()
        for fields in (
            self.notify_fields,
            self.communicate_fields,
            self.exception_fields,
            self.dgssi_fields,
        ):
            fields.clear_errors()
        for edit in (
            self.authority_name,
            self.authority_reference,
            self.audience,
            self.dgssi_reference,
        ):
            edit.clear()
        for text in (
            self.delay_reason,
            self.notify_notes,
            self.told_notes,
            self.exception_justification,
        ):
            text.clear()
        for row in self.duty_rows.values():
            row.clear_message()
        for message in (
            self.authority_hint,
            self.late_message,
            self.notify_message,
            self.communicate_message,
            self.exception_message,
            self.dgssi_message,
            self.subjects_state,
        ):
            message.clear_message()
        self.exception_state.clear()

    def _show_intro(self, breach: BreachIncident) -> None:
        """The step's introduction names only the duties of this breach: no GDPR
        article for a breach under Law 09-08 alone."""
        self.intro.setText(notify_intro(breach.regimes))

    def _show_subject_words(self, breach: BreachIncident) -> None:
        """The persons' card in the words of the case: GDPR Art. 34 or the policy."""
        gdpr = Regime.GDPR in breach.regimes
        self.subjects_title.setText(subjects_title(gdpr))
        self.exception_title.setText(exception_title(gdpr))
        chosen = self.ground.currentData()
        self.ground.blockSignals(True)
        for index in range(self.ground.count()):
            ground = self.ground.itemData(index)
            self.ground.setItemText(index, texts.art34_label(ground, breach.regimes))
        self.ground.blockSignals(False)
        select(self.ground, chosen)

    def _show_duties(self, now: datetime) -> None:
        breach = self.breach
        duties = {d.kind: d for d in breach.duties} if breach else {}
        live = now if breach is not None and breach.is_open else None
        for kind, row in self.duty_rows.items():
            duty = duties.get(kind)
            if duty is None:
                row.clear_message()
                continue
            row.show_message(texts.duty_text(duty, self.zone, live), texts.duty_tone(duty, live))

    def _list_notifications(self) -> None:
        self.notifications.clear()
        breach = self.breach
        if breach is not None:
            for sent in breach.notifications:
                self.notifications.addItem(self._notification_item(breach, sent))
        has = bool(breach and breach.notifications)
        self.notifications.setVisible(has)
        self.no_notifications.setVisible(not has)

    def _notification_item(
        self, breach: BreachIncident, sent: AuthorityNotification
    ) -> QListWidgetItem:
        lines = [
            QCoreApplication.translate(
                "BreachSteps", "{authority} — {phase}, envoyée le {when} ({channel})"
            ).format(
                authority=texts.notification_authority(sent),
                phase=texts.phase_label(sent.phase).lower(),
                when=texts.format_instant_long(sent.sent_at, self.zone),
                channel=request_texts.channel_label(sent.channel).lower(),
            )
        ]
        if sent.authority_reference:
            lines.append(
                QCoreApplication.translate("BreachSteps", "Référence : {ref}").format(
                    ref=sent.authority_reference
                )
            )
        late = breach.is_late(sent)
        if late:
            lines.append(
                QCoreApplication.translate(
                    "BreachSteps", "Envoyée après l'échéance — motifs : {reason}"
                ).format(reason=sent.delay_reason)
            )
        if breach.duty_for(sent.authority) is None:
            lines.append(courtesy_text(sent.authority))
        item = QListWidgetItem("\n".join(lines))
        if late:
            item.setForeground(QColor(style.WARNING))
        return item

    def _list_communications(self) -> None:
        self.communications.clear()
        breach = self.breach
        for told in breach.communications if breach else ():
            self.communications.addItem(
                QCoreApplication.translate("BreachSteps", "{when} — {channel} — {audience}").format(
                    when=texts.format_instant(told.sent_at, self.zone),
                    channel=texts.communication_channel_label(told.channel),
                    audience=told.audience,
                )
            )
        self.communications.setVisible(bool(breach and breach.communications))

    def _show_subjects_state(self) -> None:
        breach = self.breach
        if breach is None:
            return
        self.subjects_state.show_message(*subjects_state(breach))
        self.exception_state.setText(exception_state_text(breach, self.zone))
        # The form only where it can serve: a high risk, no exception yet, still open.
        high = breach.risk_level is RiskLevel.HIGH_RISK
        can_except = high and breach.is_open and breach.art34_exception is None
        for name in ("art34_exception", "art34_justification"):
            self.exception_form.setRowVisible(self.exception_fields.box(name), can_except)
        self.exception_button.setVisible(can_except)
        self.exception_button.setEnabled(can_except)

    # -- notification ---------------------------------------------------------------------
    def _default_authority(self) -> Authority:
        """The authority of the first notice still owed: an EU authority's (the CNIL)
        before the CNDP's; once both are sent, the governing duty's, for a complement."""
        breach = self.breach
        if breach is None:
            return Authority.CNDP
        duties = [d for d in breach.duties if d.kind is not DutyKind.DGSSI]
        pending = [d for d in duties if d.state is DutyState.PENDING]
        chosen = pending[0] if pending else breach.governing_duty
        return Authority.CNIL if chosen.kind is DutyKind.EU_AUTHORITY else Authority.CNDP

    def _reset_notification(self, now: datetime) -> None:
        def fill():
            select(self.authority, self._default_authority())
            self.authority_name.clear()
            self.sent_at.set_instant(now)
            select(self.channel, Channel.WEB_FORM)
            self.authority_reference.clear()
            self.delay_reason.clear()
            self.notify_notes.clear()

        self.notify_fields.quietly(fill)
        self._authority_changed()

    def _authority_changed(self) -> None:
        other = self.authority.currentData() == str(Authority.OTHER)
        self.notify_form.setRowVisible(self.notify_fields.box("authority_name"), other)
        # An authority already notified gets a complementary notification (Art. 33(4)).
        authority = Authority(self.authority.currentData())
        earlier = [
            n
            for n in (self.breach.notifications if self.breach else ())
            if n.authority is authority and n.phase is NotificationPhase.INITIAL
        ]
        select(
            self.phase, NotificationPhase.COMPLEMENTARY if earlier else NotificationPhase.INITIAL
        )
        self._show_authority_hint()

    def chosen_duty(self) -> DutyKind | None:
        """The duty the notice being typed would meet (None: none of this breach's)."""
        if self.breach is None:
            return None
        return self.breach.duty_for(self.authority.currentData())

    def _show_authority_hint(self) -> None:
        breach = self.breach
        if breach is None:
            self.authority_hint.clear_message()
            return
        authority = Authority(self.authority.currentData())
        duty = breach.duty_for(authority)
        if duty is DutyKind.EU_AUTHORITY:
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps",
                    "Cette notification remplit l'obligation de l'article 33 du RGPD.",
                ),
                "info",
            )
        elif duty is DutyKind.CNDP:
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps",
                    "Cette notification répond à la politique interne de l'organisation (la "
                    "loi 09-08 ne prévoit pas de notification des violations).",
                ),
                "info",
            )
        else:
            text, tone = courtesy_text(authority), "warning"
        self.authority_hint.show_message(text, tone)
        # The reasons' placeholder names the rule that asks for them (none for a
        # courtesy notice, which has no deadline to miss).
        if duty is DutyKind.CNDP:
            placeholder = QCoreApplication.translate(
                "BreachSteps", "Motifs du retard (politique interne)"
            )
        elif duty is DutyKind.EU_AUTHORITY:
            placeholder = QCoreApplication.translate(
                "BreachSteps", "Motifs du retard (RGPD art. 33(1))"
            )
        else:
            placeholder = QCoreApplication.translate("BreachSteps", "Motifs du retard")
        self.delay_reason.setPlaceholderText(placeholder)

    def late(self) -> bool:
        """Does the notification being typed need the reasons for its delay? Only for
        a notice meeting a duty with a deadline (the GDPR's or the CNDP policy's)."""
        if self.breach is None:
            return False
        try:
            sent = self.sent_at.typed_instant("sent_at")
        except ValidationError:
            return False
        return rules.delay_reason_required(
            sent,
            self.breach.deadline_for(self.authority.currentData()),
            NotificationPhase(self.phase.currentData()),
        )

    def _update_notification(self) -> None:
        if self.breach is None:
            return
        late = self.late()
        missing = late and not self.delay_reason.toPlainText().strip()
        if late and self.chosen_duty() is DutyKind.CNDP:
            # The CNDP notice is a policy promise (Law 09-08 has none): a late one is a
            # breach of policy, recorded with its reasons; no GDPR article applies.
            text = QCoreApplication.translate(
                "BreachSteps",
                "Envoyée après l'échéance du {deadline} fixée par la politique interne de "
                "l'organisation : la notification à la CNDP ne peut pas être enregistrée "
                "sans les motifs du retard, consignés au registre. Renseignez le champ "
                "« Motifs du retard ».",
            ).format(deadline=texts.format_instant_long(self.breach.notify_by, self.zone))
            self.late_message.show_message(text, "warning" if missing else "info")
        elif late:
            # Art. 33(1): a notification after 72 hours "shall be accompanied by reasons
            # for the delay". The button waits for them; the message says which field.
            text = QCoreApplication.translate(
                "BreachSteps",
                "Envoyée après l'échéance du {deadline} : la notification ne peut pas être "
                "enregistrée sans les motifs du retard (RGPD art. 33(1)). Renseignez le "
                "champ « Motifs du retard ».",
            ).format(deadline=texts.format_instant_long(self.breach.notify_by, self.zone))
            self.late_message.show_message(text, "warning" if missing else "info")
        else:
            self.late_message.clear_message()
        mark_invalid(self.delay_reason, missing)
        self.notify_button.setEnabled(self.breach.is_open and not missing)

    def _record(
        self,
        service: Callable[..., BreachIncident],
        typed: Callable[[], object],
        success: str,
        fields: FieldSet,
        message: InlineMessage,
    ) -> BreachIncident | None:
        """Record one more fact of the breach: ``service(register, breach, typed(), clock)``.

        What was typed is read inside the call, so an instant the zone skips is refused
        under its field like any other refusal.
        """
        if self.register is None or self.breach is None:
            return None
        register, breach, clock = self.register, self.breach, self.clock
        return self.run(
            lambda: service(register, breach, typed(), clock=clock), success, fields, message
        )

    def _typed_notification(self) -> AuthorityNotification:
        return AuthorityNotification(
            authority=Authority(self.authority.currentData()),
            phase=NotificationPhase(self.phase.currentData()),
            sent_at=self.sent_at.typed_instant("sent_at"),
            channel=Channel(self.channel.currentData()),
            authority_name=self.authority_name.text(),
            authority_reference=self.authority_reference.text(),
            delay_reason=self.delay_reason.toPlainText(),
            notes=self.notify_notes.toPlainText(),
        )

    def save_notification(self) -> None:
        updated = self._record(
            breach_service.add_notification,
            self._typed_notification,
            QCoreApplication.translate("BreachSteps", "Notification enregistrée."),
            self.notify_fields,
            self.notify_message,
        )
        if updated is not None:
            self._reset_notification(self.clock.now())
            self._update_notification()

    # -- communication ------------------------------------------------------------------
    def _reset_communication(self, now: datetime) -> None:
        def fill():
            self.told_at.set_instant(now)
            select(self.told_channel, CommunicationChannel.EMAIL)
            self.audience.clear()
            self.told_notes.clear()

        self.communicate_fields.quietly(fill)

    def _typed_communication(self) -> SubjectCommunication:
        return SubjectCommunication(
            sent_at=self.told_at.typed_instant("sent_at"),
            channel=CommunicationChannel(self.told_channel.currentData()),
            audience=self.audience.text(),
            notes=self.told_notes.toPlainText(),
        )

    def save_communication(self) -> None:
        updated = self._record(
            breach_service.record_communication,
            self._typed_communication,
            QCoreApplication.translate("BreachSteps", "Communication aux personnes enregistrée."),
            self.communicate_fields,
            self.communicate_message,
        )
        if updated is not None:
            self._reset_communication(self.clock.now())

    def _reset_exception(self) -> None:
        self.exception_fields.quietly(lambda: self.exception_justification.clear())

    def save_exception(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        ground = Art34Exception(self.ground.currentData())
        justification = self.exception_justification.toPlainText()
        updated = self.run(
            lambda: breach_service.record_art34_exception(
                register, breach, ground, justification, clock=clock
            ),
            exception_recorded_text(Regime.GDPR in breach.regimes),
            self.exception_fields,
            self.exception_message,
        )
        if updated is not None:
            self._reset_exception()

    # -- DGSSI ----------------------------------------------------------------------------
    def _reset_dgssi(self, now: datetime) -> None:
        dgssi = self.breach.dgssi if self.breach else None

        def fill():
            applies = None if dgssi is None else dgssi.applies
            select(self.dgssi_applies, "" if applies is None else ("yes" if applies else "no"))
            self.dgssi_declared_at.set_instant(dgssi.declared_at if dgssi else None)
            if dgssi is not None and dgssi.declared_at is None:
                self.dgssi_declared_at.edit.setDateTime(self.dgssi_declared_at.edit.dateTime())
            self.dgssi_reference.setText(dgssi.reference if dgssi else "")

        self.dgssi_fields.quietly(fill)
        if dgssi is not None and dgssi.declared_at is None:
            # "Not yet" ticked; the date offered when it is unticked is now.
            self.dgssi_declared_at.blockSignals(True)
            self.dgssi_declared_at.set_instant(now)
            self.dgssi_declared_at.set_unknown(True)
            self.dgssi_declared_at.blockSignals(False)
            self.dgssi_declared_at.edit.setEnabled(False)

    def _update_dgssi(self) -> None:
        # A date and a reference only when Law 05-20 applies (the domain refuses them
        # otherwise).
        applies = self.dgssi_applies.currentData() == "yes"
        for name in ("dgssi_declared_at", "dgssi_reference"):
            self.dgssi_form.setRowVisible(self.dgssi_fields.box(name), applies)
        self.dgssi_declared_at.setEnabled(self.editable and applies)
        self.dgssi_reference.setEnabled(self.editable and applies)

    def save_dgssi(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        choice = self.dgssi_applies.currentData()
        applies = None if not choice else choice == "yes"

        def call() -> BreachIncident:
            declared = self.dgssi_declared_at.instant("dgssi_declared_at") if applies else None
            return breach_service.record_dgssi(
                register,
                breach,
                applies=applies,
                declared_at=declared,
                reference=self.dgssi_reference.text() if applies else "",
                clock=clock,
            )

        self.run(
            call,
            QCoreApplication.translate("BreachSteps", "Déclaration DGSSI enregistrée."),
            self.dgssi_fields,
            self.dgssi_message,
        )
