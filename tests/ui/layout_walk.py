"""Walk every screen of the main window and its main dialogs, and find what does not fit.

Shared by the layout test (tests/ui/test_layout_fit.py) and the screenshot script
(scripts/screenshots.py): both open a demo register, build a window in one language, and
go through :func:`walk`, which shows one scene at a time (a section, a case's page, a
breach step, a dialog) and hands it over before moving on.

:func:`offences` lists what a user would see as broken on a shown scene:

- a label or button narrower than its size hint (its text is cut), a word-wrapped label
  shorter than the height its text needs at its width, an elided label (``ElidedLabel``)
  that cuts its text without a tooltip carrying it whole;
- an input (line edit, combo, date, spin box) squeezed below its minimum size hint, any
  widget narrower than its minimum width (the breach steps' buttons are sized for their
  bold title), a dialog larger than the screen;
- a horizontal scroll bar with something to scroll (the page scrolls sideways), and a
  table whose columns are wider than its viewport;
- two widgets of one layout drawn over each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QTableView,
    QWidget,
)

#: the sizes every screen must fit: the window's default size and a common laptop screen
SIZES: tuple[tuple[int, int], ...] = ((1280, 720), (1180, 760))
LANGUAGES: tuple[str, ...] = ("fr", "ar", "en")
#: a pixel of rounding between a hint and a geometry is not a cut
SLACK = 1


@dataclass(frozen=True)
class Offence:
    page: str
    kind: str
    widget: str
    text: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.page}] {self.kind}: {self.widget} «{self.text}» — {self.detail}"


# -- the checks ------------------------------------------------------------------------------
def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.text() or widget.placeholderText()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    else:
        text = widget.accessibleName() or widget.objectName()
    full = getattr(widget, "full_text", None)
    if callable(full):
        text = full()
    text = " ".join(str(text).split())
    return text if len(text) <= 60 else text[:57] + "…"


def _name(widget: QWidget) -> str:
    name = type(widget).__name__
    return f"{name}#{widget.objectName()}" if widget.objectName() else name


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.window() is top and widget.width() > 0


def _inside_view(widget: QWidget) -> bool:
    """Widgets a view places in its cells (index widgets, editors) are sized by the view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not _is_page_scroll(parent):
            return True
        parent = parent.parentWidget()
    return False


def _is_page_scroll(area: QAbstractScrollArea) -> bool:
    from PySide6.QtWidgets import QScrollArea

    return isinstance(area, QScrollArea)


def _label_offence(label: QLabel, page: str) -> Offence | None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if not label.text().strip():
        return None
    if hasattr(label, "full_text") and callable(label.full_text):  # ElidedLabel
        full = label.full_text()
        if label.text() != full and full.strip() and label.toolTip().strip() == "":
            return Offence(page, "elided without tooltip", _name(label), _text(label), "")
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return Offence(
                page,
                "wrapped text cut",
                _name(label),
                _text(label),
                f"height {label.height()} < {needed} needed at width {label.width()}",
            )
        longest = label.minimumSizeHint().width()
        if label.width() + SLACK < longest and "<" not in label.text():
            return Offence(
                page,
                "wrapped text cut",
                _name(label),
                _text(label),
                f"width {label.width()} < {longest} (its longest word)",
            )
        return None
    hint = label.sizeHint().width()
    if label.width() + SLACK < hint:
        return Offence(
            page, "text cut", _name(label), _text(label), f"width {label.width()} < hint {hint}"
        )
    return None


def _button_offence(button: QAbstractButton, page: str) -> Offence | None:
    if not button.text().strip():
        return None
    hint = button.sizeHint().width()
    if button.width() + SLACK < hint:
        return Offence(
            page, "text cut", _name(button), _text(button), f"width {button.width()} < hint {hint}"
        )
    return None


def _input_offence(widget: QWidget, page: str) -> Offence | None:
    hint = widget.minimumSizeHint()
    if widget.height() + SLACK < hint.height() or widget.width() + SLACK < min(hint.width(), 60):
        return Offence(
            page,
            "input squeezed",
            _name(widget),
            _text(widget),
            f"{widget.width()}×{widget.height()} < minimum {hint.width()}×{hint.height()}",
        )
    return None


