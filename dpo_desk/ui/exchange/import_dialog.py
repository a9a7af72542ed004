"""The import dialog: file → column mapping → validation report → import → summary.

Reading the workbook (the slow, bounded part: unzip and stream every row) runs in a
worker thread; it touches no database. Hidden sheets are read only when asked for.
Columns no field takes are listed under the mapping, with what becomes of them: each
can be mapped to a field, sent to the notes ("Colonne « Adresse postale » → notes") or
ignored; the reader's notices (macros ignored…) and hidden sheets are shown too. Validation then runs on the UI thread under a
wait cursor, against the register, every time the mapping changes: the report the user
sees is always the one for the mapping on screen. Nothing is written before "Importer",
and then in one transaction (services/imports.py).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.documents import xlsx_import as xi
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import imports
from dpo_desk.services.read_model import Register
from dpo_desk.ui.widgets import InlineMessage, busy, label

IGNORE = None


def _domain_tr(text: str) -> str:
    """Messages from below ui/: row problems (ImportProblem), the reader's notices
    (ImportNotice), domain errors (Errors) and the field labels they quote (XlsxColumn)."""
    for context in ("ImportProblem", "ImportNotice", "Errors", "XlsxColumn"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


class _Reader(QObject):
    """Reads the workbook in a plain thread; the signals cross back to the UI thread."""

    done = Signal(object)
    failed = Signal(str)

    def start(self, path: Path, include_hidden: bool = False) -> None:
        threading.Thread(target=self._run, args=(path, include_hidden), daemon=True).start()

    def _run(self, path: Path, include_hidden: bool) -> None:
        try:
            self.done.emit(imports.read_workbook(path, include_hidden=include_hidden))
        except UserError as exc:
            self.failed.emit(exc.message(_domain_tr))
        except Exception:  # noqa: BLE001 - the user gets a sentence, never a traceback
            self.failed.emit(xi.ERR_DAMAGED)


class ImportDialog(QDialog):
    imported = Signal(int)

    PAGE_FILE, PAGE_MAPPING, PAGE_REPORT, PAGE_DONE = range(4)

    def __init__(
        self,
        register: Register,
        target: str,
        *,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.target = target
        self.clock = clock
        self.path: Path | None = None
        self.workbook: xi.WorkbookRead | None = None
        self.plan: imports.ImportPlan | None = None
        self.combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Importer un fichier Excel"))
        self.resize(920, 600)
        self.reader = _Reader(self)
        self.reader.done.connect(self._read_done)
        self.reader.failed.connect(self._read_failed)

        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            self.tr("Retour"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.next_button = buttons.addButton(
            self.tr("Suivant"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._to_report)
        self.import_button.clicked.connect(self._import)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self._build_file_page()
        self._build_mapping_page()
        self._build_report_page()
        self._build_done_page()
        if target not in imports.TARGETS:
            self.message.show_message(
                self.tr("L'import n'est pas encore disponible pour ce registre.")
            )
            self.choose_button.setEnabled(False)
        self._show(self.PAGE_FILE)

    # ----------------------------------------------------------------- pages
    def _build_file_page(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(self.tr("Importer depuis un classeur Excel (.xlsx)"), "title"))
        box.addWidget(
            label(
                self.tr(
                    "Chaque ligne du classeur devient une entrée du registre. Les colonnes "
                    "sont reconnues d'après leur en-tête ; vous pourrez corriger "
                    "l'association avant l'import. Rien n'est enregistré tant que le "
                    "fichier contient des erreurs, sauf si vous choisissez d'ignorer les "
                    "lignes invalides."
                ),
                wrap=True,
            )
        )
        self.choose_button = QPushButton(self.tr("Choisir le fichier…"))
        self.choose_button.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        box.addLayout(row)
        self.include_hidden = QCheckBox(self.tr("Lire aussi les feuilles masquées"))
        box.addWidget(self.include_hidden)
        self.file_status = label("", wrap=True)
        box.addWidget(self.file_status)
        box.addStretch(1)
        self.pages.addWidget(page)

    def _build_mapping_page(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.mapping_title = label("", "title")
        box.addWidget(self.mapping_title)
        box.addWidget(
            label(
                self.tr(
                    "Vérifiez à quel champ correspond chaque colonne. Les champs marqués * "
                    "sont obligatoires ; un champ ne peut recevoir qu'une colonne."
                ),
                wrap=True,
            )
        )
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Colonne du classeur"), self.tr("Exemples de valeurs"), self.tr("Champ")]
        )
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.mapping_table.setColumnWidth(2, 260)
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setWordWrap(False)
        box.addWidget(self.mapping_table, 1)
        self.columns_label = label("", wrap=True)
        box.addWidget(self.columns_label)
        self.validation_label = label("", wrap=True)
        box.addWidget(self.validation_label)
        self.pages.addWidget(page)

    def _build_report_page(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(self.tr("Rapport de validation"), "title"))
        self.report_summary = label("", wrap=True)
        box.addWidget(self.report_summary)
        self.report_columns = label("", wrap=True)
        box.addWidget(self.report_columns)
        self.report_table = QTableWidget(0, 4)
        self.report_table.setHorizontalHeaderLabels(
            [self.tr("Feuille"), self.tr("Ligne"), self.tr("Colonne"), self.tr("Problème")]
        )
        self.report_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.report_table.verticalHeader().hide()
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        box.addWidget(self.report_table, 1)
        self.skip_invalid = QCheckBox(
            self.tr("Ignorer les lignes invalides et importer les autres")
        )
        self.skip_invalid.toggled.connect(self._update_buttons)
        box.addWidget(self.skip_invalid)
        self.duplicates_label = label("", wrap=True)
        box.addWidget(self.duplicates_label)
        self.skip_duplicates = QRadioButton(self.tr("Ignorer ces lignes (garder le registre)"))
        self.update_duplicates = QRadioButton(self.tr("Mettre à jour les entrées existantes"))
        self.skip_duplicates.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip_duplicates)
        group.addButton(self.update_duplicates)
        box.addWidget(self.skip_duplicates)
        box.addWidget(self.update_duplicates)
        self.pages.addWidget(page)

    def _build_done_page(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(self.tr("Import terminé"), "title"))
        self.done_label = label("", wrap=True)
        box.addWidget(self.done_label)
        box.addStretch(1)
        self.pages.addWidget(page)

    # ----------------------------------------------------------------- navigation
    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        self.back_button.setVisible(index in (self.PAGE_MAPPING, self.PAGE_REPORT))
        self.next_button.setVisible(index == self.PAGE_MAPPING)
        self.next_button.setEnabled(self.plan is not None)
        self.import_button.setVisible(index == self.PAGE_REPORT)
        plan = self.plan
        can_import = (
            plan is not None and bool(plan.rows) and (plan.clean or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(can_import)

    def _back(self) -> None:
        self.message.clear_message()
        self._show(max(self.PAGE_FILE, self.pages.currentIndex() - 1))

    # ----------------------------------------------------------------- file
    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir le classeur"),
            "",
            self.tr("Classeur Excel (*.xlsx *.xlsm)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the background; the mapping page opens when it is read."""
        self.path = path
        self.message.clear_message()
        self.choose_button.setEnabled(False)
        self.file_status.setText(self.tr("Lecture de « %1 »…").replace("%1", path.name))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.reader.start(path, self.include_hidden.isChecked())

    @Slot(object)
    def _read_done(self, workbook: xi.WorkbookRead) -> None:
        self.unsetCursor()
        self.choose_button.setEnabled(True)
        self.workbook = workbook
        if not workbook.tables:  # data only in hidden sheets
            self.file_status.setText("")
            self.message.show_message(
                UserError(
                    _domain_tr(imports.ERR_ONLY_HIDDEN),
                    sheets=", ".join(f"« {title} »" for title in workbook.hidden),
                ).message()
            )
            return
        table = imports.sheet_for(list(workbook.tables), self.target)
        self._fill_mapping(table, imports.suggest_mapping(table.headers, self.target))
        self._show(self.PAGE_MAPPING)
        self.revalidate()

    @Slot(str)
    def _read_failed(self, text: str) -> None:
        self.unsetCursor()
        self.choose_button.setEnabled(True)
        self.file_status.setText("")
        self.message.show_message(text)

    # ----------------------------------------------------------------- mapping
    def _fill_mapping(self, table: xi.SheetTable, mapping: dict[int, str | None]) -> None:
        self.table = table
        self.mapping_title.setText(
            self.tr("Feuille « {sheet} » : %n ligne(s)", None, len(table.rows)).format(
                sheet=table.title
            )
        )
        specs = imports.fields_for(self.target)
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            letter = xi.column_letter(index)
            shown = f"{letter} — {header}" if header else f"{letter} — " + self.tr("(sans en-tête)")
            self.mapping_table.setItem(index, 0, QTableWidgetItem(shown))
            samples = QTableWidgetItem(" · ".join(table.samples(index)))
            self.mapping_table.setItem(index, 1, samples)
            combo = QComboBox()
            combo.addItem(self.tr("— ignorer —"), IGNORE)
            combo.addItem(self.tr("→ notes"), imports.NOTES)
            for spec in specs:
                text = QCoreApplication.translate("XlsxColumn", spec.label)
                combo.addItem(text + (" *" if spec.required else ""), spec.key)
            position = combo.findData(mapping.get(index))
            combo.setCurrentIndex(max(position, 0))
            combo.currentIndexChanged.connect(self.revalidate)
            self.mapping_table.setCellWidget(index, 2, combo)
            self.combos.append(combo)

    def current_mapping(self) -> dict[int, str | None]:
        return {index: combo.currentData() for index, combo in enumerate(self.combos)}

    def revalidate(self) -> None:
        """Validate every row against the mapping on screen (nothing is written)."""
        self.plan = None
        self.message.clear_message()
        try:
            with busy():
                self.plan = imports.plan_import(
                    self.register,
                    self.target,
                    self.path or Path("classeur.xlsx"),
                    self.current_mapping(),
                    clock=self.clock,
                    tables=[self.table],
                    workbook=self.workbook,
                    translate=_domain_tr,
                )
        except UserError as exc:
            self.validation_label.setText("")
            self.columns_label.setText("")
            self.message.show_message(exc.message(_domain_tr))
        else:
            self.validation_label.setText(self._counts_text())
            self.columns_label.setText(self.columns_text())
        self._update_buttons()

    def columns_text(self) -> str:
        """The reader's notices, the hidden sheets, and what becomes of each column no
        field takes: nothing is left out without being said."""
        plan = self.plan
        if plan is None:
            return ""
        lines = plan.notice_messages(_domain_tr)
        if plan.hidden:
            lines.append(
                self.tr(
                    "Pour lire les feuilles masquées, cochez « Lire aussi les feuilles "
                    "masquées » et choisissez à nouveau le fichier."
                )
            )
        for column in plan.to_notes:
            lines.append(
                self.tr("Colonne « {column} » → notes").format(
                    column=column.header or column.letter
                )
            )
        if plan.unmapped:
            lines.append(
                self.tr(
                    "Colonnes non reconnues, leurs valeurs ne seront pas importées : "
                    "{columns}. Associez-les à un champ ou choisissez « → notes »."
                ).format(columns=", ".join(c.name for c in plan.unmapped))
            )
        if plan.not_imported:
            lines.append(
                self.tr(
                    "Colonnes non importées (calculées ou saisies dans l'application) : {columns}."
                ).format(columns=", ".join(c.name for c in plan.not_imported))
            )
        return "\n".join(lines)

    def _counts_text(self) -> str:
        plan = self.plan
        assert plan is not None
        # One plural phrase per count: each number takes its own noun form.
        return self.tr("{valid}, {invalid}, {duplicates}.").format(
            valid=self.tr("%n ligne(s) valide(s)", None, len(plan.rows)),
            invalid=self.tr("%n ligne(s) invalide(s)", None, plan.invalid_rows),
            duplicates=self.tr("%n déjà dans le registre", None, plan.duplicates),
        )

    # ----------------------------------------------------------------- report
    def _to_report(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.report_summary.setText(
            self._counts_text()
            + " "
            + (
                self.tr("Le fichier est prêt à être importé.")
                if plan.clean
                else self.tr(
                    "Rien ne sera importé tant que ces lignes ne sont pas corrigées, sauf "
                    "si vous choisissez de les ignorer."
                )
            )
        )
        self.report_columns.setText(self.columns_text())
        self.report_columns.setVisible(bool(self.report_columns.text()))
        self.report_table.setRowCount(len(plan.problems))
        for row, problem in enumerate(plan.problems):
            values = (problem.sheet, str(problem.row), problem.column, problem.message)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.report_table.setItem(row, column, item)
        self.report_table.resizeColumnsToContents()
        self.report_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setVisible(not plan.clean)
        self.report_table.setVisible(not plan.clean)
        has_duplicates = plan.duplicates > 0
        if self.target == "requests":
            text = self.tr(
                "%n ligne(s) porte(nt) la référence d'une demande déjà enregistrée :",
                None,
                plan.duplicates,
            )
        else:
            text = self.tr(
                "%n ligne(s) porte(nt) le nom d'une entrée déjà présente dans le registre :",
                None,
                plan.duplicates,
            )
        self.duplicates_label.setText(text)
        for widget in (self.duplicates_label, self.skip_duplicates, self.update_duplicates):
            widget.setVisible(has_duplicates)
        self._show(self.PAGE_REPORT)

    def _import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        try:
            with busy():
                result = imports.apply_import(
                    self.register,
                    plan,
                    skip_invalid=self.skip_invalid.isChecked(),
                    on_duplicate="update" if self.update_duplicates.isChecked() else "skip",
                    clock=self.clock,
                )
        except UserError as exc:
            self.message.show_message(exc.message(_domain_tr))
            return
        self.done_label.setText(
            self.tr("{created}, {updated}, {skipped}.").format(
                created=self.tr("%n entrée(s) créée(s)", None, result.created),
                updated=self.tr("%n mise(s) à jour", None, result.updated),
                skipped=self.tr("%n ligne(s) ignorée(s)", None, result.skipped),
            )
        )
        self._show(self.PAGE_DONE)
        self.imported.emit(result.created + result.updated)


__all__ = ["ImportDialog"]
