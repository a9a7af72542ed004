"""The app-wide look: a calm palette, one stylesheet, readable type.

Colours are named once here and used by the stylesheet, the icons and the few widgets
that paint themselves, so a change of accent is one edit. Widgets opt into a variant
with a dynamic property (``role``, ``tone``) rather than an ad-hoc stylesheet of their
own: the look stays in one place and a translator's longer text never meets a fixed
pixel width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from dpo_desk.resources import resources_dir

# -- palette ------------------------------------------------------------------------
ACCENT = "#2f6fb5"
ACCENT_HOVER = "#285f9c"
ACCENT_PRESSED = "#214f83"
ACCENT_SOFT = "#e8f0fa"

WINDOW = "#f4f6f9"
SURFACE = "#ffffff"
BORDER = "#dde2e9"
BORDER_STRONG = "#c5ccd6"

TEXT = "#1f2933"
TEXT_SECONDARY = "#52606d"
TEXT_MUTED = "#7b8794"

SIDEBAR = "#1d2633"
SIDEBAR_HOVER = "#273343"
SIDEBAR_SELECTED = "#31415a"
SIDEBAR_TEXT = "#c3ccd7"
SIDEBAR_MUTED = "#8594a6"

DANGER = "#b42318"
DANGER_SOFT = "#fdecea"
WARNING = "#b54708"
WARNING_SOFT = "#fff4e5"
SUCCESS = "#1e7a46"
SUCCESS_SOFT = "#e7f5ec"
INFO_SOFT = ACCENT_SOFT

# Strength meter, score 1..4 (0 paints nothing).
STRENGTH_COLOURS = ("#d0d5dd", DANGER, "#d97706", "#3b8d5c", SUCCESS)

# Fonts tried in order; the first one installed wins, the platform default otherwise.
# Not "Noto Sans": the app ships it for its printouts (ui/printing.py registers it with
# Qt at the first print), and a UI asking for it changed font mid-session on a Linux
# without it installed, every label and field growing by a few pixels after a print.
FONT_FAMILIES = ["Inter", "Segoe UI", "SF Pro Text", "Cantarell", "DejaVu Sans"]
BASE_POINT_SIZE = 10


# An inline message's tone: (background, text colour, border).
_TONES = {
    "error": (DANGER_SOFT, DANGER, "#f5c2bd"),
    "warning": (WARNING_SOFT, WARNING, "#f8d9b0"),
    "success": (SUCCESS_SOFT, SUCCESS, "#b9e0c8"),
    "info": (INFO_SOFT, ACCENT_PRESSED, "#c7d9ef"),
}
_TONE_RULES = "".join(
    f"""QLabel[tone="{tone}"] {{
    border-radius: 6px;
    padding: 8px 10px;
    background: {background};
    color: {colour};
    border: 1px solid {border};
}}
"""
    for tone, (background, colour, border) in _TONES.items()
)

# The arrows of drop-downs and step buttons (TEXT_SECONDARY, and BORDER_STRONG when off):
# small SVG files, as a stylesheet takes images by URL only. Forward slashes on Windows too.
_ARROWS = (resources_dir() / "ui").as_posix()

STYLESHEET = f"""
QWidget {{
    color: {TEXT};
}}
QMainWindow, QDialog, QWidget#Welcome, QWidget#LockPage {{
    background: {WINDOW};
}}
QToolTip {{
    color: {TEXT};
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    padding: 6px 8px;
}}

/* -- type -------------------------------------------------------------------- */
QLabel[role="title"] {{
    font-size: 17pt;
    font-weight: 600;
}}
QLabel[role="heading"] {{
    font-size: 13pt;
    font-weight: 600;
}}
QLabel[role="subheading"] {{
    font-size: 10pt;
    font-weight: 600;
    color: {TEXT_SECONDARY};
    padding-top: 4px;
}}
QLabel[role="secondary"] {{
    color: {TEXT_SECONDARY};
}}
QLabel[role="muted"] {{
    color: {TEXT_MUTED};
}}
QLabel[role="value"] {{
    color: {TEXT};
}}

/* -- cards ------------------------------------------------------------------- */
QFrame[role="card"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 10px;
}}

