"""First run, end to end: create a register, land in the main window, lock, unlock."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpo_desk.services.preferences import Preferences
from dpo_desk.services.register_file import load_organisation
from dpo_desk.ui.create_dialog import CreateRegisterDialog
from dpo_desk.ui.main_window import SECTION_KEY_ROLE
from dpo_desk.ui.unlock_dialog import UnlockDialog
from dpo_desk.ui.welcome import WelcomeWindow
from tests.conftest import TEST_PASSPHRASE
from tests.ui.conftest import create_through_welcome, fill_create_dialog, remove_translators

SECTION_TITLES = [
    "Tableau de bord",
    "Demandes",
    "Violations",
    "Traitements",
    "Sous-traitants",
    "Journal",
    "Paramètres",
]


def test_first_run_create_lock_and_unlock(qtbot, controller, save_path):
    controller.start(None)
    assert controller.welcome is not None and controller.welcome.isVisible()

    window = create_through_welcome(qtbot, controller)

    # The file exists, is encrypted, and is the one in the window.
    assert save_path.is_file()
    assert save_path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert window.windowTitle() == "DPO Desk — registre.dpodesk"
    assert not controller.welcome.isVisible()
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == SECTION_TITLES
    # Only the dashboard is built at unlock; each other section on its first visit.
    assert [s.key for s in window.built_sections()] == ["dashboard"]
    keys = [nav.item(i).data(SECTION_KEY_ROLE) for i in range(nav.count())]
    assert [window.section(key).title() for key in keys] == SECTION_TITLES
    assert len({nav.item(i).data(SECTION_KEY_ROLE) for i in range(nav.count())}) == 7
    assert window.lock_status.text.text() == "Déverrouillé"
    assert window.file_status.text() == "registre.dpodesk"
    settings = window.section("settings")
    assert settings.fields.name.text() == "Najhine SARL"
    assert window.organisation_label.full_text() == "Najhine SARL"
    # Preferences remember the file for next time.
    assert Preferences.load().last_path == save_path
    # Navigation switches the stacked page.
    nav.setCurrentRow(6)
    assert window.stack.currentWidget() is settings

    # -- lock with Ctrl+L ------------------------------------------------------------
    register = window.register
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert not register.is_open
    assert all(section.register is None for section in window.sections)
    assert all(widget.text() == "" for widget in settings.fields.widgets().values())
    assert settings.uuid_value.text() == ""
    assert window.organisation_label.full_text() == ""
    assert window.pages.currentWidget() is window.lock_page
    assert window.lock_status.text.text() == "Verrouillé"
    assert window.lock_form.passphrase.text() == ""

    # -- wrong passphrase: inline error, still locked, field selected for retyping ---------
    form = window.lock_form
    qtbot.keyClicks(form.passphrase, "not the passphrase at all")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert window.is_locked
    assert form.message.isVisible()
    assert "Phrase secrète incorrecte pour registre.dpodesk" in form.message.text()
    assert form.passphrase.selectedText() == "not the passphrase at all"
    assert window.pages.currentWidget() is window.lock_page

    # -- right passphrase: unlocked, sections filled again -----------------------------
    form.passphrase.clear()
    qtbot.keyClicks(form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    assert window.register is not register and window.register.is_open
    assert all(section.register is window.register for section in window.sections)
    assert settings.fields.name.text() == "Najhine SARL"
    assert settings.uuid_value.text() == window.register.register_uuid
    assert form.passphrase.text() == ""  # not left in the hidden lock form
    assert window.pages.currentWidget() is window.workspace
    assert window.lock_status.text.text() == "Déverrouillé"


def test_create_dialog_keeps_input_on_errors(qtbot, controller, save_path):
    controller.new_register()
    dialog = controller.active_dialog
    assert isinstance(dialog, CreateRegisterDialog)
    qtbot.addWidget(dialog)

    # Missing name: said in place, the name field outlined, nothing created.
    fill_create_dialog(qtbot, dialog, name="")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Le nom de l'organisation est obligatoire."
    assert dialog.fields.name.property("invalid") is True
    assert not save_path.exists()

    # Mismatched confirmation: the live message, then the inline refusal.
    qtbot.keyClicks(dialog.fields.name, "Najhine SARL")
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.confirmation, TEST_PASSPHRASE + "!")
    assert dialog.match_label.text() == "Les deux saisies diffèrent."
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "diffèrent" in dialog.message.text()
    assert not save_path.exists()

    # Too short: refused before any file is chosen.
    dialog.passphrase.clear()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.passphrase, "court")
    qtbot.keyClicks(dialog.confirmation, "court")
    assert dialog.strength_label.text().startswith("Trop courte")
    assert dialog.meter.score == 0
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "La phrase secrète doit compter au moins 12 caractères."

    # The file already exists: the typed error, inline, with everything still typed.
    save_path.write_bytes(b"someone else's file")
    dialog.passphrase.clear()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.passphrase, TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.confirmation, TEST_PASSPHRASE)
    assert dialog.meter.score >= 3
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "existe déjà" in dialog.message.text()
    assert dialog.fields.name.text() == "Najhine SARL"
    assert dialog.fields.dpo_email.text() == "dpo@najhine.ma"
    assert dialog.passphrase.text() == TEST_PASSPHRASE
    assert save_path.read_bytes() == b"someone else's file"
    assert controller.windows == []


def test_invalid_email_is_pointed_at(qtbot, controller, save_path):
    controller.new_register()
    dialog = controller.active_dialog
    qtbot.addWidget(dialog)
    fill_create_dialog(qtbot, dialog, email="dpo.najhine.ma")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "L'adresse e-mail du DPO n'a pas une forme valide."
    assert dialog.fields.dpo_email.property("invalid") is True
    assert not save_path.exists()


def test_cancelled_start_up_dialog_offers_the_welcome_window(qtbot, controller, register):
    prefs = controller.prefs
    prefs.touch(register.path, register.register_uuid)
    register.close()
    controller.start(None)  # the last file exists: its unlock dialog, not the welcome
    dialog = controller.active_dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    assert controller.welcome is None
    dialog.reject()
    assert controller.welcome is not None and controller.welcome.isVisible()
    qtbot.addWidget(controller.welcome)


def test_closing_the_last_window_quits(qtbot, controller, save_path, quits):
    window = create_through_welcome(qtbot, controller)
    claim = window.claim
    register = window.register
    window.close()
    assert quits == [True]
    assert not register.is_open
    assert not claim.held
    assert controller.windows == []


def test_file_close_returns_to_the_welcome_window(qtbot, controller, save_path, quits):
    window = create_through_welcome(qtbot, controller)
    window.close_action.trigger()
    assert quits == []
    assert controller.welcome.isVisible()
    # and the new file is listed among the recent ones
    assert controller.welcome.recent.count() == 1


def test_app_module_loads_no_qt():
    code = "import sys, dpo_desk.app; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _run_main(monkeypatch, argv):
    """main() up to exec(); returns the code and the windows visible at that point."""
    from dpo_desk import app as app_module

    seen = []

    def fake_exec():
        seen.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        for widget in seen:
            widget.close()
        return 7

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        return app_module.main(argv), seen
    finally:
        # main() installed the UI language's catalogues: later tests read the source text.
        remove_translators(QApplication.instance())


def test_main_shows_welcome_on_first_run(qtbot, monkeypatch):
    code, seen = _run_main(monkeypatch, [])
    assert code == 7
    assert any(isinstance(w, WelcomeWindow) for w in seen)
    assert QApplication.applicationName() == "DPO Desk"
    assert QApplication.organizationName() == "DPO Desk"


def test_main_reopens_the_last_file(qtbot, monkeypatch, register):
    prefs = Preferences.load()
    prefs.touch(register.path, register.register_uuid)
    prefs.save()
    register.close()
    code, seen = _run_main(monkeypatch, [])
    dialogs = [w for w in seen if isinstance(w, UnlockDialog)]
    assert code == 7 and len(dialogs) == 1
    assert dialogs[0].form.claim.path == register.path
    assert not any(isinstance(w, WelcomeWindow) for w in seen)


def test_main_opens_the_path_argument(qtbot, monkeypatch, register, tmp_path):
    register.close()
    code, seen = _run_main(monkeypatch, [str(register.path)])
    dialogs = [w for w in seen if isinstance(w, UnlockDialog)]
    assert len(dialogs) == 1 and dialogs[0].form.file_name.text() == "registre.dpodesk"


def test_settings_saves_the_organisation(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    settings = window.section("settings")
    window.show_section("settings")
    assert not settings.save_button.isEnabled()  # nothing changed yet
    settings.fields.dpo_email.clear()
    qtbot.keyClicks(settings.fields.dpo_email, "pas-une-adresse")
    assert settings.save_button.isEnabled()
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert settings.message.tone == "error"
    assert settings.fields.dpo_email.property("invalid") is True
    assert load_organisation(window.register).dpo_email == "dpo@najhine.ma"

    settings.fields.dpo_email.clear()
    qtbot.keyClicks(settings.fields.dpo_email, "protection@najhine.ma")
    settings.fields.name.clear()
    qtbot.keyClicks(settings.fields.name, "Najhine Groupe")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert settings.message.tone == "success"
    saved = load_organisation(window.register)
    assert (saved.name, saved.dpo_email) == ("Najhine Groupe", "protection@najhine.ma")
    assert window.organisation_label.full_text() == "Najhine Groupe"
    assert not settings.save_button.isEnabled()
