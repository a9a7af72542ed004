"""Aide ▸ À propos: version, and each component's licence with its text."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent

from dpo_desk import __version__
from dpo_desk.domain.zones import tzdata_version
from dpo_desk.third_party import COMPONENTS
from dpo_desk.ui.about_dialog import AboutDialog


def test_about_lists_every_component_and_shows_the_selected_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.title.text() and "DPO Desk" in dialog.title.text()
    # The zone data every time is shown with: the pinned package's IANA release.
    assert f"IANA \u2066{tzdata_version()}\u2069" in dialog.zone_data.text()
    assert dialog.table.rowCount() == len(COMPONENTS)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Qt 6 / PySide6" in names and "SQLCipher" in names and "Amiri" in names

    dialog.table.setCurrentCell(names.index("Qt 6 / PySide6"), 0)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.table.setCurrentCell(names.index("Amiri"), 0)
    assert "SIL OPEN FONT LICENSE" in dialog.licence_text.toPlainText().upper()
    dialog.table.setCurrentCell(names.index("SQLCipher"), 0)
    assert "ZETETIC LLC" in dialog.licence_text.toPlainText()
    for row in range(dialog.table.rowCount()):  # every row has a text to show
        dialog.table.setCurrentCell(row, 0)
        assert len(dialog.licence_text.toPlainText()) > 500, names[row]


def test_a_file_opened_from_the_finder_is_opened_by_the_controller(
    controller, monkeypatch, tmp_path
):
    opened = []
    monkeypatch.setattr(controller, "open_path", opened.append)
    target = tmp_path / "registre.dpodesk"
    event = QFileOpenEvent(str(target))
    assert event.type() == QEvent.Type.FileOpen
    assert controller.eventFilter(controller, event) is True
    assert opened == [target]


def test_in_arabic_the_name_and_runtime_lines_read_right_to_left(qtbot, qapp):
    from PySide6.QtCore import Qt

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        # A leading RLM makes the paragraph right-to-left, so it sits on the right.
        assert dialog.title.text().startswith("\u200f")
        assert dialog.runtime.text().startswith("\u200f")
        assert dialog.zone_data.text().startswith("\u200f")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.title.text().startswith("DPO Desk")