/* -- inputs ------------------------------------------------------------------ */
QLineEdit, QPlainTextEdit, QComboBox {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    border-radius: 6px;
    padding: 6px 8px;
    selection-background-color: {ACCENT};
    selection-color: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid {DANGER};
    background: #fffafa;
}}
QLineEdit:disabled, QPlainTextEdit:disabled {{
    background: {WINDOW};
    color: {TEXT_MUTED};
}}
QLineEdit[readOnly="true"] {{
    background: {WINDOW};
}}
/* The drop-down and step buttons are styled too: once the box above is, Fusion drew
   them with its own dark bevel, a dark square in the field's corner. */
QAbstractSpinBox {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    border-radius: 6px;
    padding: 6px 8px;
    selection-background-color: {ACCENT};
    selection-color: white;
}}
QAbstractSpinBox:focus {{
    border: 1px solid {ACCENT};
}}
QAbstractSpinBox:disabled, QComboBox:disabled {{
    background: {WINDOW};
    color: {TEXT_MUTED};
}}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding;
    subcontrol-position: center right;
    width: 22px;
    border: none;
    background: transparent;
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow,
QAbstractSpinBox::down-arrow {{
    image: url({_ARROWS}/arrow-down.svg);
    width: 12px;
    height: 12px;
}}
QAbstractSpinBox::up-arrow {{
    image: url({_ARROWS}/arrow-up.svg);
    width: 12px;
    height: 12px;
}}
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled,
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
    image: url({_ARROWS}/arrow-down-off.svg);
}}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
    image: url({_ARROWS}/arrow-up-off.svg);
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border;
    width: 18px;
    border: none;
    background: transparent;
}}
QAbstractSpinBox::up-button {{
    subcontrol-position: top right;
}}
QAbstractSpinBox::down-button {{
    subcontrol-position: bottom right;
}}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover,
QComboBox::drop-down:hover, QDateEdit::drop-down:hover {{
    background: {ACCENT_SOFT};
}}
QComboBox QAbstractItemView {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT};
    outline: none;
}}
QCheckBox {{
    spacing: 8px;
}}
QCheckBox:disabled {{
    color: {TEXT_MUTED};
}}

/* -- buttons ----------------------------------------------------------------- */
QPushButton {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    border-radius: 6px;
    padding: 7px 16px;
    min-height: 18px;
}}
QPushButton:hover {{
    background: #f0f3f7;
}}
QPushButton:pressed {{
    background: #e6eaf0;
}}
QPushButton:focus {{
    border: 1px solid {ACCENT};
}}
QPushButton:disabled {{
    color: {TEXT_MUTED};
    background: {WINDOW};
}}
QPushButton[role="primary"] {{
    background: {ACCENT};
    border: 1px solid {ACCENT};
    color: white;
    font-weight: 600;
}}
QPushButton[role="primary"]:hover {{
    background: {ACCENT_HOVER};
}}
QPushButton[role="primary"]:pressed {{
    background: {ACCENT_PRESSED};
}}
QPushButton[role="primary"]:focus {{
    border: 1px solid {ACCENT_PRESSED};
}}
QPushButton[role="primary"]:disabled {{
    background: #9db7d6;
    border-color: #9db7d6;
}}
QPushButton[role="link"] {{
    background: transparent;
    border: none;
    color: {ACCENT};
    padding: 2px 4px;
}}
QPushButton[role="link"]:hover {{
    text-decoration: underline;
}}

/* The two big choices of the first-run window. */
QPushButton[role="choice"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
    padding: 18px 20px;
    text-align: left;
    font-size: 12pt;
    font-weight: 600;
}}
QPushButton[role="choice"]:hover {{
    border: 1px solid {ACCENT};
    background: #fbfcfe;
}}
QPushButton[role="choice"]:focus {{
    border: 2px solid {ACCENT};
}}

/* -- inline messages --------------------------------------------------------- */
{_TONE_RULES}QLabel[role="field-error"] {{
    color: {DANGER};
}}

/* -- lists ------------------------------------------------------------------- */
QListWidget {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 8px;
    padding: 4px;
    outline: none;
}}
QListWidget::item {{
    padding: 8px 10px;
    border-radius: 6px;
}}
QListWidget::item:hover {{
    background: #f0f4f9;
}}
QListWidget::item:selected {{
    background: {ACCENT_SOFT};
    color: {TEXT};
}}

