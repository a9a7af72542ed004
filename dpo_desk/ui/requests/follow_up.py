"""« Suivi »: what has happened to a request (identity, pauses, extension, answer,
refusal, closing), one line each, only once it has happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.ui.requests import texts
from dpo_desk.ui.widgets import Card, label


class FollowUpCard(Card):
    """Its words keep the page's context (``RequestDetail``), where they were written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.body.addWidget(label(QCoreApplication.translate("RequestDetail", "Suivi"), "heading"))
        self.follow = QFormLayout()
        self.follow.setHorizontalSpacing(14)
        self.follow.setVerticalSpacing(8)
        self.follow.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.follow_values: dict[str, QLabel] = {}
        for key, caption in (
            ("identity", QCoreApplication.translate("RequestDetail", "Identité")),
            ("identity_method", QCoreApplication.translate("RequestDetail", "Pièce")),
            ("identity_checked_on", QCoreApplication.translate("RequestDetail", "Vérifiée le")),
            ("pauses", QCoreApplication.translate("RequestDetail", "Suspensions")),
            ("extended_on", QCoreApplication.translate("RequestDetail", "Prorogée le")),
            (
                "extension_reason",
                QCoreApplication.translate("RequestDetail", "Motif de prorogation"),
            ),
            ("answered_on", QCoreApplication.translate("RequestDetail", "Réponse")),
            ("refusal_reason", QCoreApplication.translate("RequestDetail", "Motif du refus")),
            ("closed_on", QCoreApplication.translate("RequestDetail", "Clôturée le")),
        ):
            value = label("", "value", wrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.follow.addRow(label(caption, "secondary"), value)
            self.follow_values[key] = value
        self.body.addLayout(self.follow)

    def show_request(self, request: RightsRequest) -> None:
        values = self.follow_values
        values["identity"].setText(texts.identity_label(request.identity_status))
        values["identity_method"].setText(request.identity_method or "—")
        values["identity_checked_on"].setText(texts.format_date(request.identity_checked_on) or "—")
        pauses = []
        for pause in request.pauses:
            if pause.ended_on is None:
                pauses.append(
                    QCoreApplication.translate("RequestDetail", "depuis le {start}").format(
                        start=texts.format_date(pause.started_on)
                    )
                )
            else:
                pauses.append(
                    QCoreApplication.translate("RequestDetail", "du {start} au {end}").format(
                        start=texts.format_date(pause.started_on),
                        end=texts.format_date(pause.ended_on),
                    )
                )
        values["pauses"].setText("\n".join(pauses) or "—")
        values["extended_on"].setText(texts.format_date(request.extended_on) or "—")
        values["extension_reason"].setText(request.extension_reason or "—")
        if request.answered_on is not None:
            values["answered_on"].setText(
                QCoreApplication.translate("RequestDetail", "le {date}, par {channel}").format(
                    date=texts.format_date(request.answered_on),
                    channel=texts.channel_label(request.answer_channel).lower(),
                )
            )
        else:
            values["answered_on"].setText("—")
        values["refusal_reason"].setText(
            f"{texts.refusal_label(request.refusal_reason)} "
            f"({texts.refusal_citation(request.refusal_reason)})"
            if request.refusal_reason
            else "—"
        )
        values["closed_on"].setText(texts.format_date(request.closed_on) or "—")
        # Only what has happened: a new request shows its identity line, not eight dashes.
        for row, (key, value) in enumerate(values.items()):
            self.follow.setRowVisible(row, key == "identity" or value.text() != "—")

    def clear(self) -> None:
        for value in self.follow_values.values():
            value.clear()
