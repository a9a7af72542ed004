"""Reminders while the app runs: desktop notifications and the summary at unlock.

Once a minute, while a register is unlocked, the deadlines that have crossed a threshold
are recalled through the system tray (``QSystemTrayIcon.showMessage``):

- rights requests at each lead time (7 and 2 days by default), on the due day and, once
  overdue, once a day while the app runs (GDPR Art. 12(3); Law 09-08 art. 8; internal
  policy where the law gives no number of days);
- processors' reviews and contract ends, activities' reviews: at the records' lead time
  (7 days by default), on the day and, once overdue, once a day;
- breaches: ``ui/breach_alerts.py`` keeps its own alerts, counted in hours (24 h and 6 h
  before the 72 hours, GDPR Art. 33(1)); this object starts and stops it with the rest,
  so the DPO switches breach alerts on and off in the same place.

What was shown is remembered in memory only (``domain.reminders.ReminderLog``), for the
life of the window, across locks: nothing about a request is written to disk outside
the register. A notification names an item by its reference (``DSR-…``; a processor or
an activity by its number, ``#12``), never by a person's name or a title: it stays on
the desktop and in the system's notification centre, outside the encrypted register.

At each unlock a small window (not modal: the DPO can work beside it) sums up what is
overdue, due today and due in the next 7 days, by kind, with links to the items and
buttons to the filtered lists. It can be switched off (Paramètres ▸ Rappels, or its own
checkbox). It never opens under the test suite unless a test asks (``show_summary``).

The choices live in Preferences (``services.preferences``): UI choices, no personal data.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.reminders import (
    DUE_TODAY,
    KIND_LABELS,
    OVERDUE,
    SUMMARY_DAYS,
    DueItem,
    DueSummary,
    KindSummary,
    Reminder,
    ReminderKind,
    ReminderLog,
    ReminderSettings,
    reminders_due,
    summarise,
)
from dpo_desk.services import reminders as reminder_service
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.breach_alerts import BreachAlerts
from dpo_desk.ui.formatting import join_labels, ltr, short_date
from dpo_desk.ui.widgets import Card, label
from dpo_desk.ui.workers import is_busy

FIRST_CHECK_MS = 1_000
CHECK_MS = 60_000
FIRST_RETRY_MS = 500  # while the day's backup has the register at unlock
# A check shows at most this many sentences; past it, one line per kind and stage.
DETAILED = 3
# References named per line of a grouped notification, or per bucket of the summary.
SHOWN_REFERENCES = 3
SUMMARY_REFERENCES = 6

# Where each kind's items open (MainWindow.navigate_to's section keys).
SECTIONS = {
    ReminderKind.REQUEST: "requests",
    ReminderKind.BREACH: "breaches",
    ReminderKind.PROCESSOR_REVIEW: "processors",
    ReminderKind.CONTRACT_END: "processors",
    ReminderKind.ACTIVITY_REVIEW: "processing",
}


#: Whether the summary opens by itself at unlock. The test suite turns it off
#: (tests/conftest.py): a window opening on its own would take the focus from the test's;
#: a test asks for the summary with ``show_summary``, or turns this back on.
AUTOMATIC_SUMMARY = True


def automatic_summary() -> bool:
    return AUTOMATIC_SUMMARY


# ----------------------------------------------------------------------------- texts


def kind_label(kind: ReminderKind) -> str:
    return QCoreApplication.translate("ReminderKind", KIND_LABELS[kind])


def _basis(basis: str) -> str:
    if basis == "law":
        return QCoreApplication.translate("Reminders", "délai légal")
    return QCoreApplication.translate("Reminders", "délai de politique interne")


def reminder_text(reminder: Reminder) -> str:
    """One reminder in a sentence: the reference, when, on what basis. No name."""
    item, left = reminder.item, reminder.days_left
    reference, day = ltr(item.reference), short_date(item.due_on)
    if item.kind is ReminderKind.REQUEST:
        basis = _basis(item.basis)
        if left < 0:
            text = QCoreApplication.translate(
                "Reminders",
                "Demande {reference} : échéance dépassée de %n jour(s) ({basis}).",
                None,
                -left,
            )
        elif left == 0:
            text = QCoreApplication.translate(
                "Reminders", "Demande {reference} : échéance aujourd'hui ({basis})."
            )
        else:
            text = QCoreApplication.translate(
                "Reminders",
                "Demande {reference} : échéance dans %n jour(s), le {date} ({basis}).",
                None,
                left,
            )
        return text.format(reference=reference, basis=basis, date=day)
    if item.kind is ReminderKind.PROCESSOR_REVIEW:
        if left < 0:
            text = QCoreApplication.translate(
                "Reminders",
                "Sous-traitant {reference} : revue en retard de %n jour(s).",
                None,
                -left,
            )
        elif left == 0:
            text = QCoreApplication.translate(
                "Reminders", "Sous-traitant {reference} : revue prévue aujourd'hui."
            )
        else:
            text = QCoreApplication.translate(
                "Reminders",
                "Sous-traitant {reference} : revue prévue dans %n jour(s), le {date}.",
                None,
                left,
            )
        return text.format(reference=reference, date=day)
    if item.kind is ReminderKind.CONTRACT_END:
        if left < 0:
            text = QCoreApplication.translate(
                "Reminders",
                "Sous-traitant {reference} : fin du contrat dépassée de %n jour(s) ; "
                "enregistrez-la ou mettez la date à jour.",
                None,
                -left,
            )
        elif left == 0:
            text = QCoreApplication.translate(
                "Reminders", "Sous-traitant {reference} : le contrat prend fin aujourd'hui."
            )
        else:
            text = QCoreApplication.translate(
                "Reminders",
                "Sous-traitant {reference} : fin du contrat dans %n jour(s), le {date}.",
                None,
                left,
            )
        return text.format(reference=reference, date=day)
    # Activities: the review period is the organisation's policy (GDPR Art. 24(1)).
    if left < 0:
        text = QCoreApplication.translate(
            "Reminders",
            "Traitement {reference} : revue en retard de %n jour(s) (politique interne).",
            None,
            -left,
        )
    elif left == 0:
        text = QCoreApplication.translate(
            "Reminders", "Traitement {reference} : revue prévue aujourd'hui (politique interne)."
        )
    else:
        text = QCoreApplication.translate(
            "Reminders",
            "Traitement {reference} : revue prévue dans %n jour(s), le {date} (politique interne).",
            None,
            left,
        )
    return text.format(reference=reference, date=day)


def _references(items: Sequence[str], shown: int, extra: int = 0) -> str:
    named = join_labels(ltr(reference) for reference in items[:shown])
    others = max(0, len(items) - shown) + extra
    if not others:
        return named
    more = QCoreApplication.translate("Reminders", "et %n autre(s)", None, others)
    return f"{named} {more}"


def notification_text(
    fresh: Sequence[Reminder], more_overdue: Mapping[ReminderKind, int] | None = None
) -> str:
    """What the tray shows for one check: a sentence each, or, when many come at once
    (the first unlock of a busy register), one line per kind and stage. ``more_overdue``:
    overdue items counted but not read (services.reminders.OVERDUE_READ)."""
    more = more_overdue or {}
    if len(fresh) <= DETAILED and not any(more.values()):
        return "\n".join(reminder_text(r) for r in fresh)
    groups: dict[tuple[ReminderKind, int], list[Reminder]] = {}
    for reminder in fresh:
        stage = reminder.threshold if reminder.threshold in (OVERDUE, DUE_TODAY) else 1
        groups.setdefault((reminder.kind, stage), []).append(reminder)
    lines = []
    for kind in ReminderKind:
        for stage in (OVERDUE, DUE_TODAY, 1):
            found = groups.get((kind, stage))
            if not found:
                continue
            extra = more.get(kind, 0) if stage == OVERDUE else 0
            n = len(found) + extra
            if stage == OVERDUE:
                when = QCoreApplication.translate("Reminders", "%n en retard", None, n)
            elif stage == DUE_TODAY:
                when = QCoreApplication.translate("Reminders", "%n aujourd'hui", None, n)
            else:
                last = max(r.item.due_on for r in found)
                when = QCoreApplication.translate(
                    "Reminders", "%n d'ici le {date}", None, n
                ).format(date=short_date(last))
            refs = _references([r.reference for r in found], SHOWN_REFERENCES, extra)
            lines.append(
                QCoreApplication.translate("Reminders", "{kind} — {when} : {references}").format(
                    kind=kind_label(kind), when=when, references=refs
                )
            )
    return "\n".join(lines)


# ----------------------------------------------------------------------------- watcher


class Reminders(QObject):
    """Watches one register's deadlines; ``start`` on unlock, ``stop`` on lock."""

    #: kind, reference, threshold (days; 0 the due day, -1 overdue), the sentence shown
    reminder = Signal(str, str, int, str)
    #: the section and the item (or list preset) the DPO asked to open from the summary
    navigate = Signal(str, str)
    #: the summary window, once shown
    summary_shown = Signal(object)
    #: the settings changed (the summary's own checkbox)
    settings_changed = Signal()

    def __init__(
        self,
        prefs: Preferences,
        *,
        clock: Clock | None = None,
        tray: QSystemTrayIcon | None = None,
        breach_alerts: BreachAlerts | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.clock: Clock = clock or SystemClock()
        self.tray = tray
        self.breach_alerts = breach_alerts
        self.register: Register | None = None
        self.log = ReminderLog()  # this window's life only, never on disk
        self.summary_window: ReminderSummary | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        # The first check and the summary wait for the unlock to finish (the dashboard
        # shown first): the unlock never waits for them.
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        # A second later: a zero timer ran before the dashboard's first paint, adding up to
        # 0.1 s to the wait after Enter (bench: passphrase entered to dashboard).
        self._first.setInterval(FIRST_CHECK_MS)
        self._first.timeout.connect(self._first_check)

    @property
    def settings(self) -> ReminderSettings:
        return reminder_service.settings_from(self.prefs)

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self, register: Register) -> None:
        self.register = register
        # The breach alerts' first check comes with the reminders' first one, after the
        # dashboard's first paint: it read every open breach before it (25 ms at 200).
        self._apply_breach_alerts(check_now=False)
        self.timer.start()
        # The interval given again: start(0) would run it before the first paint, and a
        # retry (FIRST_RETRY_MS) left its shorter interval behind.
        self._first.start(FIRST_CHECK_MS)

    def stop(self) -> None:
        """On lock or close: no more reads, the summary closed (it names items)."""
        self.timer.stop()
        self._first.stop()
        if self.breach_alerts is not None:
            self.breach_alerts.stop()
        self.register = None
        if self.summary_window is not None:
            self.summary_window.close()
            self.summary_window.deleteLater()
            self.summary_window = None

    def apply_settings(self) -> None:
        """After a change in Paramètres ▸ Rappels: breach alerts on or off at once; the
        other kinds and lead times are read at each check."""
        self._apply_breach_alerts()

    def _apply_breach_alerts(self, *, check_now: bool = True) -> None:
        if self.breach_alerts is None:
            return
        wanted = self.register is not None and ReminderKind.BREACH in self.settings.kinds
        if wanted and not self.breach_alerts.running:
            assert self.register is not None
            self.breach_alerts.start(self.register, check_now=check_now)
        elif not wanted and self.breach_alerts.running:
            self.breach_alerts.stop()

    def _first_check(self) -> None:
        if self.register is None:
            return
        if is_busy(self.register):
            # The day's first unlock starts its backup in a worker: the register is busy
            # for a few seconds. The first reminders and the summary wait for its end.
            self._first.start(FIRST_RETRY_MS)
            return
        if self.breach_alerts is not None and self.breach_alerts.running:
            self.breach_alerts.check()  # started without its first check (start above)
        settings = self.settings
        due = self._read(settings)
        if due is None:
            return
        self._remind(due, settings)
        if settings.summary_at_unlock and automatic_summary():
            self._show(
                summarise(due.items, due.now, due.today, settings, more_overdue=due.more_overdue)
            )

    # -- reminders ------------------------------------------------------------------
    def _read(self, settings: ReminderSettings) -> reminder_service.DueItems | None:
        if self.register is None or is_busy(self.register):
            # A passphrase change or a purge has the file to itself (see breach_alerts):
            # nothing is lost, the thresholds passed are shown at the next check.
            return None
        try:
            return reminder_service.due_items(self.register, settings, clock=self.clock)
        except UserError:
            return None  # locked or unreadable: the next check tries again

    def check(self) -> list[Reminder]:
        """Show the reminders now due and not shown yet; returns them."""
        self._apply_breach_alerts()  # the kinds may have changed in Paramètres
        settings = self.settings
        due = self._read(settings)
        if due is None:
            return []
        return self._remind(due, settings)

    def _remind(self, due: reminder_service.DueItems, settings: ReminderSettings) -> list[Reminder]:
        fresh = self.log.take(reminders_due(due.items, due.today, settings))
        if not fresh:
            return []
        for reminder in fresh:
            self.reminder.emit(
                str(reminder.kind), reminder.reference, reminder.threshold, reminder_text(reminder)
            )
        self._notify(fresh, due.more_overdue)
        return fresh

    def _notify(self, fresh: Sequence[Reminder], more_overdue: Mapping[ReminderKind, int]) -> None:
        if self.tray is None and self.breach_alerts is not None:
            self.tray = self.breach_alerts.tray
        if self.tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
            return  # the signal has told the window; there is no desktop tray
        urgent = any(r.threshold in (OVERDUE, DUE_TODAY) for r in fresh)
        title = QCoreApplication.translate("Reminders", "DPO Desk — %n rappel(s)", None, len(fresh))
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if urgent
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.tray.showMessage(title, notification_text(fresh, more_overdue), icon)

    # -- summary --------------------------------------------------------------------
    def summary(self) -> DueSummary | None:
        settings = self.settings
        due = self._read(settings)
        if due is None:
            return None
        return summarise(due.items, due.now, due.today, settings, more_overdue=due.more_overdue)

    def show_summary(self, parent: QWidget | None = None) -> ReminderSummary | None:
        """The summary window, when something is due; None when nothing is."""
        summary = self.summary()
        return self._show(summary, parent) if summary is not None else None

    def _show(self, summary: DueSummary, parent: QWidget | None = None) -> ReminderSummary | None:
        if summary.total == 0:
            return None
        if self.summary_window is not None:
            self.summary_window.close()
            self.summary_window.deleteLater()
        owner = parent or (self.parent() if isinstance(self.parent(), QWidget) else None)
        window = ReminderSummary(summary, self.prefs, owner)  # type: ignore[arg-type]
        window.open_item.connect(self._open)
        window.turned_off.connect(self.settings_changed)
        self.summary_window = window
        window.show()
        self.summary_shown.emit(window)
        return window

    def _open(self, section: str, reference: str) -> None:
        self.navigate.emit(section, reference)


