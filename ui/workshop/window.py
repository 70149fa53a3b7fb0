"""The workshop board: one validation-workshop submission as a live table, with a projector.

It edits the submission through the same ``SubmissionEditor`` and
``FillSession`` as the form view, so both show the same answers (each
re-reads what the other saved), every change is saved durably at once
(typed text within 0.5 s), audited, and undoable.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from exports.workshop.attendees import earlier_attendees
from exports.workshop.details import known_details
from exports.workshop.layout import WorkshopLayout
from exports.workshop.priorities import summarise
from forms.errors import FormError, MarkedText, UserError
from forms.wheel.structure import Wheel
from storage.database import Database
from storage.editing import SubmissionEditor, stored_form
from ui.shared import errors
from ui.shared.core_messages import error_message
from ui.shared.form_languages import form_title
from ui.shared.placement import place
from ui.shared.retranslate import Texts
from ui.shared.session import FillSession
from ui.workshop.attendance import AttendancePanel
from ui.workshop.details_bar import DetailsBar
from ui.workshop.item_timer import ItemTimer, clock
from ui.workshop.model import PrioritiesModel
from ui.workshop.priority_steps import PrioritySteps
from ui.workshop.projector import ProjectorWindow
from ui.workshop.side_panel import PriorityPanel
from ui.workshop.table import PrioritiesView

OUTSIDE_CHECK_MS = 2000
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.15, 0.6, 3.0
KEYS_HINT = QT_TRANSLATE_NOOP(
    "WorkshopWindow",
    "Enter on the last row: new priority · on an outcome or vote cell, V validated, M modified, "
    "R rejected, D deferred · Tab: next cell · Alt+↑/↓: re-rank · F5: projector · F6: summary · "
    "F7: timer on the projector · Ctrl+=/Ctrl+-: zoom",
)


class WorkshopWindow(QMainWindow):
    """The board of submission ``submission_uuid``; raises ``UserError`` for another form.

    Signals:
        answers_saved(str): an answer of this submission (uuid) was saved.
    """

    answers_saved = Signal(str)

    def __init__(
        self, db: Database, submission_uuid: str, *, by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_board")
        submission = db.submission(submission_uuid)
        self.form = stored_form(db, submission)
        layout = WorkshopLayout.from_form(self.form)
        if layout is None:
            raise UserError(
                "not-a-workshop",
                MarkedText(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The form {form} has no priorities with an outcome and votes, so it cannot "
                        "open as a workshop board; open it as a form instead.",
                    )
                ),
                form=form_title(self.form),
            )
        self.db, self.layout, self.uuid = db, layout, submission_uuid
        self.editor = SubmissionEditor(db, submission, self.form, by=by)
        self.session = FillSession(self.editor, self)
        self.known = self._fill_known_details(submission.mission_uuid, by)
        self.open_elsewhere: Callable[[], bool] = lambda: False
        """Whether another window (the form view) has this submission open; set by the opener."""
        self.zoom = 1.0
        self.base_point_size = self.font().pointSizeF()
        self.projector: ProjectorWindow | None = None
        self.projector_summary = False
        self._build(submission.mission_uuid)
        self._wire()
        mission = db.mission(submission.mission_uuid)
        self.texts.bind(
            self.setWindowTitle,
            lambda: self.tr(
                "Workshop board · {author} — {mission} — {database} — Fieldwheel"
            ).format(author=submission.author, mission=mission.title, database=db.path.name),
        )
        self.view.select_row(0)
        self.view.setFocus()
        place(self, QByteArray(), QSize(1280, 800))

    # -- building ---------------------------------------------------------------

    def _fill_known_details(self, mission_uuid: str, by: str) -> dict[str, str]:
        """A workshop opened for the first time gets facilitator, date, phase and title."""
        if self.db.answer_rows(self.uuid) or self.db.repeat_sizes(self.uuid):
            return {}
        values = known_details(
            self.layout,
            self.form,
            self.session.state.answers,
            self.db.mission(mission_uuid),
            self.db.author() or by,
            datetime.date.today(),
        )
        for path, value in values.items():
            self.session.write(path, value)
        return values

    def _labels(self, field: str) -> dict[str, str]:
        """Choice name -> label in the form's language, for a priority field."""
        if field not in self.layout.fields:
            return {}
        state = self.session.state
        path = self.layout.priority(1, field)
        return {choice.name: state.text(choice.labels) for choice in state.choices(path)}

    def _build(self, mission_uuid: str) -> None:
        self.texts = Texts(self, follow_language=False)
        self.block_labels = self._labels("priority_block")
        self.outcome_labels = self._labels("outcome")
        try:
            self.wheel = Wheel.from_form(self.form)
        except FormError:
            self.wheel = None
        self.model = PrioritiesModel(
            self.session, self.layout, self.block_labels, self.outcome_labels
        )
        self.view = PrioritiesView(self.model)
        self.steps = PrioritySteps(self.session, self.model)
        self.panel = PriorityPanel(self.session, self.model)
        self.details = DetailsBar(self.session, self.layout)
        self.attendance: AttendancePanel | None = None
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.panel)
        if self.layout.attendees is not None:
            known = earlier_attendees(self.db, mission_uuid, besides=self.uuid)
            self.attendance = AttendancePanel(self.session, self.layout, known)
            side.addWidget(self.attendance)
        hint = QLabel()
        self.texts.bind(hint.setText, lambda: self.tr(KEYS_HINT))
        hint.setObjectName("keys_hint")
        hint.setWordWrap(True)
        table = QWidget()
        table_box = QVBoxLayout(table)
        table_box.setContentsMargins(0, 0, 0, 0)
        table_box.addWidget(self.view, 1)
        table_box.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([960, 320])
        central = QWidget()
        box = QVBoxLayout(central)
        box.addWidget(self.details)
        box.addWidget(split, 1)
        self.setCentralWidget(central)
        self.timer = ItemTimer(self)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("item_timer")
        self.statusBar().addPermanentWidget(self.timer_label)
        self._build_actions()

    def _action(
        self,
        text: Callable[[], str],
        keys: tuple[str, ...],
        slot: Callable[[], object],
        *,
        checkable: bool = False,
    ) -> QAction:
        """An action of the Board menu whose ``text`` follows the window's language."""
        action = QAction(self)
        self.texts.bind(action.setText, text)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        self.board_menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.board_menu = self.menuBar().addMenu("")
        self.texts.bind(self.board_menu.setTitle, lambda: self.tr("&Board"))
        self._action(lambda: self.tr("&Add priority"), ("Ctrl+Shift+A",), self.add_priority)
        self._action(
            lambda: self.tr("&Proposed agenda from the wheel…"),
            ("Ctrl+Shift+G",),
            self.propose_agenda,
        )
        self._action(lambda: self.tr("&Undo"), ("Ctrl+Z",), self.session.undo)
        self._action(lambda: self.tr("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), self.session.redo)
        self.board_menu.addSeparator()
        self._action(lambda: self.tr("Pr&iorities"), ("Ctrl+1",), self.view.setFocus)
        if self.attendance is not None:
            self._action(lambda: self.tr("A&ttendance"), ("Ctrl+2",), self.attendance.name.setFocus)
        self.board_menu.addSeparator()
        self.projector_action = self._action(
            lambda: self.tr("Pro&jector"), ("F5",), self.toggle_projector, checkable=True
        )
        self.summary_action = self._action(
            lambda: self.tr("&Summary on the projector"),
            ("F6",),
            self.toggle_summary,
            checkable=True,
        )
        self.timer_action = self._action(
            lambda: self.tr("&Timer on the projector"),
            ("F7",),
            self.refresh_projector,
            checkable=True,
        )
        self._action(
            lambda: self.tr("Zoom &in"),
            ("Ctrl+=", "Ctrl++"),
            lambda: self.set_zoom(self.zoom * ZOOM_STEP),
        )
        self._action(
            lambda: self.tr("Zoom &out"), ("Ctrl+-",), lambda: self.set_zoom(self.zoom / ZOOM_STEP)
        )
        self._action(lambda: self.tr("&Normal size"), ("Ctrl+0",), lambda: self.set_zoom(1.0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Menu, hints and title again in the window's language; the table re-reads its headers."""
        self.texts.refresh()
        self.model.refresh()
        self.refresh_projector()

    def _wire(self) -> None:
        session = self.session
        session.saved.connect(lambda _path: self.answers_saved.emit(self.uuid))
        session.changed.connect(lambda _changes: self.refresh_projector())
        session.structure_changed.connect(lambda _key: self._structure_changed())
        session.failed.connect(self.say)
        session.reloaded.connect(self._reloaded)
        session.conflicted.connect(self.say)
        self.view.delegate.refused.connect(self.say)
        self.view.add_requested.connect(self.add_priority)
        self.view.outcome_requested.connect(self.steps.decide)
        self.view.move_requested.connect(self.move_priority)
        self.view.remove_requested.connect(self.steps.remove)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.model.modelReset.connect(self._restore_selection)
        self.timer.ticked.connect(self._ticked)
        if self.attendance is not None:
            self.attendance.count_changed.connect(lambda _count: self.model.refresh())
        self.outside_changes = QTimer(self)
        self.outside_changes.setInterval(OUTSIDE_CHECK_MS)
        self.outside_changes.timeout.connect(self.check_for_outside_changes)
        self.outside_changes.start()

    # -- priorities -------------------------------------------------------------

    def add_priority(self) -> None:
        """A new priority at the end, the cursor in its title."""
        row = self.steps.add()
        if row is not None:
            self.view.edit_cell(row, "priority_title")

    def move_priority(self, row: int, offset: int) -> None:
        column = self.view.currentIndex().column()
        moved = self.steps.move(row, offset)
        if moved != row:
            self.timer.swap(row, moved)
        self.view.setCurrentIndex(self.model.index(moved, max(0, column)))

    def propose_agenda(self) -> None:
        """Offer the mission's weakest blocks as draft priorities."""
        from exports.workshop.agenda import proposed_agenda
        from ui.workshop.agenda_dialog import AgendaDialog

        taken = {p.block for p in self.model.priorities() if p.block}
        mission_uuid = self.editor.submission.mission_uuid
        try:
            drafts = proposed_agenda(
                self.db, mission_uuid, language=self.session.state.language, exclude=taken
            )
        except UserError as error:
            errors.show_user_error(self, error)
            return
        if not drafts:
            self.say(self.tr("Every scored building block already has a priority on the board."))
            return
        dialog = AgendaDialog(drafts, self)
        if self.run_dialog(dialog):
            self.steps.add_drafts(dialog.chosen())
            self.say(self.tr("Proposed priorities added; Ctrl+Z takes them back."))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to answer it."""
        return bool(dialog.exec())

    # -- keeping views current --------------------------------------------------

    def _current_changed(self) -> None:
        row = self.view.current_row()
        if row >= 0:
            self._remembered = (row, self.view.currentIndex().column())
        self.panel.show_row(row)
        self.timer.follow(row)
        self.refresh_projector()

    def _restore_selection(self) -> None:
        row, column = getattr(self, "_remembered", (0, 1))
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _structure_changed(self) -> None:
        self.refresh_projector()

    def _reloaded(self, message: str) -> None:
        self.model.reset()
        self.details.refresh()
        self.say(message)

    def _ticked(self, row: int, seconds: int) -> None:
        if row < 0:
            self.timer_label.setText("")
            return
        self.timer_label.setText(
            self.tr("Priority {rank}: {time}").format(rank=row + 1, time=clock(seconds))
        )
        if self.projector is not None and self.projector.show_timer:
            self.projector.show_seconds(seconds)

    def check_for_outside_changes(self) -> None:
        """Show answers the form view, an import or a resolution changed since this read them."""
        try:
            self.session.check_for_outside_changes()
        except UserError as error:
            self.say(error_message(error))

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- projector and zoom -------------------------------------------------------

    def toggle_projector(self) -> None:
        """F5: open the projector view (on a second screen if there is one), or close it."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(
                self.wheel, self.block_labels, self.outcome_labels, self.session.state.language
            )
            self.projector.closed.connect(lambda: self.projector_action.setChecked(False))
        self.projector.apply_zoom(self.zoom)
        self.projector.show_on_a_screen(self)
        self.projector_action.setChecked(True)
        self.refresh_projector()
        self.activateWindow()

    def toggle_summary(self) -> None:
        """F6: between items, the projector shows the decisions so far and the wheel."""
        self.projector_summary = self.summary_action.isChecked()
        self.refresh_projector()

    def refresh_projector(self) -> None:
        projector = self.projector
        if projector is None or not projector.isVisible():
            return
        projector.show_timer = self.timer_action.isChecked()
        priorities = self.model.priorities()
        row = self.view.current_row()
        if self.projector_summary or not 0 <= row < len(priorities):
            projector.show_summary(summarise(priorities))
        else:
            projector.show_priority(priorities[row], len(priorities), self.timer.seconds(row))

    def set_zoom(self, zoom: float) -> None:
        """Ctrl+= / Ctrl+-: the board's text and the projector's, together."""
        self.zoom = min(ZOOM_MAX, max(ZOOM_MIN, zoom))
        font = self.centralWidget().font()
        font.setPointSizeF(self.base_point_size * self.zoom)
        self.centralWidget().setFont(font)
        self.view.set_widths()
        if self.projector is not None:
            self.projector.apply_zoom(self.zoom)

    # -- closing ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save typed text; a workshop left with only the filled-in details is not kept."""
        self.session.flush()
        if self.projector is not None:
            self.projector.close()
        self.outside_changes.stop()
        if self.known and self.db.answers(self.uuid) == self.known and not self.open_elsewhere():
            self.db.delete_submission(self.uuid)
        else:
            self.editor.discard_if_untouched()
        super().closeEvent(event)
