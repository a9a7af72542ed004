"""The five steps of a breach, in the order GDPR Arts. 33-34 put them.

1. the facts and the clock; 2. nature and scope; 3. the risk; 4. the notifications
(authority, data subjects, DGSSI); 5. the timeline and the closing. Each page calls
the services and shows their refusals in place, keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.breach_risk import RiskFactors, RiskLevel, assess
from dpo_desk.domain.breaches import (
    Art34Exception,
    Authority,
    AuthorityNotification,
    BreachIncident,
    BreachStatus,
    CommunicationChannel,
    DutyKind,
    DutyState,
    EventKind,
    NotificationPhase,
    SubjectCommunication,
)
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.requests.workflow import Channel, Regime
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.breaches.fields import FieldSet, InstantEdit, form_layout, text_edit
from dpo_desk.ui.breaches.forms import (
    FactsFields,
    NatureFields,
    RiskFields,
    combo,
    select,
)
from dpo_desk.ui.formatting import join_labels
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.requests import texts as request_texts
from dpo_desk.ui.widgets import Card, InlineMessage, busy, label, mark_invalid

STEP_KEYS = ("facts", "nature", "risk", "notify", "close")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BreachSteps", text)


def step_title(key: str) -> str:
    return {
        "facts": QCoreApplication.translate("BreachSteps", "Faits et horloge"),
        "nature": QCoreApplication.translate("BreachSteps", "Nature et étendue"),
        "risk": QCoreApplication.translate("BreachSteps", "Évaluation du risque"),
        "notify": QCoreApplication.translate("BreachSteps", "Notifications"),
        "close": QCoreApplication.translate("BreachSteps", "Chronologie et clôture"),
    }[key]


def step_done(key: str, breach: BreachIncident) -> bool:
    """Whether a step's duty is met; the stepper ticks it."""
    facts = breach.facts
    if key == "facts":
        return True  # a recorded breach has its title, regimes and instants
    if key == "nature":
        return breach.nature.has_impact
    if key == "risk":
        if breach.risk is None:
            return False
        return breach.risk_level is not RiskLevel.NONE or breach.no_notification is not None
    if key == "notify":
        # Every authority notice owed is sent or waived: the GDPR's to an EU authority
        # and, under Law 09-08, the CNDP's (a CNDP notice alone never meets the GDPR's).
        authority = all(
            d.state is not DutyState.PENDING for d in breach.duties if d.kind is not DutyKind.DGSSI
        )
        subjects = not rules.communication_required(facts) or bool(breach.communications)
        dgssi = breach.dgssi.applies is not None and not breach.dgssi.pending
        return authority and subjects and dgssi
    return breach.status is BreachStatus.CLOSED


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def primary(text: str) -> QPushButton:
    button = QPushButton(text)
    style.set_role(button, "primary")
    return button


def item_list(minimum: int = 60) -> QListWidget:
    items = QListWidget()
    items.setObjectName("BreachItems")
    items.setWordWrap(True)
    items.setSelectionMode(QListWidget.SelectionMode.NoSelection)
    items.setMinimumHeight(minimum)
    items.setMaximumHeight(220)
    return items


class StepPage(QWidget):
    """One step: a scrolling column of cards; ``saved`` carries the breach as stored."""

    saved = Signal(object)  # BreachIncident
    status_message = Signal(str)

    def __init__(self, number: int, key: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.register: Register | None = None
        self.clock: Clock = SystemClock()
        self.zone: tzinfo = organisation_zone()
        self.breach: BreachIncident | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.scroll)
        page = QWidget()
        page.setObjectName("SectionPage")
        self.scroll.setWidget(page)
        self.column = QVBoxLayout(page)
        self.column.setContentsMargins(0, 4, 8, 12)
        self.column.setSpacing(14)
        self.heading = label(
            QCoreApplication.translate("BreachSteps", "Étape {number} — {title}").format(
                number=number, title=step_title(key)
            ),
            "heading",
        )
        self.column.addWidget(self.heading)
        self.intro = label(intro, "secondary", wrap=True)
        self.column.addWidget(self.intro)
        self.message = InlineMessage()
        self.column.addWidget(self.message)

    def finish(self) -> None:
        self.column.addStretch(1)

    def bind(self, register: Register, clock: Clock, zone: tzinfo) -> None:
        self.register, self.clock, self.zone = register, clock, zone

    @property
    def editable(self) -> bool:
        return self.breach is not None and self.breach.is_open

    def show_breach(self, breach: BreachIncident, fresh: bool) -> None:
        """Display ``breach``; ``fresh`` (another breach, or after this page's own save)
        reloads the fields, otherwise what is being typed stays."""
        self.breach = breach

    def clear(self) -> None:
        self.register = None
        self.breach = None
        self.message.clear_message()

    def run(
        self,
        call: Callable[[], BreachIncident],
        success: str,
        fields: FieldSet | None = None,
        message: InlineMessage | None = None,
    ) -> BreachIncident | None:
        """Call a service; a refusal goes under its field or into ``message``."""
        shown = message or self.message
        shown.clear_message()
        self.message.clear_message()
        if fields is not None:
            fields.clear_errors()
        try:
            with busy():
                updated = call()
        except breach_service.ConcurrentBreachEdit as error:
            shown.show_message(error_text(error), "warning")
            return None
        except UserError as error:
            if fields is None or not fields.point_at(error):
                shown.show_message(error_text(error), "error")
            return None
        self.breach = updated
        self.saved.emit(updated)
        shown.show_message(success, "success")
        self.status_message.emit(success)
        return updated


# ----------------------------------------------------------------------------- 1. facts


class FactsStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(
            1,
            "facts",
            QCoreApplication.translate(
                "BreachSteps",
                "Le délai de 72 heures court à partir du moment où l'organisation a acquis "
                "une certitude raisonnable qu'une violation de données personnelles s'est "
                "produite (RGPD art. 33(1)). Les heures sont saisies dans le fuseau de "
                "l'organisation.",
            ),
            parent,
        )
        card = Card()
        self.fields = FactsFields(self)
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        card.body.addLayout(form)
        self.gdpr_intro = self.intro.text()
        self.deadline = label("", "value", wrap=True)
        card.body.addWidget(self.deadline)
        self.save_button = primary(
            QCoreApplication.translate("BreachSteps", "Enregistrer les faits")
        )
        self.save_button.clicked.connect(self.save)
        card.body.addLayout(_buttons(self.save_button))
        self.column.addWidget(card)
        self.finish()
        self.fields.edited.connect(self._edited)

    def bind(self, register, clock, zone) -> None:
        super().bind(register, clock, zone)
        self.fields.set_zone(zone)

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        if fresh:
            self.fields.set_breach(breach)
        self.fields.set_read_only(not breach.is_open)
        self.save_button.setEnabled(breach.is_open)
        self._show_deadline()
        if Regime.GDPR not in breach.regimes:
            # Law 09-08 alone: the 72 hours are the organisation's, no GDPR article.
            self.intro.setText(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le délai de 72 heures court à partir du moment où l'organisation a "
                    "acquis une certitude raisonnable qu'une violation de données "
                    "personnelles s'est produite. La loi 09-08 ne prévoit pas de "
                    "notification des violations : ce délai est celui de la politique "
                    "interne de l'organisation. Les heures sont saisies dans le fuseau de "
                    "l'organisation.",
                )
            )
        else:
            self.intro.setText(self.gdpr_intro)

    def clear(self) -> None:
        super().clear()
        self.fields.set_breach(None)
        self.deadline.clear()

    def _edited(self) -> None:
        self.fields.check_instants(self.clock.now(), self.zone)
        self._show_deadline()

    def _show_deadline(self) -> None:
        self.deadline.setText(deadline_preview(self.fields, self.zone))

    def save(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        fields = self.fields

        def call() -> BreachIncident:
            intake = fields.intake(breach.nature)
            updated = breach_service.update_details(register, breach, intake, clock=clock)
            description = fields.description.toPlainText().strip()
            if description != updated.nature.description:
                nature = replace(updated.nature, description=description)
                updated = breach_service.update_nature(register, updated, nature, clock=clock)
            return updated

        if (
            self.run(
                call, QCoreApplication.translate("BreachSteps", "Faits enregistrés."), self.fields
            )
            is not None
        ):
            self.fields.set_breach(self.breach)


def deadline_preview(fields: FactsFields, zone: tzinfo) -> str:
    """One line per notice the chosen regimes call for, e.g. "Autorité de contrôle de
    l'UE (CNIL ou autre) : notification au plus tard le … — légal (RGPD art. 33)."; a
    breach under Law 09-08 alone shows the CNDP's policy line only."""
    try:
        intake = fields.intake()
    except ValidationError:
        return ""
    if not intake.regimes:
        return ""
    deadline = rules.breach_deadline(intake.aware_at, intake.regimes)
    lines = [
        QCoreApplication.translate(
            "BreachSteps", "{authority} : notification au plus tard le {when} — {basis}."
        ).format(
            authority=texts.duty_label(duty.kind),
            when=texts.format_instant_long(duty.deadline, zone),
            basis=texts.deadline_label(duty.rule),
        )
        for duty in rules.duties_for(intake.regimes, deadline.at)
    ]
    return "\n".join(lines)


def courtesy_text(authority: Authority | str) -> str:
    """What a notice that meets no duty of the breach is: kept, but stops no clock."""
    if Authority(authority) is Authority.CNDP:
        # Only reached for a breach under the GDPR alone: the GDPR may be named.
        return QCoreApplication.translate(
            "BreachSteps",
            "La CNDP n'est pas une autorité de contrôle au sens du RGPD : cette notification "
            "est consignée, mais elle ne remplit pas l'obligation de l'article 33 du RGPD.",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "Cette notification est consignée, mais elle ne répond à aucune obligation de cette "
        "violation.",
    )


# ----------------------------------------------------------------------------- words
# What a step says depends on the case: under the GDPR its articles, each with its
# instrument ("article 34 du RGPD"); under Law 09-08 alone, which has neither a breach
# notification nor a communication to the persons, the organisation's policy and no
# GDPR word (a breach with no regime is read the same way).


def nature_intro(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps",
            "Ce que la notification doit décrire (article 33(3) du RGPD) : la nature de la "
            "violation, les catégories et le nombre approximatif de personnes et "
            "d'enregistrements concernés, les conséquences probables et les mesures. Ces "
            "informations peuvent être complétées par phases (article 33(4) du RGPD).",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "Ce que la notification à la CNDP décrit, selon la politique interne de "
        "l'organisation : la nature de la violation, les catégories et le nombre "
        "approximatif de personnes et d'enregistrements concernés, les conséquences "
        "probables et les mesures. Ces informations peuvent être complétées par phases.",
    )


def risk_intro(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps",
            "Gravité selon la méthode de l'ENISA (contexte des données × facilité "
            "d'identification + circonstances), croisée avec la vraisemblance des "
            "conséquences. Un risque peu probable dispense de notifier, décision motivée à "
            "l'appui (article 33(1) et (5) du RGPD) ; un risque élevé impose d'informer les "
            "personnes concernées (article 34 du RGPD).",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "Gravité selon la méthode de l'ENISA (contexte des données × facilité "
        "d'identification + circonstances), croisée avec la vraisemblance des "
        "conséquences. La loi 09-08 ne prévoit ni notification des violations ni "
        "information des personnes : selon la politique interne de l'organisation, un "
        "risque peu probable dispense de notifier la CNDP, décision motivée à l'appui, et "
        "un risque élevé appelle l'information immédiate des personnes concernées.",
    )


def notify_intro(regimes) -> str:
    chosen = {Regime(r) for r in regimes}
    if Regime.GDPR not in chosen:
        return QCoreApplication.translate(
            "BreachSteps",
            "La loi 09-08 ne prévoit pas de notification des violations : la "
            "notification à la CNDP dans les 72 heures est un engagement de la "
            "politique interne de l'organisation. Elle peut être faite en plusieurs "
            "phases ; passé le délai, les motifs du retard sont consignés au registre.",
        )
    text = QCoreApplication.translate(
        "BreachSteps",
        "La notification à une autorité de contrôle de l'UE (la CNIL ou une autre) "
        "se fait dans les 72 heures (article 33(1) du RGPD), au besoin en plusieurs "
        "phases : une notification initiale, puis des compléments (article 33(4) du "
        "RGPD). Passé le délai, elle est accompagnée des motifs du retard. La CNDP "
        "n'est pas une autorité de contrôle au sens du RGPD : la notifier ne remplit "
        "pas cette obligation.",
    )
    if Regime.LAW_09_08 in chosen:
        text += " " + QCoreApplication.translate(
            "BreachSteps",
            "La notification à la CNDP relève de la politique interne de "
            "l'organisation (loi 09-08) et se suit à part.",
        )
    return text


def close_intro(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps",
            "La chronologie garde chaque étape avec son auteur et son heure. La "
            "violation se clôture une fois ses obligations remplies et les mesures "
            "correctives consignées (RGPD art. 33(5)).",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "La chronologie garde chaque étape avec son auteur et son heure. La violation se "
        "clôture une fois tenus les engagements de la politique interne de "
        "l'organisation (notifier la CNDP, informer les personnes, ou une décision "
        "motivée de s'en dispenser) et les mesures correctives consignées au registre "
        "des violations.",
    )


def subjects_title(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps", "Communication aux personnes concernées (article 34 du RGPD)"
        )
    return QCoreApplication.translate(
        "BreachSteps", "Information des personnes concernées (politique interne)"
    )


def exception_title(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate("BreachSteps", "Exception de l'article 34(3) du RGPD")
    return QCoreApplication.translate("BreachSteps", "Exception à l'information des personnes")


def exception_recorded_text(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps", "Exception de l'article 34(3) du RGPD consignée."
        )
    return QCoreApplication.translate(
        "BreachSteps", "Exception à l'information des personnes consignée."
    )


# ----------------------------------------------------------------------------- 2. nature


class NatureStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(2, "nature", nature_intro(True), parent)
        card = Card()
        self.fields = NatureFields(self)
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        card.body.addLayout(form)
        self.save_button = primary(
            QCoreApplication.translate("BreachSteps", "Enregistrer la nature et l'étendue")
        )
        self.save_button.clicked.connect(self.save)
        card.body.addLayout(_buttons(self.save_button))
        self.column.addWidget(card)
        self.finish()

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        self.intro.setText(nature_intro(Regime.GDPR in breach.regimes))
        if fresh:
            self.fields.set_nature(breach.nature)
        self.fields.set_read_only(not breach.is_open)
        self.save_button.setEnabled(breach.is_open)

    def clear(self) -> None:
        super().clear()
        self.fields.set_nature(None)

    def save(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock, fields = self.register, self.breach, self.clock, self.fields

        def call() -> BreachIncident:
            nature = fields.nature(breach.nature.description)
            return breach_service.update_nature(register, breach, nature, clock=clock)

        if (
            self.run(
                call,
                QCoreApplication.translate("BreachSteps", "Nature et étendue enregistrées."),
                self.fields,
            )
            is not None
        ):
            self.fields.set_nature(self.breach.nature)


# ----------------------------------------------------------------------------- 3. risk

KEEP_COMPUTED = ""


class RiskStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(3, "risk", risk_intro(True), parent)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        factors_card = Card()
        factors_card.body.addWidget(
            label(QCoreApplication.translate("BreachSteps", "Appréciation du DPO"), "subheading")
        )
        self.inputs = label("", "muted", wrap=True)
        factors_card.body.addWidget(self.inputs)
        self.fields = RiskFields(self)
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        factors_card.body.addLayout(form)
        factors_card.body.addStretch(1)
        columns.addWidget(factors_card, 1)

        result_card = Card()
        result_card.body.addWidget(
            label(QCoreApplication.translate("BreachSteps", "Résultat de la méthode"), "subheading")
        )
        level_row = QHBoxLayout()
        self.level_chip = QLabel()
        level_row.addWidget(self.level_chip)
        self.saved_state = label("", "muted")
        level_row.addWidget(self.saved_state)
        level_row.addStretch(1)
        result_card.body.addLayout(level_row)
        self.explanation = label("", "secondary", wrap=True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        result_card.body.addWidget(self.explanation)
        override_form = form_layout()
        self.override_fields = FieldSet(self)
        self.override = self.override_fields.add("override", QComboBox())
        self.justification = self.override_fields.add(
            "risk_justification",
            text_edit(
                QCoreApplication.translate(
                    "BreachSteps", "Pourquoi le niveau calculé ne convient pas à cette violation"
                ),
                3,
            ),
        )
        self.override_fields.add_rows(
            override_form,
            [
                ("override", QCoreApplication.translate("BreachSteps", "Niveau retenu")),
                ("risk_justification", QCoreApplication.translate("BreachSteps", "Justification")),
            ],
        )
        result_card.body.addLayout(override_form)
        self.override_hint = InlineMessage()
        result_card.body.addWidget(self.override_hint)
        self.save_button = primary(
            QCoreApplication.translate("BreachSteps", "Enregistrer l'évaluation")
        )
        self.save_button.clicked.connect(self.save)
        result_card.body.addLayout(_buttons(self.save_button))
        columns.addWidget(result_card, 1)
        self.column.addLayout(columns)

        # Art. 33(1), 33(5): no notification for a risk "unlikely", reasons on record.
        self.decision_card = Card()
        self.decision_card.body.addWidget(
            label(
                QCoreApplication.translate("BreachSteps", "Décision de ne pas notifier l'autorité"),
                "subheading",
            )
        )
        self.decision_text = label("", "value", wrap=True)
        self.decision_card.body.addWidget(self.decision_text)
        self.decision_fields = FieldSet(self)
        self.decision_reasons = self.decision_fields.add(
            "no_notification_reasons",
            text_edit(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Pourquoi la violation n'est pas susceptible d'engendrer un risque "
                    "pour les droits et libertés des personnes",
                ),
                3,
            ),
        )
        self.decision_form = form_layout()
        self.decision_fields.add_rows(
            self.decision_form,
            [("no_notification_reasons", QCoreApplication.translate("BreachSteps", "Motifs *"))],
        )
        self.decision_card.body.addLayout(self.decision_form)
        self.decision_message = InlineMessage()
        self.decision_card.body.addWidget(self.decision_message)
        self.decision_button = QPushButton(
            QCoreApplication.translate("BreachSteps", "Consigner la décision de ne pas notifier")
        )
        self.decision_button.clicked.connect(self.record_decision)
        self.decision_card.body.addLayout(_buttons(self.decision_button))
        self.column.addWidget(self.decision_card)
        self.finish()

        self.fields.edited.connect(self._recompute)
        self.override.currentIndexChanged.connect(self._recompute)
        self.justification.textChanged.connect(self._update_save)
        self.decision_reasons.textChanged.connect(self._update_decision)
        self._computed: RiskLevel | None = None

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        self.intro.setText(risk_intro(Regime.GDPR in breach.regimes))
        nature = breach.nature
        categories = join_labels(
            texts.data_category_label(c) for c in sorted(nature.data_categories)
        )
        self.inputs.setText(
            QCoreApplication.translate(
                "BreachSteps",
                "D'après la nature enregistrée (étape 2) : données « {categories} » ; "
                "mineurs : {minors}.",
            ).format(
                categories=categories
                or QCoreApplication.translate("BreachSteps", "aucune catégorie renseignée"),
                minors=QCoreApplication.translate("BreachSteps", "oui")
                if nature.minors
                else QCoreApplication.translate("BreachSteps", "non"),
            )
        )
        if fresh:
            self.override_fields.quietly(lambda: self._fill(breach))
            self.decision_fields.quietly(lambda: self.decision_reasons.setPlainText(""))
        read_only = not breach.is_open
        self.fields.set_read_only(read_only)
        if not read_only:
            self.fields.limit_to(nature)
        self.override_fields.set_read_only(read_only)
        self._recompute()
        self._show_decision()

    def _fill(self, breach: BreachIncident) -> None:
        risk = breach.risk
        self.fields.set_factors(risk.factors if risk else RiskFactors())
        self.justification.setPlainText(risk.justification if risk else "")
        self._pending_override = risk.override if risk else None

    def clear(self) -> None:
        super().clear()
        self.fields.set_factors(RiskFactors())
        self.override_fields.quietly(lambda: self.justification.setPlainText(""))
        self.decision_fields.quietly(lambda: self.decision_reasons.setPlainText(""))
        self.inputs.clear()
        self.explanation.clear()
        self.level_chip.clear()
        self.saved_state.clear()
        self.decision_text.clear()

    def preview(self):
        """The method's result for what is on screen (no override), or None."""
        if self.breach is None:
            return None
        nature = self.breach.nature
        return assess(self.fields.factors(), nature.data_categories, minors=nature.minors)

    def _recompute(self) -> None:
        result = self.preview()
        if result is None:
            return
        self._computed = result.computed
        chosen = self.override.currentData()
        pending = getattr(self, "_pending_override", None)
        self.override.blockSignals(True)
        self.override.clear()
        self.override.addItem(
            QCoreApplication.translate("BreachSteps", "Niveau calculé : {level}").format(
                level=texts.risk_label(result.computed)
            ),
            KEEP_COMPUTED,
        )
        for level in RiskLevel:
            if level is not result.computed:
                self.override.addItem(
                    QCoreApplication.translate("BreachSteps", "Retenir : {level}").format(
                        level=texts.risk_label(level)
                    ),
                    str(level),
                )
        if pending is not None:
            chosen, self._pending_override = str(pending), None
        index = self.override.findData(chosen) if chosen else 0
        self.override.setCurrentIndex(max(0, index))
        self.override.blockSignals(False)
        level = self.chosen_level() or result.computed
        set_chip(self.level_chip, texts.risk_label(level), texts.RISK_TONES[level])
        self.explanation.setText("\n".join("• " + texts.reason_text(r) for r in result.reasons))
        self.saved_state.setText(self._saved_state_text())
        self._update_save()

    def _saved_state_text(self) -> str:
        stored = self.breach.risk if self.breach else None
        if stored is None:
            return QCoreApplication.translate("BreachSteps", "aperçu, pas encore enregistré")
        same = stored.factors == self.fields.factors() and stored.override == self.chosen_level()
        if not same:
            return QCoreApplication.translate("BreachSteps", "modifié, pas encore enregistré")
        return QCoreApplication.translate("BreachSteps", "enregistré le {when}").format(
            when=texts.format_instant(self.breach.risk_assessed_at, self.zone)
        )

    def chosen_level(self) -> RiskLevel | None:
        value = self.override.currentData()
        return RiskLevel(value) if value else None

    def _update_save(self) -> None:
        if self.breach is not None:
            self.saved_state.setText(self._saved_state_text())
        overriding = self.chosen_level() is not None
        self.justification.setEnabled(overriding and self.editable)
        missing = overriding and not self.justification.toPlainText().strip()
        if missing:
            # The method's result is the default; departing from it is the DPO's call,
            # and the register keeps why (Art. 33(5)).
            self.override_hint.show_message(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Justification requise pour retenir un autre niveau que celui calculé.",
                ),
                "warning",
            )
        else:
            self.override_hint.clear_message()
        self.save_button.setEnabled(self.editable and not missing)

    def save(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        factors, override = self.fields.factors(), self.chosen_level()
        justification = self.justification.toPlainText()

        def call() -> BreachIncident:
            return breach_service.assess_risk(
                register,
                breach,
                factors,
                override=override,
                justification=justification if override else "",
                clock=clock,
            )

        fields = _Combined(self.fields, self.override_fields)
        updated = self.run(
            call,
            QCoreApplication.translate("BreachSteps", "Évaluation du risque enregistrée."),
            fields,
        )
        if updated is not None:
            self.override_fields.quietly(lambda: self._fill(updated))
            self._recompute()
            self._show_decision()

    # -- decision not to notify ---------------------------------------------------------
    def _show_decision(self) -> None:
        breach = self.breach
        if breach is None:
            return
        decision = breach.no_notification
        show = breach.risk_level is RiskLevel.NONE or decision is not None
        self.decision_card.setVisible(show)
        if decision is not None:
            self.decision_text.setText(
                QCoreApplication.translate(
                    "BreachSteps", "Décidée le {when} par {who} : {reasons}"
                ).format(
                    when=texts.format_instant(decision.decided_at, self.zone),
                    who=decision.decided_by,
                    reasons=decision.reasons,
                )
            )
        elif Regime.GDPR not in breach.regimes:
            # Law 09-08 alone: the CNDP policy follows the same threshold, no GDPR word.
            self.decision_text.setText(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le risque retenu est peu probable : selon la politique interne de "
                    "l'organisation, la CNDP peut ne pas être notifiée. La violation reste "
                    "inscrite au registre avec les motifs de cette décision.",
                )
            )
        else:
            self.decision_text.setText(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le risque retenu est peu probable : la violation peut ne pas être "
                    "notifiée. Elle reste inscrite au registre avec les motifs de cette "
                    "décision (RGPD art. 33(5)).",
                )
            )
        editable = decision is None and breach.is_open
        self.decision_form.setRowVisible(
            self.decision_fields.box("no_notification_reasons"), editable
        )
        self.decision_button.setVisible(editable)
        self._update_decision()

    def _update_decision(self) -> None:
        self.decision_button.setEnabled(
            self.editable and bool(self.decision_reasons.toPlainText().strip())
        )

    def record_decision(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        reasons = self.decision_reasons.toPlainText()
        updated = self.run(
            lambda: breach_service.record_no_notification(register, breach, reasons, clock=clock),
            QCoreApplication.translate("BreachSteps", "Décision de ne pas notifier consignée."),
            self.decision_fields,
            self.decision_message,
        )
        if updated is not None:
            self._show_decision()


class _Combined(FieldSet):
    """Several field sets as one, for pointing at the field an error names."""

    def __init__(self, *sets: FieldSet) -> None:
        super().__init__()
        self.sets = sets

    def point_at(self, error: UserError) -> bool:
        return any(s.point_at(error) for s in self.sets)

    def clear_errors(self) -> None:
        for s in self.sets:
            s.clear_errors()


def set_chip(chip: QLabel, text: str, tone: str) -> None:
    chip.setText(text)
    chip.setProperty("chip", tone)
    style.repolish(chip)


# ----------------------------------------------------------------------------- 4. notify


class NotifyStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(4, "notify", notify_intro({Regime.GDPR}), parent)
        # -- the duties ---------------------------------------------------------------
        # One line per notice owed (domain.breaches.notification_duties): the EU
        # authority's (GDPR Art. 33), the CNDP's (internal policy under Law 09-08), the
        # DGSSI's (Law 05-20). Only the lines of this breach's duties are shown.
        duties_card = Card()
        duties_card.body.addWidget(
            label(
                QCoreApplication.translate("BreachSteps", "Obligations de notification"),
                "subheading",
            )
        )
        self.duty_rows: dict[DutyKind, InlineMessage] = {}
        for kind in DutyKind:
            row = InlineMessage()
            row.setObjectName(f"duty_{kind}")
            self.duty_rows[kind] = row
            duties_card.body.addWidget(row)
        self.column.addWidget(duties_card)

        # -- the authority ------------------------------------------------------------
        authority_card = Card()
        authority_card.body.addWidget(
            label(
                QCoreApplication.translate("BreachSteps", "Notifications aux autorités"),
                "subheading",
            )
        )
        self.notifications = item_list()
        authority_card.body.addWidget(self.notifications)
        self.no_notifications = label(
            QCoreApplication.translate("BreachSteps", "Aucune notification enregistrée."), "muted"
        )
        authority_card.body.addWidget(self.no_notifications)
        self.notify_fields = FieldSet(self)
        f = self.notify_fields
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
            text_edit(QCoreApplication.translate("BreachSteps", "Motifs du retard"), 3),
        )
        self.notify_notes = f.add(
            "notes",
            text_edit(
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
        authority_card.body.addLayout(self.notify_form)
        # Which duty the chosen authority's notice meets, if any (a CNDP notice never
        # meets the GDPR's: the CNDP is not a GDPR supervisory authority).
        self.authority_hint = InlineMessage()
        authority_card.body.addWidget(self.authority_hint)
        self.late_message = InlineMessage()
        authority_card.body.addWidget(self.late_message)
        self.notify_message = InlineMessage()
        authority_card.body.addWidget(self.notify_message)
        self.notify_button = primary(
            QCoreApplication.translate("BreachSteps", "Enregistrer la notification")
        )
        self.notify_button.clicked.connect(self.save_notification)
        authority_card.body.addLayout(_buttons(self.notify_button))
        self.column.addWidget(authority_card)
        f.edited.connect(self._update_notification)
        self.authority.currentIndexChanged.connect(self._authority_changed)

        # -- the data subjects --------------------------------------------------------
        # GDPR Art. 34 when the GDPR applies; under Law 09-08 alone, which has no such
        # duty, the organisation's policy. The titles follow the breach (show_breach).
        subjects_card = Card()
        self.subjects_title = label(subjects_title(True), "subheading")
        subjects_card.body.addWidget(self.subjects_title)
        self.subjects_state = InlineMessage()
        subjects_card.body.addWidget(self.subjects_state)
        self.communications = item_list()
        subjects_card.body.addWidget(self.communications)
        self.communicate_fields = FieldSet(self)
        c = self.communicate_fields
        self.told_at = c.add("sent_at", InstantEdit())
        self.told_channel = c.add(
            "channel",
            combo([(str(v), texts.communication_channel_label(v)) for v in CommunicationChannel]),
        )
        self.audience = c.add("audience", QLineEdit())
        self.audience.setPlaceholderText(
            QCoreApplication.translate(
                "BreachSteps", "Qui a été informé : élèves concernés, parents…"
            )
        )
        self.told_notes = c.add(
            "notes",
            text_edit(
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
        subjects_card.body.addLayout(communicate_form)
        self.communicate_message = InlineMessage()
        subjects_card.body.addWidget(self.communicate_message)
        self.communicate_button = QPushButton(
            QCoreApplication.translate("BreachSteps", "Enregistrer la communication")
        )
        self.communicate_button.clicked.connect(self.save_communication)
        subjects_card.body.addLayout(_buttons(self.communicate_button))

        self.exception_title = label(exception_title(True), "subheading")
        subjects_card.body.addWidget(self.exception_title)
        self.exception_state = label("", "secondary", wrap=True)
        subjects_card.body.addWidget(self.exception_state)
        self.exception_fields = FieldSet(self)
        e = self.exception_fields
        self.ground = e.add(
            "art34_exception",
            combo([(str(g), texts.art34_label(g, {Regime.GDPR})) for g in Art34Exception]),
        )
        self.ground.setMaximumWidth(16_777_215)  # the grounds are sentences: full width
        self.exception_justification = e.add(
            "art34_justification",
            text_edit(QCoreApplication.translate("BreachSteps", "Ce qui justifie l'exception"), 2),
        )
        self.exception_form = exception_form = form_layout()
        e.add_rows(
            exception_form,
            [
                ("art34_exception", QCoreApplication.translate("BreachSteps", "Motif")),
                (
                    "art34_justification",
                    QCoreApplication.translate("BreachSteps", "Justification *"),
                ),
            ],
        )
        subjects_card.body.addLayout(exception_form)
        self.exception_message = InlineMessage()
        subjects_card.body.addWidget(self.exception_message)
        self.exception_button = QPushButton(
            QCoreApplication.translate("BreachSteps", "Consigner l'exception")
        )
        self.exception_button.clicked.connect(self.save_exception)
        subjects_card.body.addLayout(_buttons(self.exception_button))
        self.column.addWidget(subjects_card)

        # -- the DGSSI (Law 05-20) ----------------------------------------------------
        dgssi_card = Card()
        dgssi_card.body.addWidget(
            label(
                QCoreApplication.translate(
                    "BreachSteps", "Déclaration à la DGSSI (loi 05-20 sur la cybersécurité)"
                ),
                "subheading",
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
        self.dgssi_fields = FieldSet(self)
        d = self.dgssi_fields
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
        self.dgssi_form = dgssi_form = form_layout()
        d.add_rows(
            dgssi_form,
            [
                (
                    "dgssi_applies",
                    QCoreApplication.translate("BreachSteps", "Déclaration requise ?"),
                ),
                ("dgssi_declared_at", QCoreApplication.translate("BreachSteps", "Déclarée le")),
                ("dgssi_reference", QCoreApplication.translate("BreachSteps", "Référence DGSSI")),
            ],
        )
        dgssi_card.body.addLayout(dgssi_form)
        self.dgssi_message = InlineMessage()
        dgssi_card.body.addWidget(self.dgssi_message)
        self.dgssi_button = QPushButton(
            QCoreApplication.translate("BreachSteps", "Enregistrer la déclaration DGSSI")
        )
        self.dgssi_button.clicked.connect(self.save_dgssi)
        dgssi_card.body.addLayout(_buttons(self.dgssi_button))
        self.column.addWidget(dgssi_card)
        self.dgssi_applies.currentIndexChanged.connect(self._update_dgssi)
        self.finish()

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
        for edit in (
            self.delay_reason,
            self.notify_notes,
            self.told_notes,
            self.exception_justification,
        ):
            edit.clear()
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
        for kind, row in self.duty_rows.items():
            duty = duties.get(kind)
            if duty is None:
                row.clear_message()
                continue
            live = now if breach.is_open else None
            row.show_message(texts.duty_text(duty, self.zone, live), texts.duty_tone(duty, live))

    def _list_notifications(self) -> None:
        self.notifications.clear()
        breach = self.breach
        for sent in breach.notifications if breach else ():
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
            self.notifications.addItem(item)
        has = bool(breach and breach.notifications)
        self.notifications.setVisible(has)
        self.no_notifications.setVisible(not has)

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
        level = breach.risk_level
        exception = breach.art34_exception
        gdpr = Regime.GDPR in breach.regimes
        if level is None:
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le risque n'est pas encore évalué (étape 3) : on ne sait pas "
                    "encore s'il faut informer les personnes.",
                ),
                "info",
            )
        elif breach.communications:
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps", "Les personnes concernées ont été informées."
                ),
                "success",
            )
        elif breach.communication_required and gdpr:
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps",
                    "Risque élevé : les personnes concernées doivent être informées "
                    "dans les meilleurs délais (article 34(1) du RGPD), sauf exception "
                    "de l'article 34(3) du RGPD.",
                ),
                "warning",
            )
        elif breach.communication_required:
            # Law 09-08 alone has no such duty: the policy promises to inform the persons.
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps",
                    "Risque élevé : la politique interne de l'organisation prévoit "
                    "d'informer immédiatement les personnes concernées, sauf exception "
                    "consignée.",
                ),
                "warning",
            )
        elif exception is not None:
            text, tone = exception_recorded_text(gdpr), "success"
        elif gdpr:
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le risque retenu n'est pas élevé : la communication aux "
                    "personnes n'est pas obligatoire.",
                ),
                "info",
            )
        else:
            text, tone = (
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le risque retenu n'est pas élevé : l'information des personnes "
                    "n'est pas exigée pour clôturer la violation.",
                ),
                "info",
            )
        self.subjects_state.show_message(text, tone)
        high = level is RiskLevel.HIGH_RISK
        if exception is not None:
            self.exception_state.setText(
                QCoreApplication.translate(
                    "BreachSteps", "Consignée le {when} : {ground}. {justification}"
                ).format(
                    when=texts.format_instant(exception.decided_at, self.zone),
                    ground=texts.art34_label(exception.ground, breach.regimes),
                    justification=exception.justification,
                )
            )
        elif high:
            self.exception_state.setText(
                QCoreApplication.translate(
                    "BreachSteps", "À consigner seulement si l'une des exceptions s'applique."
                )
            )
        else:
            self.exception_state.setText(
                QCoreApplication.translate("BreachSteps", "Ne se conçoit que pour un risque élevé.")
            )
        # The form only where it can serve: a high risk, no exception yet, still open.
        can_except = high and breach.is_open and exception is None
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
            sent = self.sent_at.instant("sent_at")
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

    def save_notification(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock

        def call() -> BreachIncident:
            notification = AuthorityNotification(
                authority=Authority(self.authority.currentData()),
                phase=NotificationPhase(self.phase.currentData()),
                sent_at=self.sent_at.instant("sent_at"),
                channel=Channel(self.channel.currentData()),
                authority_name=self.authority_name.text(),
                authority_reference=self.authority_reference.text(),
                delay_reason=self.delay_reason.toPlainText(),
                notes=self.notify_notes.toPlainText(),
            )
            return breach_service.add_notification(register, breach, notification, clock=clock)

        updated = self.run(
            call,
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

    def save_communication(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock

        def call() -> BreachIncident:
            told = SubjectCommunication(
                sent_at=self.told_at.instant("sent_at"),
                channel=CommunicationChannel(self.told_channel.currentData()),
                audience=self.audience.text(),
                notes=self.told_notes.toPlainText(),
            )
            return breach_service.record_communication(register, breach, told, clock=clock)

        updated = self.run(
            call,
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
            self.dgssi_declared_at.unknown.setChecked(True)
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


# ----------------------------------------------------------------------------- 5. close


class CloseStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(5, "close", close_intro(True), parent)
        timeline_card = Card()
        timeline_card.body.addWidget(
            label(QCoreApplication.translate("BreachSteps", "Chronologie"), "subheading")
        )
        self.timeline = item_list(120)
        self.timeline.setMaximumHeight(320)
        timeline_card.body.addWidget(self.timeline)
        self.event_fields = FieldSet(self)
        ev = self.event_fields
        self.event_kind = ev.add(
            "kind",
            combo([(str(k), texts.event_label(k)) for k in (EventKind.CONTAINED, EventKind.NOTE)]),
        )
        self.event_at = ev.add("at", InstantEdit())
        self.event_note = ev.add(
            "note", text_edit(QCoreApplication.translate("BreachSteps", "Ce qui s'est passé"), 2)
        )
        event_form = form_layout()
        ev.add_rows(
            event_form,
            [
                ("kind", QCoreApplication.translate("BreachSteps", "Événement")),
                ("at", QCoreApplication.translate("BreachSteps", "Le *")),
                ("note", QCoreApplication.translate("BreachSteps", "Note")),
            ],
        )
        timeline_card.body.addLayout(event_form)
        self.event_message = InlineMessage()
        timeline_card.body.addWidget(self.event_message)
        self.event_button = QPushButton(
            QCoreApplication.translate("BreachSteps", "Ajouter à la chronologie")
        )
        self.event_button.clicked.connect(self.add_event)
        timeline_card.body.addLayout(_buttons(self.event_button))
        self.column.addWidget(timeline_card)

        close_card = Card()
        close_card.body.addWidget(
            label(
                QCoreApplication.translate("BreachSteps", "Mesures correctives et clôture"),
                "subheading",
            )
        )
        self.close_fields = FieldSet(self)
        self.remedial = self.close_fields.add(
            "remedial_actions",
            text_edit(
                QCoreApplication.translate(
                    "BreachSteps", "Les mesures prises pour que la violation ne se reproduise pas"
                ),
                4,
            ),
        )
        close_form = form_layout()
        self.close_fields.add_rows(
            close_form,
            [
                (
                    "remedial_actions",
                    QCoreApplication.translate("BreachSteps", "Mesures correctives *"),
                )
            ],
        )
        close_card.body.addLayout(close_form)
        self.close_hint = label("", "muted", wrap=True)
        close_card.body.addWidget(self.close_hint)
        self.close_message = InlineMessage()
        close_card.body.addWidget(self.close_message)
        self.remedial_button = QPushButton(
            QCoreApplication.translate("BreachSteps", "Enregistrer les mesures")
        )
        self.remedial_button.clicked.connect(self.save_remedial)
        self.close_button = primary(
            QCoreApplication.translate("BreachSteps", "Clôturer la violation")
        )
        self.close_button.setToolTip(
            QCoreApplication.translate(
                "BreachSteps", "Une violation clôturée ne peut plus être modifiée."
            )
        )
        self.close_button.clicked.connect(self.close_breach)
        close_card.body.addLayout(_buttons(self.remedial_button, self.close_button))
        self.column.addWidget(close_card)
        self.finish()
        self.remedial.textChanged.connect(self._update_close)

    def bind(self, register, clock, zone) -> None:
        super().bind(register, clock, zone)
        self.event_at.set_zone(zone)

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        self.intro.setText(close_intro(Regime.GDPR in breach.regimes))
        if fresh:
            self._reset_event()
            self.close_fields.quietly(lambda: self.remedial.setPlainText(breach.remedial_actions))
        self._list_events()
        # A closed record stays open to notes (an acknowledgement), not to new facts.
        self.event_kind.setEnabled(breach.is_open)
        if not breach.is_open:
            select(self.event_kind, EventKind.NOTE)
        self.close_fields.set_read_only(not breach.is_open)
        self._update_close()

    def clear(self) -> None:
        super().clear()
        self.timeline.clear()
        self.event_note.clear()
        self.remedial.clear()
        self.event_message.clear_message()
        self.close_message.clear_message()
        self.close_hint.clear()

    def _list_events(self) -> None:
        self.timeline.clear()
        for event in self.breach.events if self.breach else ():
            head = QCoreApplication.translate("BreachSteps", "{when} — {kind} — {author}").format(
                when=texts.format_instant(event.at, self.zone),
                kind=texts.event_label(event.kind),
                author=event.author,
            )
            self.timeline.addItem(head + (f"\n    {event.note}" if event.note else ""))

    def _reset_event(self) -> None:
        def fill():
            select(self.event_kind, EventKind.CONTAINED)
            self.event_at.set_instant(self.clock.now())
            self.event_note.clear()

        self.event_fields.quietly(fill)

    def _update_close(self) -> None:
        breach = self.breach
        if breach is None:
            return
        if not breach.is_open:
            self.close_hint.setText(
                QCoreApplication.translate("BreachSteps", "Violation clôturée le {when}.").format(
                    when=texts.format_instant(breach.closed_at, self.zone)
                )
            )
            self.close_button.setEnabled(False)
            self.remedial_button.setEnabled(False)
            return
        has_text = bool(self.remedial.toPlainText().strip())
        self.remedial_button.setEnabled(has_text)
        self.close_button.setEnabled(has_text)
        self.close_hint.setText(
            ""
            if has_text
            else QCoreApplication.translate(
                "BreachSteps",
                "La clôture exige les mesures correctives : renseignez le champ "
                "« Mesures correctives ».",
            )
        )
        self.close_hint.setVisible(bool(self.close_hint.text()))

    def add_event(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        kind = EventKind(self.event_kind.currentData())

        def call() -> BreachIncident:
            return breach_service.add_event(
                register,
                breach,
                kind,
                at=self.event_at.instant("at"),
                note=self.event_note.toPlainText(),
                clock=clock,
            )

        if self.run(
            call,
            QCoreApplication.translate("BreachSteps", "Événement ajouté."),
            self.event_fields,
            self.event_message,
        ):
            self._reset_event()

    def save_remedial(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        text = self.remedial.toPlainText()
        self.run(
            lambda: breach_service.record_remedial_actions(register, breach, text, clock=clock),
            QCoreApplication.translate("BreachSteps", "Mesures correctives enregistrées."),
            self.close_fields,
            self.close_message,
        )

    def close_breach(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        text = self.remedial.toPlainText()
        self.run(
            lambda: breach_service.close_breach(
                register, breach, remedial_actions=text, clock=clock
            ),
            QCoreApplication.translate("BreachSteps", "Violation {reference} clôturée.").format(
                reference=breach.reference
            ),
            self.close_fields,
            self.close_message,
        )