def _scroll_offence(area: QAbstractScrollArea, page: str) -> Offence | None:
    bar = area.horizontalScrollBar()
    if bar.maximum() > 0 and (bar.isVisible() or isinstance(area, QTableView)):
        return Offence(
            page,
            "scrolls sideways",
            _name(area),
            _text(area),
            f"{bar.maximum()} px hidden (viewport {area.viewport().width()})",
        )
    if isinstance(area, QTableView) and area.model() is not None:
        header = area.horizontalHeader()
        if header.isVisible() and header.length() > area.viewport().width() + SLACK:
            return Offence(
                page,
                "columns wider than the table",
                _name(area),
                _text(area),
                f"columns {header.length()} > viewport {area.viewport().width()}",
            )
    return None


def _layout_widgets(layout: QLayout, parent: QWidget) -> list[QWidget]:
    """The widgets ``layout`` and its nested layouts place, found from the widgets (never
    ``itemAt``: PySide6 keeps a wrapper for each item it returns, which goes stale once
    the layout deletes the item, and a later object at that address came back as it)."""
    direct = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    found = [widget for widget in direct if layout.indexOf(widget) >= 0]
    for nested in layout.findChildren(QLayout, options=Qt.FindChildOption.FindDirectChildrenOnly):
        found.extend(_layout_widgets(nested, parent))
    return found


def _overlaps(parent: QWidget, page: str, top: QWidget) -> list[Offence]:
    layout = parent.layout()
    if layout is None or type(layout).__name__ == "QStackedLayout":
        return []
    widgets = [w for w in _layout_widgets(layout, parent) if _shown(w, top)]
    found = []
    for i, first in enumerate(widgets):
        for second in widgets[i + 1 :]:
            shared: QRect = first.geometry().intersected(second.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                found.append(
                    Offence(
                        page,
                        "overlap",
                        f"{_name(first)} / {_name(second)}",
                        f"{_text(first)} / {_text(second)}",
                        f"{shared.width()}×{shared.height()} px drawn over each other",
                    )
                )
    return found


def offences(top: QWidget, page: str, screen: tuple[int, int] | None = None) -> list[Offence]:
    """Everything cut, squeezed, scrolling sideways or overlapping on the shown ``top``;
    with ``screen``, a dialog larger than it (its buttons would be off screen)."""
    found: list[Offence] = []
    if screen is not None and isinstance(top, QDialog):
        if top.width() > screen[0] or top.height() > screen[1]:
            found.append(
                Offence(
                    page,
                    "dialog larger than the screen",
                    _name(top),
                    top.windowTitle(),
                    f"{top.width()}×{top.height()} > {screen[0]}×{screen[1]}",
                )
            )
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top):
            continue
        found.extend(_overlaps(widget, page, top))
        if isinstance(widget, QAbstractScrollArea):
            offence = _scroll_offence(widget, page)
        elif _inside_view(widget):
            continue
        elif isinstance(widget, QLabel):
            offence = _label_offence(widget, page)
        elif isinstance(widget, QAbstractButton):
            offence = _button_offence(widget, page)
        elif isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
            offence = _input_offence(widget, page)
        else:
            offence = None
        if offence is None and widget.width() + SLACK < widget.minimumWidth():
            offence = Offence(
                page,
                "squeezed below its minimum width",
                _name(widget),
                _text(widget),
                f"width {widget.width()} < minimum {widget.minimumWidth()}",
            )
        if offence is not None:
            found.append(offence)
    return found


