"""The deadline of a request: the due date and its countdown, what it rests on, and, on
demand, why: every right under every regime with its own date, the nearest winning."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from dpo_desk.domain.calendar import holiday_language
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.deadlines import Deadline
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.formatting import join_labels
from dpo_desk.ui.i18n import current_language, error_text
from dpo_desk.ui.requests import texts
from dpo_desk.ui.widgets import Card, InlineMessage, label


class DeadlineCard(Card):
    """The first card of a request's page. Its words keep the page's context
    (``RequestDetail``): they were written there, and the catalogues know them so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.request: RightsRequest | None = None
        self.clock: Clock | None = None

        self.deadline = label("", "deadline", wrap=True)
        self.body.addWidget(self.deadline)
        basis_row = QHBoxLayout()
        basis_row.setSpacing(8)
        self.basis = label("", "secondary", wrap=True)
        basis_row.addWidget(self.basis, 1)
        self.why_button = QPushButton(
            QCoreApplication.translate("RequestDetail", "Pourquoi cette date ?")
        )
        style.set_role(self.why_button, "link")
        self.why_button.setCheckable(True)
        self.why_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.why_button.toggled.connect(self._toggle_why)
        basis_row.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(basis_row)
        # A right the request's regime does not provide (portability under Law 09-08):
        # said next to the date, not only in the explanation.
        self.regime_note = InlineMessage()
        self.body.addWidget(self.regime_note)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.hide()
        self.body.addWidget(self.why)

    def show_request(
        self,
        register: Register | None,
        request: RightsRequest,
        today: date | None,
        clock: Clock | None,
    ) -> None:
        self.register, self.request, self.clock = register, request, clock
        due = texts.format_date(request.due_on)
        if request.is_open and today is not None:
            text = QCoreApplication.translate(
                "RequestDetail", "Échéance le {date} — {countdown}"
            ).format(date=due, countdown=texts.countdown_long(request.due_on, today))
            urgency = texts.urgency(request.due_on, today)
        else:
            text = QCoreApplication.translate("RequestDetail", "Échéance le {date}").format(
                date=due
            )
            urgency = ""
        self.deadline.setText(text)
        self.deadline.setProperty("urgency", urgency)
        style.repolish(self.deadline)
        if request.due_basis == "law":
            basis = QCoreApplication.translate(
                "RequestDetail", "Fondement : {citation} (délai légal) — {rule}"
            )
        else:
            # The policy's own label already says the organisation set it.
            basis = QCoreApplication.translate("RequestDetail", "Fondement : {citation} — {rule}")
        self.basis.setText(
            basis.format(
                citation=texts.citation(request.due_rule), rule=texts.rule_label(request.due_rule)
            )
        )
        portability_09_08 = (
            Regime.LAW_09_08 in request.regimes and Right.PORTABILITY in request.rights
        )
        if portability_09_08 and Regime.GDPR in request.regimes:
            self.regime_note.show_message(
                QCoreApplication.translate(
                    "RequestDetail",
                    "La portabilité n'est pas un droit prévu par la loi 09-08 : elle n'est due "
                    "qu'au titre du RGPD.",
                ),
                "info",
            )
        elif portability_09_08:
            self.regime_note.show_message(
                QCoreApplication.translate(
                    "RequestDetail",
                    "La portabilité n'est pas un droit prévu par la loi 09-08 : réponse dans le "
                    "délai de politique interne.",
                ),
                "info",
            )
        else:
            self.regime_note.clear_message()
        if self.why_button.isChecked():
            self._fill_why()

    def _toggle_why(self, shown: bool) -> None:
        if shown:
            self._fill_why()
        self.why.setVisible(shown)
        self.why_button.setText(
            QCoreApplication.translate("RequestDetail", "Masquer l'explication")
            if shown
            else QCoreApplication.translate("RequestDetail", "Pourquoi cette date ?")
        )

    def _fill_why(self) -> None:
        if self.register is None or self.request is None:
            self.why.clear()
            return
        try:
            candidates = request_service.explain_deadline(
                self.register,
                self.request,
                clock=self.clock,
                # Holiday names in the language the DPO reads.
                language=holiday_language(current_language()),
            )
        except UserError as error:
            self.why.setText(_escape(error_text(error)))
            return
        items = [self._candidate_item(i, c) for i, c in enumerate(candidates)]
        intro = QCoreApplication.translate(
            "RequestDetail",
            "Chaque droit, sous chaque régime, a son délai ; la date la plus proche l'emporte.",
        )
        self.why.setText(
            f"<p>{_escape(intro)}</p><ul style='margin-left:-20px'>{''.join(items)}</ul>"
        )

    def _candidate_item(self, index: int, candidate: Deadline) -> str:
        """One right under one regime: its date, the rule, the days rolled over and
        off, the notes, and the readings not applied (the first one is retained)."""
        head = QCoreApplication.translate("RequestDetail", "{regime}, {right} : {date}").format(
            regime=texts.regime_label(candidate.regime),
            right=texts.right_label(candidate.right) if candidate.right else "",
            date=texts.format_date(candidate.due),
        )
        detail = [
            f"{texts.citation(candidate.rule)} — {texts.rule_label(candidate.rule)}",
        ]
        if candidate.rolled:
            detail.append(
                QCoreApplication.translate(
                    "RequestDetail",
                    "Le {date} n'est pas un jour ouvré : reporté au jour ouvré suivant.",
                ).format(date=texts.format_date(candidate.raw_end))
            )
        if candidate.days_off:
            detail.append(
                QCoreApplication.translate("RequestDetail", "Jours chômés passés : {days}.").format(
                    days=join_labels(texts.holiday_text(h) for h in candidate.days_off)
                )
            )
        detail += [texts.deadline_note(note) for note in candidate.notes]
        mark = QCoreApplication.translate("RequestDetail", " — retenue") if index == 0 else ""
        # The date under the readings not applied, where it differs from this one.
        others = [
            texts.deadline_note(alt.note)
            for alt in candidate.alternatives
            if alt.due != candidate.due
        ]
        others_html = (
            "<ul style='margin-left:-20px'>"
            + "".join(
                # Set apart by colour, not italics: the fonts shipped for Arabic have
                # no oblique face, and Qt drew an italic Arabic line as empty boxes.
                f"<li><span style='color:{style.WARNING}'>"
                f"{_escape(texts.in_ui_direction(line))}</span></li>"
                for line in others
            )
            + "</ul>"
            if others
            else ""
        )
        # Each item in the interface's direction, whatever its first word's script
        # ("RGPD, …" opened a left-to-right item in the Arabic interface).
        return (
            f"<li><b>{_escape(texts.in_ui_direction(head))}</b>{_escape(mark)}<br>"
            + "<br>".join(_escape(line) for line in detail)
            + others_html
            + "</li>"
        )

    def clear(self) -> None:
        self.register = None
        self.request = None
        self.clock = None
        self.deadline.clear()
        self.basis.clear()
        self.why.clear()
        self.why_button.setChecked(False)
        self.regime_note.clear_message()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
