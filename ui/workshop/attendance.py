"""Attendance: who is in the room, typed quickly, with names from earlier workshops.

Type a name (three letters bring back someone from an earlier workshop of
the mission, with their organisation and group), Tab, organisation, Tab,
group by its first letters, Enter: the person is added and the cursor is
back in the name.  The count of named attendees is what votes are checked
against.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.workshop.attendees import KnownAttendee, present
from exports.workshop.layout import WorkshopLayout
from ui.shared.session import FillSession


class AttendancePanel(QWidget):
    """The attendees list and its quick-entry line.

    Signals:
        count_changed(int): the number of named attendees.
    """

    count_changed = Signal(int)

    def __init__(
        self, session: FillSession, layout: WorkshopLayout, known: list[KnownAttendee]
    ) -> None:
        super().__init__()
        self.setObjectName("attendance")
        self.session = session
        self.layout = layout
        self.known = {person.name: person for person in known}
        assert layout.attendees is not None
        self.key = layout.attendees
        self.name = QLineEdit()
        self.name.setObjectName("attendee_name")
        self.name.setPlaceholderText(self.tr("Full name"))
        completer = QCompleter(sorted(self.known), self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.name.setCompleter(completer)
        self.name.editingFinished.connect(self._recall)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("attendee_organisation")
        self.organisation.setPlaceholderText(self.tr("Organisation"))
        self.group = QComboBox()
        self.group.setObjectName("attendee_group")
        self.group.addItem("", "")
        if "attendee_group" in layout.attendee_fields:
            for choice in session.state.choices(layout.attendee(1, "attendee_group")):
                self.group.addItem(session.state.text(choice.labels), choice.name)
        add = QPushButton(self.tr("Add"))
        add.setAutoDefault(False)
        add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add.clicked.connect(self.add)
        for widget in (self.name, self.organisation, self.group):
            widget.installEventFilter(self)
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        entry = QGridLayout()
        entry.addWidget(self.name, 0, 0)
        entry.addWidget(self.organisation, 0, 1)
        entry.addWidget(self.group, 1, 0)
        entry.addWidget(add, 1, 1)
        self.count = QLabel()
        self.count.setObjectName("present_count")
        self.list = QListWidget()
        self.list.setObjectName("attendee_list")
        self.list.installEventFilter(self)
        self.positions: list[int] = []
        box = QVBoxLayout(self)
        box.addWidget(self.count)
        box.addLayout(entry)
        box.addWidget(self.list, 1)
        session.structure_changed.connect(lambda _key: self.refresh())
        session.changed.connect(lambda _changes: self.refresh())
        session.reloaded.connect(lambda _message: self.refresh())
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in any entry box adds the person; Delete in the list removes one."""
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if watched is not self.list and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add()
                return True
            if watched is self.list and event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _recall(self) -> None:
        """A name from an earlier workshop brings back its organisation and group."""
        person = self.known.get(self.name.text().strip())
        if person is None or self.organisation.text():
            return
        self.organisation.setText(person.organisation)
        if person.group:
            self.group.setCurrentIndex(max(0, self.group.findData(person.group)))

    def add(self) -> None:
        """Save the typed person as one undoable step, then clear the entry for the next."""
        name = self.name.text().strip()
        if not name:
            return
        self._recall()
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Add attendee {name}").format(name=name))
        try:
            position = self._free_position()
            if position is None:
                return
            values = {
                "attendee_name": name,
                "attendee_organisation": self.organisation.text().strip(),
                "attendee_group": self.group.currentData() or "",
            }
            for field, value in values.items():
                if field in self.layout.attendee_fields:
                    self.session.commit(self.layout.attendee(position, field), value or None)
        finally:
            stack.endMacro()
        self.name.clear()
        self.organisation.clear()
        self.group.setCurrentIndex(0)
        self.name.setFocus()

    def _free_position(self) -> int | None:
        """The last instance if nobody is named in it (a new form has one), else a new one.

        None when the new instance could not be saved (the session said why).
        """
        count = self.session.state.repeat_count(self.key)
        if count and not self.session.state.value(self.layout.attendee(count, "attendee_name")):
            return count
        added = self.session.add_repeat(self.key)
        return None if added is None else self.session.state.repeat_count(self.key)

    def remove_selected(self) -> None:
        """Delete the selected attendee (undoable)."""
        row = self.list.currentRow()
        if 0 <= row < len(self.positions):
            self.session.remove_repeat(f"{self.key}[{self.positions[row]}]")

    def present(self) -> int:
        state = self.session.state
        return present(self.layout, state.answers, state.repeat_count(self.key))

    def refresh(self) -> None:
        state = self.session.state
        self.list.clear()
        self.positions = []
        for position in range(1, state.repeat_count(self.key) + 1):
            name = state.value(self.layout.attendee(position, "attendee_name"))
            if not name:
                continue
            self.positions.append(position)
            organisation = state.value(self.layout.attendee(position, "attendee_organisation"))
            self.list.addItem(f"{name} — {organisation}" if organisation else name)
        count = self.present()
        self.count.setText(self.tr("Present: {count}").format(count=count))
        self.count_changed.emit(count)