/* -- side navigation ------------------------------------------------------------ */
QFrame#Sidebar {{
    background: {SIDEBAR};
    border: none;
}}
QFrame#Sidebar QLabel {{
    color: {SIDEBAR_TEXT};
    background: transparent;
}}
QLabel#SidebarBrand {{
    color: white;
    font-size: 12pt;
    font-weight: 600;
}}
QLabel#SidebarOrganisation {{
    color: {SIDEBAR_MUTED};
}}
QListWidget#Navigation {{
    background: transparent;
    border: none;
    padding: 0;
    color: {SIDEBAR_TEXT};
}}
QListWidget#Navigation::item {{
    padding: 9px 12px;
    margin: 1px 0;
    border-radius: 7px;
    color: {SIDEBAR_TEXT};
}}
QListWidget#Navigation::item:hover {{
    background: {SIDEBAR_HOVER};
}}
QListWidget#Navigation::item:selected {{
    background: {SIDEBAR_SELECTED};
    color: white;
}}
QPushButton#SidebarLock {{
    background: transparent;
    border: 1px solid #3a4859;
    color: {SIDEBAR_TEXT};
    border-radius: 7px;
    padding: 7px 12px;
    text-align: left;
}}
QPushButton#SidebarLock:hover {{
    background: {SIDEBAR_HOVER};
    color: white;
}}

/* -- a section's own navigation (Paramètres): the side navigation's shape, light ---- */
QListWidget#SettingsNavigation {{
    background: transparent;
    border: 1px solid transparent;
    border-radius: 8px;
    padding: 0;
    color: {TEXT_SECONDARY};
}}
QListWidget#SettingsNavigation:focus {{
    border-color: {ACCENT};
}}
QListWidget#SettingsNavigation::item {{
    padding: 9px 12px;
    margin: 1px 4px;
    border-radius: 7px;
    color: {TEXT_SECONDARY};
}}
QListWidget#SettingsNavigation::item:hover {{
    background: #e9eef4;
    color: {TEXT};
}}
QListWidget#SettingsNavigation::item:selected {{
    background: {ACCENT_SOFT};
    color: {ACCENT_PRESSED};
}}

/* -- page header inside a section ---------------------------------------------- */
QWidget#SectionPage {{
    background: {WINDOW};
}}
QScrollArea {{
    background: transparent;
    border: none;
}}
QScrollArea > QWidget > QWidget {{
    background: transparent;
}}

/* -- status bar and menus ------------------------------------------------------- */
QStatusBar {{
    background: {SURFACE};
    border-top: 1px solid {BORDER};
    color: {TEXT_SECONDARY};
}}
QStatusBar::item {{
    border: none;
}}
QStatusBar QLabel {{
    color: {TEXT_SECONDARY};
}}
QMenuBar {{
    background: {SURFACE};
    border-bottom: 1px solid {BORDER};
}}
QMenuBar::item {{
    padding: 5px 10px;
    background: transparent;
}}
QMenuBar::item:selected {{
    background: {ACCENT_SOFT};
    border-radius: 4px;
}}
QMenu {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    padding: 4px;
}}
QMenu::item {{
    padding: 6px 28px 6px 14px;
    border-radius: 4px;
}}
QMenu::item:selected {{
    background: {ACCENT_SOFT};
    color: {TEXT};
}}
QMenu::separator {{
    height: 1px;
    background: {BORDER};
    margin: 4px 6px;
}}
"""


def base_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    return font


def apply_style(app: QApplication) -> None:
    """Install the look on the whole application, before any window is built."""
    # Fusion draws the same on every platform, so the stylesheet below renders as
    # designed on Windows, macOS and Linux alike (native styles ignore parts of it).
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setFont(base_font())
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8f9fb"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(TEXT_MUTED))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def application(args: list[str]) -> QApplication:
    """The running QApplication, or a new one made with ``args``.

    Not a bare QCoreApplication: windows, fonts and the stylesheet need the GUI one, and
    a process has only one application object.
    """
    from dpo_desk.ui.qt_guard import keep_bools_alive

    keep_bools_alive()  # PySide6 6.12.0 on Python 3.11: see ui/qt_guard.py
    running = QApplication.instance()
    if running is None:
        return QApplication(args)
    if not isinstance(running, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    return running


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give ``widget`` a stylesheet variant (see the ``[role=...]`` rules above)."""
    widget.setProperty("role", role)
    return widget


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed (Qt does not do it itself)."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # polish() alone repaints colours but keeps the old box: padding, borders and
    # radius are re-measured (QFrame's frame width) only on a StyleChange event.
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()
    widget.update()
