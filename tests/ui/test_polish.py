"""Polish (issue 25, item 8): countries by name, drop-downs without a dark corner, the
phone placeholder in Arabic, and the welcome screen's demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QVBoxLayout, QWidget

from dpo_desk.services import records as book
from dpo_desk.services import register_file
from dpo_desk.ui import controller as controller_module
from dpo_desk.ui import formatting
from dpo_desk.ui.countries import CountriesEdit, CountryCombo, country_choices, resolve, search
from dpo_desk.ui.unlock_dialog import UnlockDialog
from tests.ui import records_fixtures
from tests.ui.conftest import settle

registers_made = records_fixtures.registers_made


def pick_first_suggestion(qtbot, completer) -> None:
    """What the user does: the list is open under the field, Down then Enter."""
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


# ----------------------------------------------------------------------------- countries


def test_search_ignores_accents_and_case_and_finds_codes():
    choices = country_choices()
    assert search("etats", choices)[0] == ("États-Unis (US)", "US")
    assert search("ÉTATS-u", choices)[0] == ("États-Unis (US)", "US")
    assert search("us", choices)[0] == ("États-Unis (US)", "US")  # its code first
    assert search("maroc", choices) == [("Maroc (MA)", "MA")]
    assert search("  ", choices) == []
    assert resolve("ca") == "CA"
    assert resolve("États-Unis (US)") == resolve("etats-unis") == "US"
    assert resolve("USA") == "USA"  # kept as typed: the domain refuses it by name


def test_names_follow_the_ui_language():
    try:
        formatting.set_ui_language("en")
        assert ("United States (US)", "US") in country_choices()
    finally:
        formatting.set_ui_language("fr")
    assert ("États-Unis (US)", "US") in country_choices()


def test_the_transfer_dialog_offers_countries_by_name_and_saves_the_code(
    qtbot, register, registers_made, frozen_clock
):
    from dpo_desk.ui.records.dialogs import TransferDialog

    accounts = registers_made["accounts"]
    dialog = TransferDialog(register, frozen_clock, activity_id=accounts.id)
    qtbot.addWidget(dialog)
    dialog.show()
    country = dialog.country
    assert isinstance(country, CountryCombo)
    assert country.findData("US") > 0 and country.itemText(country.findData("US")) == (
        "États-Unis (US)"
    )
    assert country.findData("MA") < 0  # a transfer out of Morocco goes elsewhere
    qtbot.keyClicks(country.lineEdit(), "etats")
    assert country.suggestions.model_.stringList()[0] == "États-Unis (US)"
    pick_first_suggestion(qtbot, country.suggestions)
    assert country.currentText() == "États-Unis (US)" and country.code() == "US"
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [t.country for t in book.get_activity(register, accounts.id).transfers] == ["US"]


def test_the_processor_form_takes_countries_by_name_and_names_them_back(qtbot):
    from dpo_desk.ui.records.forms import ProcessorForm

    form = ProcessorForm()
    qtbot.addWidget(form)
    form.show()
    assert isinstance(form.countries, CountriesEdit) and not form.country_names.isVisible()
    qtbot.keyClicks(form.countries, "mt, irl")
    assert form.countries.suggestions.model_.stringList()[0] == "Irlande (IE)"
    pick_first_suggestion(qtbot, form.countries.suggestions)
    assert form.countries.text() == "mt, IE, "
    assert form.country_names.isVisible() and form.country_names.text() == "Malte, Irlande"
    qtbot.keyClicks(form.countries, "Etats-U")
    pick_first_suggestion(qtbot, form.countries.suggestions)
    assert form.details().countries == ("MT", "IE", "US")
    # A saved processor reads back as codes, named under the field.
    form.set_processor(form.details())
    assert form.countries.text() == "MT, IE, US"
    assert form.country_names.text() == "Malte, Irlande, États-Unis"


# ----------------------------------------------------------------------------- look


def _darkest(image, x0: int, y0: int, x1: int, y1: int) -> int:
    return min(QColor(image.pixel(x, y)).lightness() for x in range(x0, x1) for y in range(y0, y1))


@pytest.mark.parametrize("make", [lambda: QComboBox(), lambda: QDateEdit()])
def test_drop_downs_have_no_dark_corner(qtbot, make):
    """Fusion's unstyled drop-down drew a dark bevel in the field's bottom-right corner;
    styled, the corner is light, as the rest of the field's border."""
    host = QWidget()
    qtbot.addWidget(host)
    host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    host.setObjectName("Welcome")
    field = make()
    if isinstance(field, QComboBox):
        field.addItems(["Consentement", "Contrat"])
    field.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus border is darker, and not the point
    QVBoxLayout(host).addWidget(field)
    host.resize(240, 60)
    host.show()
    qtbot.waitExposed(host)
    image = field.grab().toImage()
    w, h = image.width(), image.height()
    # Below and right of the arrow: nothing darker than the field's border (BORDER_STRONG,
    # lightness 206). Fusion's bevel on a combo was 85; its date button's edge, 176.
    assert _darkest(image, w - 22, h - 4, w, h) > 190
    assert _darkest(image, w - 4, 2, w, h - 4) > 190