# -- the walk --------------------------------------------------------------------------------
def settle() -> None:
    """Let layouts, polish and deferred resizes run (twice: a layout may ask for another)."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents()


@dataclass
class Scene:
    name: str
    widget: QWidget

    @property
    def screen(self) -> tuple[int, int]:
        """The screen the scene is walked on (the window's size)."""
        return (_screen[0], _screen[1])

    def offences(self, prefix: str = "") -> list[Offence]:
        return offences(self.widget, f"{prefix}{self.name}", self.screen)


#: the screen a dialog opens on (the window's size: a 1280×720 laptop shows no more)
_screen = [1280, 720]


def _dialog_scene(
    name: str, dialog: QDialog | None, *, keep: bool = False, fit: bool = True
) -> Iterator[Scene]:
    """Show ``dialog`` as a window manager would on the walked screen: at its size hint,
    no larger than the screen (the test platform's own screen may be another size).
    ``fit=False``: a dialog already shown keeps the size it had (a message appearing in
    it must find room in it); ``keep``: left open for the next scene."""
    if dialog is None:
        return
    if not dialog.isVisible():
        dialog.show()
    settle()
    if fit:
        # As QWidget.adjustSize does when a window first shows: its size hint, the height
        # its wrapped texts need at that width, the screen as the limit.
        wanted = dialog.sizeHint().expandedTo(dialog.minimumSize())
        width = min(wanted.width(), _screen[0])
        height = dialog.heightForWidth(width) if dialog.hasHeightForWidth() else -1
        height = max(height, dialog.minimumHeight()) if height > 0 else wanted.height()
        dialog.resize(width, min(height, _screen[1]))
        settle()
    yield Scene(name, dialog)
    if keep:
        return
    dialog.done(0)
    dialog.hide()
    dialog.deleteLater()
    settle()


def walk(window, *, dialogs: bool = True, tmp: Path | None = None) -> Iterator[Scene]:
    """Show each screen of ``window`` in turn: sections, case pages, breach steps, and
    (with ``dialogs``) the main dialogs. The window must be shown and unlocked."""
    from dpo_desk.ui.breaches.steps.base import STEP_KEYS

    _screen[:] = [window.width(), window.height()]
    keys = [window.navigation.item(row).data(0x0100) for row in range(window.navigation.count())]
    for key in keys:
        window.show_section(key)
        section = window.section(key)
        settle()
        yield Scene(key, window)
        if key == "requests":
            yield from _requests(window, section, dialogs)
        elif key == "breaches":
            yield from _breaches(window, section, dialogs, STEP_KEYS)
        elif key in ("processing", "processors"):
            yield from _records(window, section, key, dialogs)
        elif key == "settings" and dialogs:
            yield from _settings_dialogs(window)
        if dialogs:
            yield from _exchange(section, key, tmp)
    if dialogs:
        yield from _create_dialog(window)


def _first_reference(section) -> str:
    model = section.model
    return model.row_at(0).reference if model.rowCount() else ""


def _requests(window, section, dialogs: bool) -> Iterator[Scene]:
    # The list's first request as it opens (the most urgent open one): its page, one of
    # its actions and its letters.
    reference = _first_reference(section)
    if reference and section.show_request(reference):
        settle()
        yield Scene("requests-detail", window)
        if dialogs:
            detail = section.detail
            for key in detail.action_buttons:
                if detail.action_buttons[key].isEnabled():
                    yield from _dialog_scene(f"requests-action-{key}", detail.open_action(key))
                    break
            yield from _dialog_scene("requests-letter", detail.open_letters())
        section.show_list()
    if dialogs:
        yield from _dialog_scene("requests-new", section.open_new_dialog())
        section.new_dialog = None


def _breaches(window, section, dialogs: bool, step_keys) -> Iterator[Scene]:
    if section.model.rowCount() == 0:
        return
    breach = section.model.row_at(0)
    section.open_case(section.get_case(section.register, breach.id))
    settle()
    for index, key in enumerate(step_keys):
        section.detail.show_step(index)
        settle()
        yield Scene(f"breaches-step-{index + 1}-{key}", window)
    if dialogs:
        yield from _dialog_scene("breaches-letter", section.detail.open_letters())
    section.show_list()
    if dialogs:
        yield from _dialog_scene("breaches-new", section.open_new_dialog())
        section.new_dialog = None


def _records(window, section, key: str, dialogs: bool) -> Iterator[Scene]:
    from dpo_desk.ui.sections.register_base import ID_ROLE

    if section.model.rowCount():
        section.open_id(section.model.data(section.model.index(0, 0), ID_ROLE))
        settle()
        yield Scene(f"{key}-detail", window)
        if dialogs:
            yield from _dialog_scene(f"{key}-edit", section.open_edit_dialog())
            if key == "processors":
                yield from _dialog_scene(f"{key}-contract-end", section.open_end_dialog())
            if key == "processing":
                card = section.filings_card
                if card.rows:
                    dialog = card.open_update_dialog(card.rows[0].state)
                    yield from _dialog_scene(f"{key}-filing", dialog)
        section.show_list()
        settle()
    if dialogs:
        yield from _dialog_scene(f"{key}-new", section.open_new_dialog())
        if key == "processing":
            yield from _dialog_scene("processing-notice", section.open_notice_dialog())


def _exchange(section, key: str, tmp: Path | None) -> Iterator[Scene]:
    from dpo_desk.ui.exchange.export_dialog import ExportDialog
    from dpo_desk.ui.exchange.import_dialog import ImportDialog

    targets = {"requests": "requests", "processing": "activities", "processors": "processors"}
    register = section.register
    if register is None or key not in (*targets, "journal"):
        return
    which = "journal" if key == "journal" else targets[key]
    path = (tmp or Path("/nonexistent")) / f"{which}.xlsx"
    yield from _dialog_scene(
        f"{key}-export", ExportDialog(register, which, path, clock=None, parent=section)
    )
    if key in targets:
        yield from _dialog_scene(
            f"{key}-import", ImportDialog(register, targets[key], clock=None, parent=section)
        )


def _settings_dialogs(window) -> Iterator[Scene]:
    from dpo_desk.ui.settings.passphrase_dialogs import EarlierPassphraseDialog, RekeyDialog

    yield from _dialog_scene(
        "settings-rekey", RekeyDialog(window.register, keystore=window._keystore, parent=window)
    )
    yield from _dialog_scene(
        "settings-earlier-passphrase", EarlierPassphraseDialog("sauvegarde.dpodesk", parent=window)
    )


def _create_dialog(window) -> Iterator[Scene]:
    from dpo_desk.ui.create_dialog import CreateRegisterDialog

    dialog = CreateRegisterDialog(window._prefs, window._keystore, parent=window)
    dialog.show()
    yield from _dialog_scene("create-register", dialog, keep=True)
    # The error state: a passphrase too short, the message shown above the fields.
    dialog.fields.name.setText("Najhine SARL")
    dialog.passphrase.setText("court")
    dialog.confirmation.setText("court")
    dialog.submit()
    yield from _dialog_scene("create-register-error", dialog, fit=False)


# -- a window on a demo register ---------------------------------------------------------------
DEMO_PASSPHRASE = "demo-passphrase-2026"


def build_demo_register(path: Path, clock=None) -> None:
    """The demo register `dpo-desk demo` writes (requests in every state, breaches, activities,
    processors), at ``path``, closed."""
    from dpo_desk.services.demo import build_demo

    build_demo(path, DEMO_PASSPHRASE, clock=clock).close()


def use_language(app: QApplication, language: str) -> None:
    """Install ``language``'s catalogues as start-up does; the direction follows (Arabic
    right to left). Earlier catalogues are removed first. Widgets built after this call
    speak the language: build the window afterwards."""
    from PySide6.QtCore import QTranslator

    from dpo_desk.ui import i18n

    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    installed = i18n.install_translators(app, language)
    assert installed == language, f"the {language} catalogue is not built (make translations)"


def open_window(
    path: Path, size: tuple[int, int], wait_idle: Callable[[object], None] | None = None
):
    """A main window on the register at ``path``, unlocked, shown at ``size``; its day's
    automatic backup waited for (until it ends the register is busy), by ``wait_idle`` when
    given (a test's qtbot.waitUntil), else by polling the event loop."""
    import time

    from dpo_desk.security.keystore import Keystore
    from dpo_desk.services.preferences import Preferences
    from dpo_desk.ui import session
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.session import FileClaim, Opened
    from dpo_desk.ui.workers import is_busy

    claim = FileClaim(path)
    register = session.unlock(claim, DEMO_PASSPHRASE)
    window = MainWindow(Opened(register, claim), Preferences.load(), Keystore())
    window.resize(*size)
    window.show()
    if wait_idle is not None:
        wait_idle(window)
        settle()
        return window
    deadline = time.monotonic() + 20.0
    while window.register is not None and is_busy(window.register):
        if time.monotonic() > deadline:
            raise TimeoutError("the day's backup did not end")
        QApplication.processEvents()
        time.sleep(0.01)
    settle()
    return window


def close_window(window) -> None:
    window.close()
    window.deleteLater()
    settle()