# ----------------------------------------------------------------------------- summary


class ReminderSummary(QDialog):
    """What is due, by kind: counts, the references, buttons to the lists. Not modal."""

    #: section key, reference or list preset ("preset:overdue", "")
    open_item = Signal(str, str)
    #: the DPO unticked "show at each unlock" (already saved in the preferences)
    turned_off = Signal()

    def __init__(
        self, summary: DueSummary, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.summary = summary
        self.prefs = prefs
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowTitle(self.tr("Échéances à surveiller"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        self.heading = label(
            self.tr("%n échéance(s) à surveiller au {date}", None, summary.total).format(
                date=short_date(summary.today)
            ),
            "heading",
        )
        layout.addWidget(self.heading)
        # The kinds scroll when many are due on a small screen; the window never grows
        # past the screen, and a word-wrapped line is never squeezed under the next.
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.rows: dict[ReminderKind, QWidget] = {}
        for kind_summary in summary.kinds:
            if kind_summary.total:
                row = self._kind_card(kind_summary)
                self.rows[kind_summary.kind] = row
                column.addWidget(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds_area = scroll
        self.kinds_column = column
        layout.addWidget(scroll, 1)
        # Wide enough for each kind's title and buttons: no line cut, no sideways scroll.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(max(560, inner.minimumSizeHint().width() + 40 + bar + 8))
        self.show_again = QCheckBox(self.tr("Afficher ce résumé à chaque déverrouillage"))
        self.show_again.setChecked(prefs.reminder_summary)
        self.show_again.toggled.connect(self._show_again)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_again, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)

    def counts(self, kind: ReminderKind) -> tuple[int, int, int]:
        found = self.summary.of(kind)
        return found.overdue_count, len(found.today), len(found.soon)

    def _kind_card(self, found: KindSummary) -> QWidget:
        card = Card()
        card.body.setContentsMargins(14, 10, 14, 10)
        card.body.setSpacing(4)
        section = SECTIONS[found.kind]
        header = QHBoxLayout()
        header.addWidget(label(kind_label(found.kind), "subheading"), 1)
        for text, reference in self._list_buttons(found):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=section, r=reference: self._open(s, r))
            header.addWidget(button)
        card.body.addLayout(header)
        buckets = (
            (found.overdue, self.tr("En retard : %n", None, found.overdue_count), style.DANGER),
            (found.today, self.tr("Aujourd'hui : %n", None, len(found.today)), style.WARNING),
            (
                found.soon,
                self.tr("Dans les {days} prochains jours : %n", None, len(found.soon)).format(
                    days=SUMMARY_DAYS
                ),
                style.TEXT_SECONDARY,
            ),
        )
        for items, title, colour in buckets:
            if not items:
                continue
            extra = found.more_overdue if items is found.overdue else 0
            line = QLabel()
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.RichText)
            heading = f'<span style="color:{colour}; font-weight:600">{html.escape(title)}</span>'
            line.setText(heading + " " + self._links(section, items, extra))
            line.linkActivated.connect(self._link)
            card.body.addWidget(line)
        return card

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt override
        # As tall as the kinds need, within the screen (the rest scrolls).
        hint = super().sizeHint()
        needed = hint.height() - self.kinds_area.sizeHint().height()
        width = max(hint.width(), self.minimumWidth()) - 40  # the window's margins
        needed += self.kinds_column.heightForWidth(width)
        screen = self.screen().availableGeometry().height() if self.screen() else 700
        return QSize(hint.width(), min(needed, int(screen * 0.85)))

    def _list_buttons(self, found: KindSummary) -> list[tuple[str, str]]:
        if found.kind is ReminderKind.REQUEST:
            buttons = []
            if found.overdue:
                buttons.append((self.tr("Demandes en retard"), "preset:overdue"))
            if found.today or found.soon:
                buttons.append((self.tr("Échéances de la semaine"), "preset:due_soon"))
            return buttons
        if found.kind is ReminderKind.BREACH:
            return [(self.tr("Ouvrir les violations"), "")]
        if found.kind is ReminderKind.ACTIVITY_REVIEW:
            return [(self.tr("Ouvrir les traitements"), "")]
        return [(self.tr("Ouvrir les sous-traitants"), "")]

    @staticmethod
    def _links(section: str, items: Sequence[DueItem], extra: int = 0) -> str:
        # Inside the unlocked window a processor or an activity shows its name (the
        # register's own list shows it too); the window closes at the lock.
        def text(item: DueItem) -> str:
            shown = item.label or item.reference
            return html.escape(shown, quote=False)

        links = [
            f'<a href="{section}|{item.reference}">{ltr(text(item))}</a>'
            for item in items[:SUMMARY_REFERENCES]
        ]
        named = join_labels(links)
        others = max(0, len(items) - SUMMARY_REFERENCES) + extra
        if others:
            more = QCoreApplication.translate("Reminders", "et %n autre(s)", None, others)
            named = f"{named} {more}"
        return named

    def _link(self, href: str) -> None:
        section, _bar, reference = href.partition("|")
        self._open(section, reference)

    def _open(self, section: str, reference: str) -> None:
        self.open_item.emit(section, reference)

    def _show_again(self, checked: bool) -> None:
        self.prefs.reminder_summary = checked
        self.prefs.save()
        if not checked:
            self.turned_off.emit()
