"""Every screen whole (issue 25): at 1280×720 and at the window's default size, in French,
Arabic (right to left) and English, no text is cut, no page scrolls sideways, no widget is
drawn over another, and no dialog is larger than the screen.

The walk (tests/ui/layout_walk.py, shared with scripts/screenshots.py) opens a window on
the demo register `dpo-desk demo` builds and shows each section, each case page (a
request, every step of a breach, an activity, a processor) and the main dialogs. One run
lists every offence, with the page it is on.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tests.ui import layout_walk
from tests.ui.conftest import remove_translators, settle

DEFAULT_SIZE = (1180, 760)  # MainWindow's resize() at start (dpo_desk/ui/main_window.py)


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.dpodesk"
    layout_walk.build_demo_register(path)
    return path


@pytest.fixture
def language(request, qapp):
    """The language installed as start-up installs it; afterwards, the state the other
    tests expect back: no catalogue, left to right, French dates and numbers (the
    language is also kept by dpo_desk.ui.i18n and formatting, which texts read)."""
    from PySide6.QtCore import QLocale

    from dpo_desk.ui import formatting, i18n

    before = (i18n._current_language, formatting._ui_locale_name, QLocale(), qapp.layoutDirection())
    layout_walk.use_language(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    i18n._current_language, formatting._ui_locale_name, locale, direction = before
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def walk_offences(qtbot, demo_path, language, size, *, dialogs) -> tuple[list[str], list[str]]:
    window = layout_walk.open_window(demo_path, size, wait_idle=lambda w: settle(qtbot, w))
    qtbot.addWidget(window)
    expected_direction = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert window.layoutDirection() == expected_direction
    found, seen = [], []
    try:
        for scene in layout_walk.walk(window, dialogs=dialogs, tmp=demo_path.parent):
            seen.append(scene.name)
            prefix = f"{language} {size[0]}×{size[1]} "
            found.extend(str(offence) for offence in scene.offences(prefix))
    finally:
        layout_walk.close_window(window)
    return found, seen


@pytest.mark.parametrize("language", layout_walk.LANGUAGES, indirect=True)
def test_every_screen_fits_at_1280x720_and_at_the_default_size(qtbot, demo_path, language):
    found, seen = walk_offences(qtbot, demo_path, language, (1280, 720), dialogs=True)
    more, _ = walk_offences(qtbot, demo_path, language, DEFAULT_SIZE, dialogs=False)
    found += more
    # The walk went everywhere it should: every section, the case pages, the dialogs.
    for name in (
        "dashboard",
        "requests",
        "requests-detail",
        "breaches-step-2-nature",
        "breaches-step-5-close",
        "processing-detail",
        "processors-detail",
        "journal",
        "settings",
        "requests-new",
        "breaches-new",
        "processing-new",
        "processors-new",
        "requests-letter",
        "processing-notice",
        "processing-filing",
        "requests-export",
        "requests-import",
        "settings-rekey",
        "create-register-error",
    ):
        assert name in seen, f"the walk did not show {name}"
    assert not found, f"{len(found)} layout problems:\n" + "\n".join(found)


# -- the checks themselves fail where they should ---------------------------------------------
def test_the_checks_find_cut_text_sideways_scrolling_and_overlap(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    cut = QPushButton("Enregistrer la nature et l'étendue")
    cut.setFixedWidth(60)
    column.addWidget(cut)
    wrapped = QLabel("Un long texte qui doit passer à la ligne plusieurs fois " * 4)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 16)
    column.addWidget(wrapped)
    area = QScrollArea()
    wide = QWidget()
    wide.setMinimumWidth(2000)
    area.setWidget(wide)
    column.addWidget(area)
    first, second = QPushButton("A"), QPushButton("B")
    column.addWidget(first)
    column.addWidget(second)
    page.resize(400, 400)
    page.show()
    qtbot.waitExposed(page)
    second.move(first.pos())  # as a squeezed layout draws a combo over the search box
    found = layout_walk.offences(page, "essai")
    kinds = {offence.kind for offence in found}
    assert {"text cut", "wrapped text cut", "scrolls sideways", "overlap"} <= kinds, found
    assert any("Enregistrer la nature" in offence.text for offence in found)
    assert all(offence.page == "essai" for offence in found)
