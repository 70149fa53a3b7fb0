"""One section's questions in a scroll area, refreshed path by path.

A page is built the first time its section is shown, and then only its first
screenfuls at once (``FIRST_FIELDS`` questions): the rest is built a batch at
a time while the window is idle, or at once when something asks for a
widget not built yet (``reveal``, ``fields``).  A 300-question section thus
opens in the time of a few dozen widgets.  The page keeps the answer path of
every widget it built, so applying an edit's ``Changes`` touches only those
widgets: a value, a visibility, a message, a choice list, or a repeat that
grew or shrank; widgets built later read the state as it is then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from forms.model import Group, Node, Question
from forms.state.form_state import Changes
from ui.filler.fields.base import QuestionField
from ui.filler.fields.registry import FieldRegistry
from ui.filler.look import HINT_COLOUR, emphasise, tint
from ui.filler.repeats import RepeatBlock
from ui.filler.sections import Section
from ui.shared.session import FillSession

FIRST_FIELDS = 24
"""Questions built before the page first shows: more than a tall screen holds."""
BATCH_FIELDS = 24
"""Questions built per idle moment afterwards, short enough not to delay a key press."""


def hide_unless(widget: QWidget, shown: bool) -> None:
    """Hide ``widget`` when it must not show; a new child shows with its parent anyway."""
    if not shown:
        widget.hide()


class SectionPage(QScrollArea):
    """The widgets of one section, keyed by answer path."""

    def __init__(
        self, session: FillSession, registry: FieldRegistry, section: Section, title: str
    ) -> None:
        super().__init__()
        self.session = session
        self.registry = registry
        self.section = section
        self._fields: dict[str, QuestionField] = {}
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
        self._column = QVBoxLayout()
        self._column.setSpacing(10)
        layout.addLayout(self._column)
        layout.addStretch(1)
        self._pending = list(section.nodes)
        self._build(FIRST_FIELDS)
        self.setWidget(body)
        self._builder = QTimer(self)
        self._builder.setSingleShot(True)
        self._builder.timeout.connect(self._build_batch)
        if self._pending:
            self._builder.start(0)

    @property
    def fields(self) -> dict[str, QuestionField]:
        """Every question widget of the section by answer path (building what is left)."""
        self.finish()
        return self._fields

    def finish(self) -> None:
        """Build every widget not built yet, now."""
        self._build(None)

    def _build(self, budget: int | None) -> None:
        """Build pending nodes in form order until ``budget`` more questions exist."""
        goal = None if budget is None else len(self._fields) + budget
        while self._pending and (goal is None or len(self._fields) < goal):
            node = self._pending.pop(0)
            self.add_node(self._column, node, node.path)

    def _build_batch(self) -> None:
        self._build(BATCH_FIELDS)
        if self._pending:
            self._builder.start(0)

    # -- building --------------------------------------------------------

    def add_node(self, layout: QLayout, node: Node, path: str) -> None:
        """Add the widget for ``node`` at answer path ``path`` (recursing into groups).

        Each widget joins its layout before it is hidden: showing or hiding a
        widget without a parent makes Qt create a window for it, which cost
        most of the time of opening a long section.
        """
        state = self.session.state
        if isinstance(node, Question):
            field = self.registry.create(self.session, node, path)
            if field is not None:
                self._fields[path] = field
                layout.addWidget(field)
                hide_unless(field, state.is_relevant(path))
        elif isinstance(node, Group) and node.repeat:
            block = RepeatBlock(self, node, path)
            layout.addWidget(block)
            hide_unless(block.heading, path != self.section.key)  # the page title says it
            self.repeats[path] = block
            hide_unless(block, state.is_relevant(path))
        else:
            box = QGroupBox(state.label(path) or node.name)
            layout.addWidget(box)
            inner = QVBoxLayout(box)
            for child in node.children:
                self.add_node(inner, child, f"{path}/{child.name}")
            self.containers[path] = box
            hide_unless(box, state.is_relevant(path))

    def forget(self, prefix: str) -> None:
        """Drop the bookkeeping of widgets under ``prefix`` (their instance is rebuilt)."""
        for table in (self._fields, self.containers, self.repeats):
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
        fields = self._fields  # widgets not built yet will read the state when they are
        for path in changes.values:
            if path in fields:
                fields[path].refresh_value()
        for path in changes.validity:
            if path in fields:
                fields[path].refresh_validity()
        for path in changes.choices:
            if path in fields:
                fields[path].refresh_choices()
        if changes.values:
            for field in fields.values():
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
        for path, field in self._fields.items():
            field.setVisible(state.is_relevant(path))
            field.refresh_choices()
            field.refresh_value()
            field.refresh_validity()

    def _show(self, path: str) -> None:
        shown = self.session.state.is_relevant(path)
        for table in (self._fields, self.containers):
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
        found = self._first_built_field(prefix)
        if found is None and self._pending:
            self.finish()
            found = self._first_built_field(prefix)
        return found

    def _first_built_field(self, prefix: str) -> QuestionField | None:
        for path, field in self._fields.items():
            if (
                (path == prefix or path.startswith(prefix))
                and field.isVisibleTo(self)
                and (field.input is not None and field.input.isEnabled())
            ):
                return field
        return None

    def reveal(self, path: str) -> bool:
        """Scroll to and focus the field at ``path`` (or the first one inside it)."""
        if path not in self._fields and path not in self.containers:
            self.finish()
        field = self._fields.get(path) or self.first_field(path + "/") or self.first_field(path)
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
