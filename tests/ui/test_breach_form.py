"""The breach form: the new-breach dialog, the five steps, their validation, driven
through the UI on a frozen clock (10 March 2026, 09:30 UTC; Casablanca on UTC+0)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QCheckBox

from dpo_desk.domain.breach_risk import (
    Exposure,
    Identifiability,
    Likelihood,
    RiskFactors,
    RiskLevel,
)
from dpo_desk.domain.breaches import Authority, BreachStatus, DutyKind
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui.breaches.dialogs import NewBreachDialog
from dpo_desk.ui.breaches.model import COUNTDOWN_COLUMN
from dpo_desk.ui.breaches.steps import close as close_step_module
from tests.ui import breaches_fixtures
from tests.ui.breaches_fixtures import BOTH, LAW, LEAK, RISKY, make_breach, notify

section = breaches_fixtures.section


@pytest.fixture(autouse=True)
def close_is_confirmed(monkeypatch):
    """Clôturer asks first (issue 25): the DPO says yes, here; declining is tested in
    test_shortcuts_and_safety.py."""
    monkeypatch.setattr(close_step_module, "confirm_irreversible", lambda *_args: True)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    if isinstance(button, QCheckBox):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Type as the DPO would; QTest types ASCII only, so accents go in as an input
    method would put them."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def set_wall_time(instant_edit, year, month, day, hour, minute) -> None:
    """Type a wall-clock time of the organisation's zone into an instant field."""
    instant_edit.edit.setDateTime(
        QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone.utc())
    )


def open_new(qtbot, section) -> NewBreachDialog:
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = section.new_dialog
    assert isinstance(dialog, NewBreachDialog) and dialog.isVisible()
    return dialog


def open_detail(section, breach, step):
    section.refresh()
    assert section.show_breach(breach.reference)
    detail = section.detail
    detail.show_step(["facts", "nature", "risk", "notify", "close"].index(step))
    return detail, detail.step(step)


# ----------------------------------------------------------------------------- step 1


def test_awareness_before_discovery_is_refused_under_its_field(qtbot, section):
    dialog = open_new(qtbot, section)
    fields = dialog.fields
    type_text(qtbot, fields.title, "Clé USB perdue")
    set_wall_time(fields.discovered_at, 2026, 3, 10, 8, 0)
    set_wall_time(fields.aware_at, 2026, 3, 10, 7, 0)
    # Said as the DPO types, before any save.
    expected = (
        "La prise de connaissance (2026-03-10 07:00 +0000) ne peut pas précéder la "
        "découverte (2026-03-10 08:00 +0000)."
    )
    assert fields.field_error("aware_at") == expected
    assert fields.aware_at.edit.property("invalid") is True
    # And on save: refused, nothing stored, nothing typed lost.
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert fields.field_error("aware_at") == expected
    assert fields.title.text() == "Clé USB perdue"
    assert breach_service.count_breaches(section.register) == 0
    # Correcting the order clears the message.
    set_wall_time(fields.aware_at, 2026, 3, 10, 8, 30)
    assert fields.field_error("aware_at") == ""
    dialog.reject()


def test_discovery_before_start_and_future_instants_are_refused(qtbot, section):
    dialog = open_new(qtbot, section)
    fields = dialog.fields
    click(qtbot, fields.started_at.unknown)  # the start is known after all
    set_wall_time(fields.started_at, 2026, 3, 10, 9, 0)
    set_wall_time(fields.discovered_at, 2026, 3, 10, 8, 0)
    set_wall_time(fields.aware_at, 2026, 3, 10, 8, 0)
    assert "ne peut pas précéder le début" in fields.field_error("discovered_at")
    set_wall_time(fields.started_at, 2026, 3, 9, 9, 0)
    assert fields.field_error("discovered_at") == ""
    set_wall_time(fields.aware_at, 2026, 3, 10, 11, 0)  # now is 09:30
    assert fields.field_error("aware_at") == "L'instant 2026-03-10 11:00 +0000 est dans le futur."
    dialog.reject()


