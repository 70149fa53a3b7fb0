"""One section's questions in a scroll area, refreshed path by path.

A page is built the first time its section is shown, which keeps opening a
300-question form fast.  It keeps the answer path of every widget it built,
so applying an edit's ``Changes`` touches only those widgets: a value, a
visibility, a message, a choice list, or a repeat that grew or shrank.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from forms.model import Group, Node, Question
from forms.state.form_state import Changes
from ui.filler.fields.base import QuestionField
from ui.filler.fields.registry import FieldRegistry
from ui.filler.look import HINT_COLOUR, emphasise, tint
from ui.filler.repeats import RepeatBlock
from ui.filler.sections import Section
from ui.shared.session import FillSession


class SectionPage(QScrollArea):
    """The widgets of one section, keyed by answer path."""

    def __init__(
        self, session: FillSession, registry: FieldRegistry, section: Section, title: str
    ) -> None:
        super().__init__()
        self.session = session
        self.registry = registry
        self.section = section
        self.fields: dict[str, QuestionField] = {}
        self.containers: dict[str, QWidget] = {}
        self.repeats: dict[str, RepeatBlock] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("sectionBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(10)
        self.trail = QLabel()
        tint(self.trail, HINT_COLOUR)
        self.heading = QLabel(title)
        self.heading.setObjectName("pageTitle")
        emphasise(self.heading, scale=1.6)
        self.heading.setWordWrap(True)
        layout.addWidget(self.trail)
        layout.addWidget(self.heading)
        for node in section.nodes:
            self.add_node(layout, node, node.path)
        layout.addStretch(1)
        self.setWidget(body)

    # -- building --------------------------------------------------------

    def add_node(self, layout: QLayout, node: Node, path: str) -> None:
        """Add the widget for ``node`` at answer path ``path`` (recursing into groups)."""
        state = self.session.state
        if isinstance(node, Question):
            field = self.registry.create(self.session, node, path)
            if field is not None:
                self.fields[path] = field
                field.setVisible(state.is_relevant(path))
                layout.addWidget(field)
        elif isinstance(node, Group) and node.repeat:
            block = RepeatBlock(self, node, path)
            block.heading.setVisible(path != self.section.key)  # the page title says it already
            self.repeats[path] = block
            block.setVisible(state.is_relevant(path))
            layout.addWidget(block)
        else:
            box = QGroupBox(state.label(path) or node.name)
            inner = QVBoxLayout(box)
            for child in node.children:
                self.add_node(inner, child, f"{path}/{child.name}")
            self.containers[path] = box
            box.setVisible(state.is_relevant(path))
            layout.addWidget(box)

    def forget(self, prefix: str) -> None:
        """Drop the bookkeeping of widgets under ``prefix`` (their instance is rebuilt)."""
        for table in (self.fields, self.containers, self.repeats):
            for path in [path for path in table if path.startswith(prefix)]:
                del table[path]

    # -- refreshing ------------------------------------------------------

    def apply(self, changes: Changes) -> None:
        """Refresh exactly the widgets ``changes`` names (if they are on this page)."""
        for key in changes.repeats:
            if key in self.repeats:
                self.repeats[key].rebuild()
        for path in changes.visibility:
            self._show(path)
        for path in changes.values:
            if path in self.fields:
                self.fields[path].refresh_value()
        for path in changes.validity:
            if path in self.fields:
                self.fields[path].refresh_validity()
        for path in changes.choices:
            if path in self.fields:
                self.fields[path].refresh_choices()
        if changes.values:
            for field in self.fields.values():
                if field.piped:
                    field.refresh_texts()

    def refresh_all(self) -> None:
        """Re-read everything (language switch, repeat restructuring, Mark complete)."""
        state = self.session.state
        for path, block in self.repeats.items():
            block.refresh_texts()
            block.setVisible(state.is_relevant(path))
        for path, box in self.containers.items():
            box.setVisible(state.is_relevant(path))
            if isinstance(box, QGroupBox):
                box.setTitle(state.label(path) or box.title())
        for path, field in self.fields.items():
            field.setVisible(state.is_relevant(path))
            field.refresh_choices()
            field.refresh_value()
            field.refresh_validity()

    def _show(self, path: str) -> None:
        shown = self.session.state.is_relevant(path)
        for table in (self.fields, self.containers):
            if path in table:
                table[path].setVisible(shown)
        if path.endswith("]"):
            key = path.rsplit("[", 1)[0]
            if key in self.repeats:
                self.repeats[key].setVisible(self.session.state.is_relevant(key))

    def set_titles(self, title: str, trail: str) -> None:
        self.heading.setText(title)
        self.trail.setText(trail)
        self.trail.setVisible(bool(trail))

    # -- focus -----------------------------------------------------------

    def first_field(self, prefix: str = "") -> QuestionField | None:
        """The first visible field at or under ``prefix`` that takes input, in form order."""
        for path, field in self.fields.items():
            if (
                (path == prefix or path.startswith(prefix))
                and field.isVisibleTo(self)
                and (field.input is not None and field.input.isEnabled())
            ):
                return field
        return None

    def reveal(self, path: str) -> bool:
        """Scroll to and focus the field at ``path`` (or the first one inside it)."""
        field = self.fields.get(path) or self.first_field(path + "/") or self.first_field(path)
        target: QWidget | None = field or self.containers.get(path)
        if target is None:
            return False
        self.ensureWidgetVisible(target, 0, 40)
        if field is not None:
            field.focus_input()
        return True

    def focus_first(self) -> None:
        field = self.first_field()
        if field is not None:
            self.ensureWidgetVisible(field, 0, 40)
            field.focus_input()
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
