"""« Notice d'information… » (issue 23; Law 09-08 art. 5, GDPR Arts. 13-14): the dialog
renders the register's notice in the chosen language and format and writes it where the
user says, owner-only; a cancelled save writes nothing; the list's button opens it."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtWidgets import QFileDialog

from dpo_desk.services import records as book
from dpo_desk.ui.records.notice_dialog import NoticeDialog
from tests.ui import records_fixtures
from tests.ui.records_fixtures import activity

processing = records_fixtures.processing


@pytest.fixture
def with_activity(register, frozen_clock):
    return book.save_activity(register, activity("Gestion de la paie"), clock=frozen_clock)


@pytest.fixture
def dialog(qtbot, register, with_activity):
    widget = NoticeDialog(register)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers with a path of the test's choosing; the asks are kept."""
    asked: list[tuple[str, str]] = []
    answer = {"path": str(tmp_path / "notice.html")}

    def fake(_parent, _title, start, filters):
        asked.append((start, filters))
        return answer["path"], filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return answer, asked


def choose(dialog: NoticeDialog, language: str, fmt: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))


def test_the_html_notice_names_the_organisation(qtbot, dialog, save_to, tmp_path):
    answer, asked = save_to
    choose(dialog, "fr", "html")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    path = saved.args[0]
    assert path == tmp_path / "notice.html"
    assert asked[0][0].endswith("notice-information-fr.html")
    content = path.read_text(encoding="utf-8")
    assert "Najhine SARL" in content  # the conftest organisation, the controller
    assert "Gestion de la paie" in content
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the one plaintext copy: owner-only
    assert dialog.message.tone == "success"
    assert dialog.isVisible()  # stays open: the other languages in turn
    # No retention and no receipt yet: the notice said so in words; the DPO is told.
    assert "Gestion de la paie" in dialog.gaps.toPlainText()


def test_the_arabic_notice_is_right_to_left(qtbot, dialog, save_to, tmp_path):
    answer, _asked = save_to
    answer["path"] = str(tmp_path / "notice-ar")  # no suffix: the format's is added
    choose(dialog, "ar", "html")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0] == tmp_path / "notice-ar.html"
    assert 'dir="rtl"' in saved.args[0].read_text(encoding="utf-8")


def test_a_pdf_notice(qtbot, dialog, save_to, tmp_path):
    answer, asked = save_to
    answer["path"] = str(tmp_path / "notice.pdf")
    choose(dialog, "en", "pdf")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0].read_bytes().startswith(b"%PDF")
    assert "*.pdf" in asked[0][1]


def test_a_cancelled_save_writes_nothing_and_keeps_the_dialog(dialog, save_to, tmp_path):
    answer, asked = save_to
    answer["path"] = ""
    before = set(tmp_path.iterdir())  # the register's own files
    with_saves: list[object] = []
    dialog.saved.connect(with_saves.append)
    dialog.save_button.click()
    assert asked  # the user was asked
    assert with_saves == []
    assert set(tmp_path.iterdir()) == before
    assert not dialog.message.isVisibleTo(dialog)
    assert dialog.isVisible()


def test_a_refusal_shows_in_the_dialog_and_asks_for_no_file(monkeypatch, dialog, save_to):
    from dpo_desk.domain.errors import ValidationError
    from dpo_desk.services import notice

    def refuse(*_args, **_kwargs):
        raise ValidationError(notice.ERR_NO_ORGANISATION)

    monkeypatch.setattr(notice, "produce", refuse)
    _answer, asked = save_to
    dialog.save_button.click()
    assert asked == []
    assert dialog.gaps.toPlainText() == ""
    assert dialog.message.tone == "error"
    assert "Paramètres" in dialog.message.text()
    assert dialog.isVisible()


def test_an_added_suffix_never_replaces_a_file_unasked(dialog, save_to, tmp_path):
    answer, _asked = save_to
    answer["path"] = str(tmp_path / "notice")
    (tmp_path / "notice.html").write_text("the DPO's own page", encoding="utf-8")
    choose(dialog, "fr", "html")
    dialog.save_button.click()
    assert (tmp_path / "notice.html").read_text(encoding="utf-8") == "the DPO's own page"
    assert dialog.message.tone == "error"
    assert "notice.html" in dialog.message.text()


def test_the_list_button_opens_it_and_the_lock_closes_it(qtbot, with_activity, processing):
    assert processing.notice_button.isVisibleTo(processing)
    processing.notice_button.click()
    opened = processing.active_dialog
    assert isinstance(opened, NoticeDialog)
    qtbot.waitExposed(opened)
    with qtbot.waitSignal(opened.finished):
        processing.clear()  # the lock
    assert processing.active_dialog is None
