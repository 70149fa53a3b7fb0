"""Resolving conflicts: both values side by side, and one choice per conflict.

Listing reads every conflicted form, so it runs as a background operation;
resolving is one short transaction (``storage.conflicts.resolve_conflict``)
and runs directly on the window's connection, which then reloads the list.
The choice is recorded as the user's own edit, so it travels in the next
package and the other side takes it as the newer answer.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import Database
from storage.conflicts import resolve_conflict
from ui.conflicts.model import (
    OURS,
    OURS_BY,
    QUESTION,
    SUBMISSION,
    THEIRS,
    THEIRS_BY,
    ConflictRow,
    ConflictsModel,
    describe_conflicts,
    who_and_when,
)
from ui.shared import errors
from ui.shared.author import ensure_author
from ui.shared.labels import selectable_label
from ui.shared.workers import Operation


class ConflictsDialog(QDialog):
    """The open conflicts of the database; choose ours, theirs or a value of one's own.

    Signals:
        loaded(): the list was read again.
        resolved(int): conflict ``int`` was settled and its answer written.
    """

    loaded = Signal()
    resolved = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.setObjectName("conflicts_dialog")
        self.model = ConflictsModel(self)

        self.heading = QLabel()
        self.heading.setObjectName("conflicts_heading")
        self.heading.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("conflicts_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        # Values and labels share the spare width; who/when are short and always whole.
        for column in (QUESTION, SUBMISSION, OURS, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (OURS_BY, THEIRS_BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.details = self._build_details()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(980, 520)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_selected()

    def _build_details(self) -> QGroupBox:
        """The selected conflict in full, with the three ways to settle it."""
        self.question = selectable_label("conflict_question")
        self.ours = selectable_label("conflict_ours")
        self.theirs = selectable_label("conflict_theirs")
        self.own_value = QLineEdit()
        self.own_value.setObjectName("conflict_value")
        self.own_value.setPlaceholderText(self.tr("Type another value, or leave empty to clear"))
        self.keep_ours = QPushButton(self.tr("Keep ours"))
        self.keep_ours.setToolTip(self.tr("Keep this computer's answer"))
        self.keep_ours.clicked.connect(lambda: self._resolve("local"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.take_theirs.setToolTip(self.tr("Take the package's answer"))
        self.take_theirs.clicked.connect(lambda: self._resolve("package"))
        self.use_value = QPushButton(self.tr("Use this value"))
        self.use_value.clicked.connect(self._resolve_with_value)
        choices = QHBoxLayout()
        for button in (self.keep_ours, self.take_theirs):
            choices.addWidget(button)
        choices.addStretch(1)
        own = QHBoxLayout()
        own.addWidget(self.own_value, 1)
        own.addWidget(self.use_value)
        details = QGroupBox(self.tr("Selected conflict"))
        form = QFormLayout(details)
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Ours:"), self.ours)
        form.addRow(self.tr("Theirs:"), self.theirs)
        form.addRow(choices)
        form.addRow(self.tr("Or:"), own)
        return details

    def reload(self) -> Operation:
        """Read the open conflicts again in the background; ``loaded`` says when."""
        operation = Operation(
            self,
            lambda task: describe_conflicts(task.database()),
            database_path=self._database.path,
        )
        operation.succeeded.connect(self._loaded)
        operation.run_in_background()
        return operation

    def selected(self) -> ConflictRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def _loaded(self, rows: list[ConflictRow]) -> None:
        chosen = self.selected()
        self.model.set_records(rows)
        explain = self.tr(
            "Each was changed both here and in an imported package, without seeing the "
            "other. Choose which value is right; nothing is overwritten until you do."
        )
        if not rows:
            heading = self.tr("No conflicts to resolve.")
        else:
            heading = self.tr("%Ln answer(s) to decide.", None, len(rows)) + " " + explain
        self.heading.setText(heading)
        row = self.model.row_of(chosen.conflict.id) if chosen else None
        self.view.selectRow(row if row is not None else 0)
        self._show_selected()
        self.loaded.emit()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.selected()
        self.details.setEnabled(item is not None)
        if item is None:
            for label in (self.question, self.ours, self.theirs):
                label.clear()
            self.own_value.clear()
            return
        conflict = item.conflict
        self.question.setText(f"{item.question}  ({conflict.path}) — {item.submission}")
        by_us = who_and_when(conflict.local_updated_by, conflict.local_updated_at)
        by_them = who_and_when(conflict.package_updated_by, conflict.package_updated_at)
        empty = self.tr("(no answer)")
        self.ours.setText(f"{item.ours or empty}   ({by_us})")
        self.theirs.setText(f"{item.theirs or empty}   ({by_them})")
        self.own_value.setText(conflict.local_value or "")

    def _resolve_with_value(self) -> None:
        item = self.selected()
        if item is None:
            return
        value = self.own_value.text()
        conflict = item.conflict
        if value == (conflict.package_value or ""):
            self._resolve("package")
        else:
            self._resolve("value", value)

    def _resolve(self, choose: str, value: str | None = None) -> None:
        item = self.selected()
        if item is None:
            return
        by = ensure_author(self._database, self)
        if by is None:
            return
        try:
            resolve_conflict(self._database, item.conflict.id, choose, by=by, value=value)
        except UserError as error:
            errors.show_user_error(self, error)
            return
        self.resolved.emit(item.conflict.id)
        self.reload()
