"""The workshop's own details above the board: title, place, date, facilitator, phase."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QWidget

from exports.workshop.layout import DETAIL_FIELDS, PHASE, WorkshopLayout
from ui.shared.session import FillSession
from ui.workshop.text_fields import SavedLine


class DetailsBar(QWidget):
    """Every detail the form has, editable; saved like the rest of the board."""

    def __init__(self, session: FillSession, layout: WorkshopLayout) -> None:
        super().__init__()
        self.session = session
        self.lines: dict[str, SavedLine] = {}
        self.phase: QComboBox | None = None
        self.phase_path = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for names in (DETAIL_FIELDS[:2], (*DETAIL_FIELDS[2:], PHASE)):
            column = QFormLayout()
            row.addLayout(column, 1)
            for name in names:
                path = layout.details.get(name)
                if path is None:
                    continue
                if name == PHASE:
                    column.addRow(session.state.label(path), self._phase(path))
                    continue
                line = SavedLine(session)
                line.setObjectName(name)
                line.show_path(path)
                self.lines[name] = line
                column.addRow(session.state.label(path), line)
        session.changed.connect(lambda _changes: self.refresh())
        session.reloaded.connect(lambda _message: self.refresh())

    def _phase(self, path: str) -> QComboBox:
        phase = QComboBox()
        phase.setObjectName(PHASE)
        phase.addItem("", "")
        for choice in self.session.state.choices(path):
            phase.addItem(self.session.state.text(choice.labels), choice.name)
        phase.activated.connect(
            lambda _index: self.session.commit(path, phase.currentData() or None)
        )
        self.phase, self.phase_path = phase, path
        self.refresh()
        return phase

    def refresh(self) -> None:
        for line in self.lines.values():
            line.refresh()
        if self.phase is not None:
            value = self.session.state.value(self.phase_path) or ""
            self.phase.setCurrentIndex(max(0, self.phase.findData(value)))
