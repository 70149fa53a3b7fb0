"""The import report: what each file brought, and what to do about a refused one.

A refusal is an answer, not a crash: the file's row says "Not imported" and
the details below say why in one paragraph.  Two refusals can be settled
here, so the user never has to start over: a missing or wrong password
("Enter the password…") and a package edited by hand ("Accept these edits
as…", which records the edits under a name).  The dialog only asks; the
``PackageImporter`` that opened it runs the file again and hands back the
new outcome.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.package.files import FileOutcome, ask_password
from ui.package.outcomes import (
    ADDED,
    FILE,
    PASSWORD_CODES,
    RESULT,
    UNSIGNED,
    ImportReportModel,
    breakdown,
    changed_cells,
    explanation,
)
from ui.shared import prompts
from ui.shared.labels import selectable_label


class ImportReportDialog(QDialog):
    """Per file: added, updated, unchanged and conflicts, or why it was refused.

    Signals:
        retry_requested(int, object): import row ``int`` again as this ``PackageFile``.
        conflicts_requested(): the user chose to resolve the new conflicts now.
    """

    retry_requested = Signal(int, object)
    conflicts_requested = Signal()

    def __init__(self, outcomes: list[FileOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.setObjectName("import_report")
        self.model = ImportReportModel(outcomes, self)

        self.heading = QLabel()
        self.heading.setObjectName("import_heading")
        self.heading.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("import_files")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(ADDED, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.summary = selectable_label("import_summary")
        self.counts = selectable_label("import_counts")
        self.cells = selectable_label("import_cells")
        self.accept_edits_button = QPushButton(self.tr("Accept these edits as…"))
        self.accept_edits_button.setToolTip(
            self.tr("Import the file with the changed cells recorded as this person's edits")
        )
        self.accept_edits_button.clicked.connect(self._accept_edits)
        self.password_button = QPushButton(self.tr("Enter the password…"))
        self.password_button.clicked.connect(self._enter_password)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_edits_button)
        actions.addWidget(self.password_button)
        actions.addWidget(self._unsigned_button())
        actions.addStretch(1)
        details = QGroupBox(self.tr("Details"))
        details_layout = QVBoxLayout(details)
        for label in (self.summary, self.counts, self.cells):
            details_layout.addWidget(label)
        details_layout.addLayout(actions)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Resolve conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.conflicts_button.clicked.connect(self._resolve_conflicts)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(details)
        layout.addWidget(self.buttons)
        self.resize(760, 440)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update()
        self.view.selectRow(0)

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def set_outcome(self, row: int, outcome: FileOutcome) -> None:
        """Show the outcome of importing row ``row`` again."""
        self.model.replace(row, outcome)
        self._update()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        outcomes = self.model.records()
        imported = sum(outcome.report is not None for outcome in outcomes)
        if len(outcomes) == 1:
            heading = (
                self.tr("The package was imported.")
                if imported
                else self.tr("The package was not imported.")
            )
        else:
            heading = self.tr("{imported} of {total} packages imported.").format(
                imported=imported, total=len(outcomes)
            )
        self.heading.setText(heading)
        conflicts = sum(o.report.conflicts for o in outcomes if o.report is not None)
        self.conflicts_button.setVisible(conflicts > 0)
        row = self.selected_row()
        outcome = self.model.record(row) if row is not None else None
        self.summary.setText(explanation(outcome) if outcome else "")
        self._show_counts(outcome)
        cells = changed_cells(outcome) if outcome else []
        self.cells.setText(
            self.tr("Changed cells: {cells}").format(cells=", ".join(cells)) if cells else ""
        )
        self.cells.setVisible(bool(cells))
        self.accept_edits_button.setVisible(bool(cells))
        code = outcome.error.code if outcome and outcome.error else None
        self.password_button.setVisible(code in PASSWORD_CODES)
        self.unsigned_button.setVisible(code == UNSIGNED)

    def _show_counts(self, outcome: FileOutcome | None) -> None:
        report = outcome.report if outcome else None
        self.counts.setVisible(report is not None)
        if report is None:
            return
        self.counts.setText(
            self.tr("Added: {added}\nUpdated: {updated}\nUnchanged: {unchanged}").format(
                added=breakdown(report.added),
                updated=breakdown(report.updated),
                unchanged=breakdown(report.unchanged),
            )
        )

    def _accept_edits(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name = prompts.ask_text(
            self,
            self.tr("Whose edits are these? Each changed cell is recorded as this person's edit."),
        )
        if name and name.strip():
            file = self.model.record(row).file
            self.retry_requested.emit(row, replace(file, accept_edits_by=name.strip()))

    def _enter_password(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        file = ask_password(self, self.model.record(row).file)
        if file is not None:
            self.retry_requested.emit(row, file)

    def _unsigned_button(self) -> QPushButton:
        self.unsigned_button = QPushButton(self.tr("Import it unsigned"))
        self.unsigned_button.setToolTip(
            self.tr(
                "Only if you trust where the file came from; the report will say it is unsigned"
            )
        )
        self.unsigned_button.clicked.connect(self._import_unsigned)
        return self.unsigned_button

    def _import_unsigned(self) -> None:
        row = self.selected_row()
        if row is not None:
            file = self.model.record(row).file
            self.retry_requested.emit(row, replace(file, allow_unsigned=True))

    def _resolve_conflicts(self) -> None:
        self.accept()
        self.conflicts_requested.emit()
