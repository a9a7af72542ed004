"""The first-run window: create a register, open one, pick a recent file, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services.preferences import Preferences
from dpo_desk.ui import icons, style
from dpo_desk.ui.widgets import ElidedLabel, label

PATH_ROLE = Qt.ItemDataRole.UserRole


class ChoiceButton(QPushButton):
    """A large button with an icon, a title and one line saying what happens next."""

    def __init__(self, icon_name: str, title: str, description: str, parent=None) -> None:
        super().__init__(parent)
        style.set_role(self, "choice")
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(16)
        badge = QLabel()
        badge.setPixmap(icons.pixmap(icon_name, style.ACCENT, 36))
        badge.setFixedSize(36, 36)
        badge.setScaledContents(True)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.title = label(title, "heading")
        self.description = label(description, "secondary", wrap=True)
        text.addWidget(self.title)
        text.addWidget(self.description)
        text.addStretch(1)
        layout.addLayout(text, 1)
        for child in (badge, self.title, self.description):
            # The labels are decoration: clicks go to the button underneath.
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt override: the inner layout decides
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt override
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


class RecentEntry(QWidget):
    """A recent file: its name, and the folder it is in, shortened in the middle."""

    def __init__(self, path: Path, exists: bool, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(12)
        badge = QLabel()
        badge.setPixmap(icons.pixmap("file", style.ACCENT if exists else style.TEXT_MUTED, 22))
        badge.setFixedSize(22, 22)
        badge.setScaledContents(True)
        layout.addWidget(badge)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.name = label(path.name, "value" if exists else "muted")
        self.folder = ElidedLabel(str(path.parent))
        style.set_role(self.folder, "muted")
        text.addWidget(self.name)
        text.addWidget(self.folder)
        layout.addLayout(text, 1)
        if not exists:
            missing = label(self.tr("Introuvable"), "muted")
            layout.addWidget(missing)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class WelcomeWindow(QWidget):
    """Shown when no register is open. Emits what the user chose; the controller acts."""

    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)
    closed = Signal()

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle("DPO Desk")
        self.prefs = prefs

        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 32)
        column_host = QWidget()
        column_host.setMaximumWidth(720)
        outer.addWidget(column_host)
        column = QVBoxLayout(column_host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addStretch(1)

        brand = QHBoxLayout()
        brand.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(icons.pixmap("logo", style.ACCENT, 48))
        logo.setFixedSize(48, 48)
        logo.setScaledContents(True)
        brand.addWidget(logo)
        brand.addWidget(label("DPO Desk", "title"))
        brand.addStretch(1)
        column.addLayout(brand)
        column.addWidget(
            label(
                self.tr(
                    "Le registre du délégué à la protection des données : demandes d'exercice "
                    "de droits, violations, traitements et sous-traitants, dans un fichier "
                    "chiffré sur ce poste."
                ),
                "secondary",
                wrap=True,
            )
        )
        column.addSpacing(10)

        choices = QHBoxLayout()
        choices.setSpacing(16)
        self.create_button = ChoiceButton(
            "new",
            self.tr("Créer un registre"),
            self.tr("Un nouveau fichier chiffré pour une organisation et son DPO."),
        )
        self.open_button = ChoiceButton(
            "open",
            self.tr("Ouvrir un fichier existant"),
            self.tr("Un registre .dpodesk déjà créé, sur ce poste ou un support amovible."),
        )
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        choices.addWidget(self.create_button)
        choices.addWidget(self.open_button)
        column.addLayout(choices)
        # A fictitious organisation's register, to look around before typing anything
        # real: created on first use, then reopened (AppController.open_demo).
        demo = QHBoxLayout()
        demo.setSpacing(6)
        self.demo_button = QPushButton(self.tr("Essayer la démo"))
        style.set_role(self.demo_button, "link")
        self.demo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.demo_button.clicked.connect(self.demo_requested)
        demo.addWidget(self.demo_button)
        demo.addWidget(
            label(
                self.tr("un registre d'exemple, rempli de demandes et de violations fictives"),
                "muted",
                wrap=True,
            ),
            1,
        )
        column.addLayout(demo)
        column.addSpacing(12)

        self.recent_heading = label(self.tr("Registres récents"), "subheading")
        column.addWidget(self.recent_heading)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Registres récents"))
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(self._on_recent)
        self.recent.itemClicked.connect(self._on_recent)
        column.addWidget(self.recent)
        column.addStretch(2)

        self.refresh()
        self.resize(860, 600)

    def refresh(self) -> None:
        """Re-read the recent list (a file may have been created or moved since)."""
        self.recent.clear()
        for entry in self.prefs.recent:
            path = Path(entry.path)
            exists = path.is_file()
            item = QListWidgetItem(self.recent)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            widget = RecentEntry(path, exists)
            item.setSizeHint(widget.sizeHint() + QSize(0, 12))
            if not exists:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.setItemWidget(item, widget)
        # As tall as its rows (up to five), so a short list is not a big empty box.
        rows = [self.recent.sizeHintForRow(i) for i in range(min(self.recent.count(), 5))]
        frame = self.recent.frameWidth() * 2 + 10
        self.recent.setFixedHeight(sum(rows) + frame if rows else 0)
        has_recent = self.recent.count() > 0
        self.recent_heading.setVisible(has_recent)
        self.recent.setVisible(has_recent)

    def _on_recent(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.recent_chosen.emit(Path(item.data(PATH_ROLE)))

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().closeEvent(event)
        self.closed.emit()