def test_creating_a_breach_starts_the_clock_and_opens_step_2(qtbot, register, section):
    dialog = open_new(qtbot, section)
    fields = dialog.fields
    type_text(qtbot, fields.title, "Clé USB perdue")
    click(qtbot, fields.regimes.boxes["gdpr"])
    set_wall_time(fields.discovered_at, 2026, 3, 10, 6, 0)
    set_wall_time(fields.aware_at, 2026, 3, 10, 7, 30)
    # The deadline is previewed with its basis, in the organisation's zone.
    assert "13/03/2026 07:30 (UTC+00:00)" in dialog.deadline.text()
    assert "légal (RGPD art. 33)" in dialog.deadline.text()
    with qtbot.waitSignal(dialog.recorded):
        click(qtbot, dialog.save_button)
    breach = breach_service.find_breach(register, "VIO-2026-0001")
    assert breach.aware_at == datetime(2026, 3, 10, 7, 30, tzinfo=UTC)
    assert breach.started_at is None
    assert section.model.rowCount() == 1
    assert section.model.data(section.model.index(0, COUNTDOWN_COLUMN)) == "70 h 00 restantes"
    detail = section.detail
    assert section.pages.currentWidget() is detail
    assert detail.current_step == "nature"
    assert detail.clock_label.text() == "70 h 00 restantes"
    assert detail.steps.is_done(0) and not detail.steps.is_done(1)


# ----------------------------------------------------------------------------- steps 2-3


def test_nature_then_risk_tick_their_steps(qtbot, register, frozen_clock, section):
    from dpo_desk.domain.breaches import BreachNature

    breach = make_breach(register, frozen_clock, "Perte", aware_hours_ago=2, nature=BreachNature())
    detail, step = open_detail(section, breach, "nature")
    assert not detail.steps.is_done(1)
    type_text(qtbot, step.fields.subjects_count, "abc")  # the validator refuses letters
    assert step.fields.subjects_count.text() == ""
    click(qtbot, step.fields.availability)
    type_text(qtbot, step.fields.subjects_count, "1200")
    click(qtbot, step.fields.data_categories.boxes["identity"])
    click(qtbot, step.save_button)
    stored = breach_service.get_breach(register, breach.id)
    assert stored.nature.availability and stored.nature.subjects_count == 1200
    assert detail.steps.is_done(1)

    detail.show_step(2)
    risk = detail.step("risk")
    # A loss the nature does not mention cannot be chosen.
    assert not risk.fields.exposures["confidentiality"].isEnabled()
    assert risk.fields.exposures["availability"].isEnabled()
    assert risk.saved_state.text() == "aperçu, pas encore enregistré"
    click(qtbot, risk.save_button)
    assert breach_service.get_breach(register, breach.id).risk is not None
    assert detail.steps.is_done(2)
    assert detail.status_chip.text() == "Risque évalué"