def test_the_phone_placeholder_keeps_its_order_in_arabic(qapp):
    from dpo_desk.ui.organisation_form import OrganisationFields

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        fields = OrganisationFields()
        assert fields.dpo_phone.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert fields.dpo_email.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# ----------------------------------------------------------------------------- demo


def test_the_welcome_screen_builds_and_opens_the_demo(qtbot, controller, monkeypatch, tmp_path):
    demo = tmp_path / "data" / "demo.dpodesk"
    monkeypatch.setattr(controller_module, "demo_path", lambda: demo)
    welcome = controller.show_welcome()
    qtbot.addWidget(welcome)
    assert welcome.demo_button.text() == "Essayer la démo"
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert demo.is_file()  # built on first use, as `dpo-desk demo` does
    dialog = controller.active_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert controller_module.DEMO_PASSPHRASE in dialog.form.message.text()
    qtbot.keyClicks(dialog.form.passphrase, controller_module.DEMO_PASSPHRASE)
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    qtbot.addWidget(window)
    settle(qtbot, window)
    assert window.path == demo.absolute()
    organisation = register_file.load_organisation(window.register)
    assert organisation is not None and organisation.name  # the demo's, filled in
    window.close()
    # A second visit opens the same file: nothing is rebuilt over it.
    built = demo.stat().st_mtime_ns
    welcome = controller.show_welcome()
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert isinstance(controller.active_dialog, UnlockDialog)
    assert demo.stat().st_mtime_ns == built
    controller.active_dialog.reject()


# ------------------------------------------------------------------------- stale messages


def test_a_success_message_clears_itself_and_an_error_stays(qtbot, monkeypatch):
    from dpo_desk.ui import widgets

    monkeypatch.setattr(widgets, "SUCCESS_SHOWN_MS", 50)
    message = widgets.InlineMessage()
    qtbot.addWidget(message)
    message.show_message("Demande enregistrée.", "success")
    assert message.text() == "Demande enregistrée." and not message.isHidden()
    qtbot.waitUntil(lambda: message.text() == "", timeout=2000)
    assert message.isHidden()

    message.show_message("La date est invalide.", "error")
    # An error replaces a success before it expires: the timer must not clear the error.
    message.show_message("Enregistré.", "success")
    message.show_message("La date est invalide.", "error")
    with pytest.raises(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: message.text() == "", timeout=300)
    assert message.text() == "La date est invalide." and message.tone == "error"


# ------------------------------------------------------------------- sector-neutral examples


def test_example_texts_fit_any_sector():
    """The forms' examples spoke of pupils and parents: a bank or a clinic saw a school."""
    from pathlib import Path

    import dpo_desk.ui

    school_words = ("élève", "parents…", "parents d", "l'école", "inscriptions")
    found = []
    for path in Path(dpo_desk.ui.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {word}" for word in school_words if word in text]
    assert found == []


# ------------------------------------------------------------------- Qt's own strings


@pytest.mark.parametrize(
    ("language", "look_in", "cancel"),
    [("fr", "&Voir dans\xa0:", "Annuler"), ("ar", "ا&عثر في:", "ألغِ")],
)
def test_qt_own_dialogs_speak_the_chosen_language(qapp, language, look_in, cancel):
    """The file dialog said "Look in:" in a French session: Qt's catalogue (qtbase) is
    loaded with ours, so its dialogs and standard buttons follow the chosen language."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    from dpo_desk.ui import i18n
    from tests.ui.conftest import remove_translators

    try:
        assert i18n.install_translators(qapp, language) == language
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        dialog = QFileDialog(None)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert look_in in texts
        assert not [text for text in texts if "Look in" in text or "Files of" in text]
        dialog.deleteLater()
    finally:
        remove_translators(qapp)
        i18n.install_translators(qapp, "fr")
        remove_translators(qapp)
