"""A repeat on a page: its instances, each with move and remove, and Add.

Instances are rebuilt whenever the repeat's size or order changes: paths are
positional (``attendees[2]/…``), so after a move or removal every widget
below would point at the wrong instance anyway.  Removing asks first, since
it deletes answers (it can still be undone).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forms.model import Group, Node
from ui.filler.look import emphasise
from ui.shared.session import FillSession

ADD_SHORTCUT = "Ctrl+Shift+A"


class Host(Protocol):
    """The section page a repeat block sits on: it owns the fields and lays out children."""

    session: FillSession
    containers: dict[str, QWidget]

    def add_node(self, layout: QLayout, node: Node, path: str) -> None: ...

    def forget(self, prefix: str) -> None: ...

    def reveal(self, path: str) -> bool: ...


def confirm_removal(parent: QWidget, title: str) -> bool:
    """Ask before deleting an instance and its answers (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RepeatBlock", "Remove entry"),
        QCoreApplication.translate(
            "RepeatBlock", "Remove “{title}” and all its answers? You can undo this with Ctrl+Z."
        ).format(title=title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class RepeatBlock(QWidget):
    """All instances of one repeat key, rebuilt from FormState on demand."""

    def __init__(self, page: Host, repeat: Group, key: str) -> None:
        super().__init__()
        self.page = page
        self.repeat = repeat
        self.key = key
        self.instances: list[QFrame] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("repeatHeading")
        emphasise(self.heading, scale=1.25)
        layout.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.add_button.setVisible(not repeat.repeat_count)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        # Ctrl+Shift+A adds an instance from anywhere inside this repeat.
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence(ADD_SHORTCUT))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self._add)
        self.add_action.setEnabled(not repeat.repeat_count)
        self.addAction(self.add_action)
        self.rebuild()

    @property
    def label(self) -> str:
        return self.page.session.state.label(self.key) or self.repeat.name

    def refresh_texts(self) -> None:
        self.heading.setText(self.label)
        self.add_button.setText(self.tr("Add to {label}").format(label=self.label))
        self.add_button.setToolTip(
            self.tr("Add to {label} ({keys})").format(
                label=self.label,
                keys=QKeySequence(ADD_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        for position, frame in enumerate(self.instances, start=1):
            frame.findChild(QLabel, "instanceTitle").setText(f"{self.label} · {position}")

    def rebuild(self) -> None:
        """Drop every instance widget and build the current instances again."""
        state = self.page.session.state
        self.page.forget(self.key + "[")
        for frame in self.instances:
            self.body.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        count = state.repeat_count(self.key)
        self.instances = [self._instance(position, count) for position in range(1, count + 1)]
        for frame in self.instances:
            self.body.addWidget(frame)
        self._tab_to_add()
        self.refresh_texts()

    def _tab_to_add(self) -> None:
        """Tab from the last field of the last instance reaches Add, not the next question."""
        if not self.instances or self.repeat.repeat_count:
            return
        reachable = [
            widget
            for widget in self.instances[-1].findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if reachable:
            QWidget.setTabOrder(reachable[-1], self.add_button)

    def _instance(self, position: int, count: int) -> QFrame:
        path = f"{self.key}[{position}]"
        frame = QFrame()
        frame.setObjectName("repeatInstance")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        header = QHBoxLayout()
        title = QLabel()
        title.setObjectName("instanceTitle")
        emphasise(title)
        header.addWidget(title, 1)
        if not self.repeat.repeat_count:
            up = self._tool(self.tr("Move up"), "↑", lambda: self._move(path, position - 1))
            down = self._tool(self.tr("Move down"), "↓", lambda: self._move(path, position + 1))
            remove = self._tool(self.tr("Remove"), self.tr("Remove"), lambda: self._remove(path))
            up.setEnabled(position > 1)
            down.setEnabled(position < count)
            for button in (up, down, remove):
                header.addWidget(button)
        layout.addLayout(header)
        for child in self.repeat.children:
            self.page.add_node(layout, child, f"{path}/{child.name}")
        self.page.containers[path] = frame
        if not self.page.session.state.is_relevant(path):
            frame.hide()  # never setVisible(True) here: without a parent that makes a window
        return frame

    def _tool(self, tip: str, text: str, action: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(action)
        return button

    def _add(self) -> None:
        instance = self.page.session.add_repeat(self.key)
        if instance is not None:
            # After the new card is laid out, so scrolling knows where it is.
            QTimer.singleShot(0, lambda: self.page.reveal(instance))

    def _move(self, path: str, position: int) -> None:
        self.page.session.move_repeat(path, position)
        self.page.reveal(f"{self.key}[{position}]")

    def _remove(self, path: str) -> None:
        position = int(path.rsplit("[", 1)[1].rstrip("]"))
        if confirm_removal(self, f"{self.label} · {position}"):
            self.page.session.remove_repeat(path)
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