def test_override_needs_a_justification(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Export", aware_hours_ago=2)
    detail, step = open_detail(section, breach, "risk")
    step.fields.set_factors(RiskFactors(confidentiality=Exposure.LIMITED))
    step._recompute()
    computed = step.preview().computed
    other = next(level for level in RiskLevel if level is not computed)
    step.override.setCurrentIndex(step.override.findData(str(other)))
    assert not step.save_button.isEnabled()
    assert "Justification requise" in step.override_hint.text()
    type_text(qtbot, step.justification, "Les destinataires sont des partenaires de confiance.")
    assert step.save_button.isEnabled()
    click(qtbot, step.save_button)
    stored = breach_service.get_breach(register, breach.id)
    assert stored.risk.override is other and stored.risk.computed is computed


def test_no_risk_records_the_decision_not_to_notify(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Courriel interne", aware_hours_ago=2)
    detail, step = open_detail(section, breach, "risk")
    step.fields.set_factors(
        RiskFactors(
            identifiability=Identifiability.NEGLIGIBLE,
            confidentiality=Exposure.LIMITED,
            likelihood=Likelihood.NEGLIGIBLE,
        )
    )
    step._recompute()
    click(qtbot, step.save_button)
    assert breach_service.get_breach(register, breach.id).risk_level is RiskLevel.NONE
    assert step.decision_card.isVisible()
    assert not step.decision_button.isEnabled()  # reasons first
    type_text(qtbot, step.decision_reasons, "Message reçu par un collègue habilité, supprimé.")
    click(qtbot, step.decision_button)
    stored = breach_service.get_breach(register, breach.id)
    assert stored.no_notification is not None
    assert detail.clock_label.text() == "non notifiée (décision)"
    assert detail.steps.is_done(2)


# ----------------------------------------------------------------------------- step 4


def test_a_late_notification_cannot_be_saved_without_a_reason(
    qtbot, register, frozen_clock, section
):
    breach = make_breach(register, frozen_clock, "Tardive", aware_hours_ago=80)
    detail, step = open_detail(section, breach, "notify")
    assert detail.clock_label.text() == "dépassé de 8 h"
    # Sent now: 8 hours after the deadline.
    assert step.late()
    assert not step.notify_button.isEnabled()
    assert step.late_message.isVisible()
    assert "Motifs du retard" in step.late_message.text()
    assert "10/03/2026 01:30" in step.late_message.text()  # the deadline, org zone
    # Going through the service anyway is refused with the domain's message, in place.
    step.save_notification()
    assert "indiquez les motifs du retard" in step.notify_fields.field_error("delay_reason")
    assert breach_service.get_breach(register, breach.id).notifications == ()
    type_text(qtbot, step.delay_reason, "Étendue connue seulement après l'analyse des journaux.")
    assert step.notify_button.isEnabled()
    click(qtbot, step.notify_button)
    stored = breach_service.get_breach(register, breach.id)
    assert len(stored.notifications) == 1 and stored.notifications[0].delay_reason
    assert stored.status is BreachStatus.NOTIFIED
    assert detail.clock_label.text() == "notifiée le 10/03/2026 09:30"
    row = section.model.find_row(breach.id)
    assert section.model.data(section.model.index(row, COUNTDOWN_COLUMN)) == (
        "notifiée le 10/03/2026 09:30"
    )
    # The form is ready for the next phase: a complementary notification needs no reason.
    assert step.phase.currentData() == "complementary"
    assert not step.late()
    assert step.notify_button.isEnabled()


def test_a_notification_in_time_needs_no_reason(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "À temps", aware_hours_ago=10)
    detail, step = open_detail(section, breach, "notify")
    assert not step.late()
    assert not step.late_message.isVisible()
    # Sent half an hour ago: still well within the 72 hours.
    set_wall_time(step.sent_at, 2026, 3, 10, 9, 0)
    assert not step.late()
    click(qtbot, step.notify_button)
    assert breach_service.get_breach(register, breach.id).notified_at == datetime(
        2026, 3, 10, 9, 0, tzinfo=UTC
    )


def test_communication_and_dgssi(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Comm", aware_hours_ago=5)
    breach = breach_service.assess_risk(register, breach, RISKY, clock=frozen_clock)
    breach = notify(register, frozen_clock, breach)
    detail, step = open_detail(section, breach, "notify")
    assert "n'est pas obligatoire" in step.subjects_state.text()
    assert not step.exception_button.isEnabled()  # only for a high risk
    click(qtbot, step.communicate_button)  # no audience yet
    assert "Indiquez à qui" in step.communicate_fields.field_error("audience")
    type_text(qtbot, step.audience, "Les 120 clients concernés")
    click(qtbot, step.communicate_button)
    stored = breach_service.get_breach(register, breach.id)
    assert stored.status is BreachStatus.COMMUNICATED
    step.dgssi_applies.setCurrentIndex(step.dgssi_applies.findData("no"))
    click(qtbot, step.dgssi_button)
    assert breach_service.get_breach(register, breach.id).dgssi.applies is False
    assert detail.steps.is_done(3)


def test_both_regimes_notified_to_the_cndp_only_show_two_duties(
    qtbot, register, frozen_clock, section
):
    breach = make_breach(register, frozen_clock, "Deux régimes", aware_hours_ago=20, regimes=BOTH)
    notify(register, frozen_clock, breach, authority=Authority.CNDP)
    detail, step = open_detail(section, breach, "notify")
    # The GDPR's countdown still runs, and the breach is not "notified".
    assert detail.clock_label.text() == "52 h 00 restantes"
    assert detail.status_chip.text() == "Ouverte"
    assert "Autorité de contrôle de l'UE (CNIL ou autre)" in detail.deadline_label.text()
    assert "CNDP : faite le 10/03/2026 08:30" in detail.duties_label.text()
    eu, cndp, dgssi = (step.duty_rows[k] for k in DutyKind)
    assert eu.isVisible() and eu.tone == "warning"
    assert "article 33 du RGPD" in eu.text()
    assert "à notifier au plus tard le 12/03/2026 13:30 (UTC+00:00) (52 h 00 restantes)" in (
        eu.text()
    )
    assert cndp.isVisible() and cndp.tone == "success"
    assert "politique interne" in cndp.text() and "notifiée le 10/03/2026 08:30" in cndp.text()
    assert "05-20" in dgssi.text() and dgssi.tone == "info"  # not yet decided
    assert "se suit à part" in step.intro.text()
    assert not detail.steps.is_done(3)
    # The form offers the notice still owed: the CNIL's, which meets Art. 33.
    assert step.authority.currentData() == "cnil"
    assert "remplit l'obligation de l'article 33 du RGPD" in step.authority_hint.text()
    click(qtbot, step.notify_button)
    stored = breach_service.get_breach(register, breach.id)
    assert stored.status is BreachStatus.NOTIFIED
    assert detail.clock_label.text() == "notifiée le 10/03/2026 09:30"
    assert step.duty_rows[DutyKind.EU_AUTHORITY].tone == "success"


def test_a_cndp_notice_for_a_gdpr_breach_is_a_courtesy(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "RGPD seul", aware_hours_ago=80)
    detail, step = open_detail(section, breach, "notify")
    assert step.duty_rows[DutyKind.CNDP].isHidden()
    step.authority.setCurrentIndex(step.authority.findData("cndp"))
    assert step.authority_hint.tone == "warning"
    assert "ne remplit pas l'obligation de l'article 33 du RGPD" in step.authority_hint.text()
    assert not step.late()  # it answers no deadline: no reasons asked
    click(qtbot, step.notify_button)
    stored = breach_service.get_breach(register, breach.id)
    assert len(stored.notifications) == 1 and stored.status is BreachStatus.OPEN
    assert detail.clock_label.text() == "dépassé de 8 h"
    assert "ne remplit pas" in step.notifications.item(0).text()


def test_a_law_09_08_breach_speaks_of_policy_never_of_the_gdpr(
    qtbot, register, frozen_clock, section
):
    breach = make_breach(register, frozen_clock, "Loi 09-08", aware_hours_ago=80, regimes=LAW)
    detail, step = open_detail(section, breach, "notify")
    assert step.authority.currentData() == "cndp"
    assert step.late() and step.late_message.isVisible()
    assert "politique interne" in step.late_message.text()
    assert "motifs du retard" in step.late_message.text()
    assert step.duty_rows[DutyKind.EU_AUTHORITY].isHidden()
    shown = [
        detail.deadline_label.text(),
        detail.duties_label.text(),
        step.intro.text(),
        step.authority_hint.text(),
        step.late_message.text(),
        step.delay_reason.placeholderText(),
        step.duty_rows[DutyKind.CNDP].text(),
        detail.step("facts").intro.text(),
        detail.step("facts").deadline.text(),
    ]
    assert "politique interne" in detail.deadline_label.text()
    for text in shown:
        assert "RGPD" not in text and "art. 33" not in text, text
    # The service's refusal, in place, is worded as policy too.
    step.save_notification()
    error = step.notify_fields.field_error("delay_reason")
    assert "politique interne" in error and "RGPD" not in error


GDPR_WORDS = ("RGPD", "GDPR", "art. 3", "article 3")


def _high_risk(register, frozen_clock, regimes):
    breach = make_breach(register, frozen_clock, "Risque élevé", aware_hours_ago=5, regimes=regimes)
    return breach_service.assess_risk(
        register,
        breach,
        RISKY,
        override=RiskLevel.HIGH_RISK,
        justification="Mineurs concernés.",
        clock=frozen_clock,
    )


def _visible_words(detail) -> list[str]:
    """The steps' intros, the persons' card and its exception, as shown."""
    notify_step = detail.step("notify")
    texts = [
        detail.step(key).intro.text() for key in ("facts", "nature", "risk", "notify", "close")
    ]
    texts += [
        notify_step.subjects_title.text(),
        notify_step.exception_title.text(),
        notify_step.subjects_state.text(),
        notify_step.exception_state.text(),
    ]
    texts += [notify_step.ground.itemText(i) for i in range(notify_step.ground.count())]
    return texts


def test_a_law_09_08_breach_tells_the_persons_under_policy_never_article_34(
    qtbot, register, frozen_clock, section
):
    breach = _high_risk(register, frozen_clock, LAW)
    detail, step = open_detail(section, breach, "notify")
    shown = _visible_words(detail)
    assert "politique interne" in step.subjects_title.text()
    assert "immédiatement" in step.subjects_state.text()
    # The refusals, in place: an exception without its justification, a close without
    # informing the persons.
    click(qtbot, step.exception_button)
    shown.append(step.exception_fields.field_error("art34_justification"))
    breach = notify(register, frozen_clock, breach_service.get_breach(register, breach.id))
    close_detail, close_step = open_detail(section, breach, "close")
    type_text(qtbot, close_step.remedial, "Double contrôle des envois.")
    click(qtbot, close_step.close_button)
    shown.append(close_step.close_message.text())
    assert "politique interne" in close_step.close_message.text()
    assert all(shown), shown
    for text in shown:
        assert not any(word in text for word in GDPR_WORDS), text


def test_a_gdpr_breach_cites_article_34_of_the_gdpr(qtbot, register, frozen_clock, section):
    breach = _high_risk(register, frozen_clock, BOTH)
    detail, step = open_detail(section, breach, "notify")
    assert "article 34 du RGPD" in step.subjects_title.text()
    assert "article 34 du RGPD" in detail.step("risk").intro.text()
    assert "article 34(1) du RGPD" in step.subjects_state.text()
    assert step.exception_title.text() == "Exception de l'article 34(3) du RGPD"
    grounds = [step.ground.itemText(i) for i in range(step.ground.count())]
    assert grounds and all(g.endswith("du RGPD") for g in grounds)
    # No bare article anywhere in the steps' words.
    for text in _visible_words(detail):
        assert "(art. 3" not in text and "(art. 34" not in text, text


# ----------------------------------------------------------------------------- step 5


def test_closing_requires_remedial_actions(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "À clore", aware_hours_ago=5, nature=LEAK)
    breach = breach_service.assess_risk(register, breach, RISKY, clock=frozen_clock)
    breach = notify(register, frozen_clock, breach)
    detail, step = open_detail(section, breach, "close")
    assert not step.close_button.isEnabled()
    assert "Mesures correctives" in step.close_hint.text()
    type_text(qtbot, step.remedial, "Chiffrement des exports ; double contrôle des envois.")
    assert step.close_button.isEnabled()
    click(qtbot, step.close_button)
    stored = breach_service.get_breach(register, breach.id)
    assert stored.status is BreachStatus.CLOSED
    assert detail.steps.is_done(4)
    assert not detail.step("facts").save_button.isEnabled()  # a closed record is read-only
    # The timeline shows each event with its author and time, in the org zone.
    lines = [step.timeline.item(i).text() for i in range(step.timeline.count())]
    assert lines[0].startswith("10/03/2026 03:30 — Découverte — ")
    assert any("Clôture" in line for line in lines)


def test_a_refused_close_keeps_the_text_and_says_why(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Pas prête", aware_hours_ago=5)
    detail, step = open_detail(section, breach, "close")
    type_text(qtbot, step.remedial, "Mesures prises.")
    click(qtbot, step.close_button)
    # An open breach, not assessed: the workflow refuses, in the DPO's language.
    assert step.close_message.text() == (
        "Une violation au statut « Ouverte » ne peut pas passer au statut « Clôturée »."
    )
    assert step.remedial.toPlainText() == "Mesures prises."
    assert breach_service.get_breach(register, breach.id).status is BreachStatus.OPEN


def test_contained_event_is_added_to_the_timeline(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Contenue", aware_hours_ago=5)
    detail, step = open_detail(section, breach, "close")
    set_wall_time(step.event_at, 2026, 3, 10, 8, 0)
    type_text(qtbot, step.event_note, "Accès révoqués.")
    click(qtbot, step.event_button)
    lines = [step.timeline.item(i).text() for i in range(step.timeline.count())]
    assert any(line.startswith("10/03/2026 08:00 — Violation contenue") for line in lines)


# ----------------------------------------------------------------------------- letters


def test_letters_from_a_breach_offer_only_breach_kinds_and_close_on_lock(
    qtbot, register, frozen_clock, section
):
    breach = make_breach(register, frozen_clock, "Fuite de test", aware_hours_ago=5)
    detail, _step = open_detail(section, breach, "facts")
    click(qtbot, detail.letter_button)
    dialog = detail.active_dialog
    assert dialog is not None and dialog.isVisible()
    kinds = {dialog.kind.itemData(i) for i in range(dialog.kind.count())}
    assert kinds == {"breach-notification", "breach-communication"}
    section.clear()
    assert not dialog.isVisible() and detail.active_dialog is None
