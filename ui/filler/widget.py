"""The form filler: section tree, the current section's page, toolbar, status.

Composition only: fields live in ``fields/``, repeat handling in
``repeats``, edits in ``session``.  This class decides which page is shown,
routes each edit's ``Changes`` to the pages that exist, keeps the section
progress current, remembers where the user is, and runs Mark complete.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from forms.model import Form
from forms.state.form_state import Changes
from storage.editing import SubmissionEditor
from ui.filler.actions import FillerActions
from ui.filler.fields.base import QuestionField
from ui.filler.fields.kinds import is_supported
from ui.filler.fields.registry import FieldRegistry, default_registry
from ui.filler.look import ERROR_COLOUR, emphasise, tint
from ui.filler.navigator import SectionNavigator
from ui.filler.page import SectionPage
from ui.filler.progress import section_progress
from ui.filler.rtl import is_right_to_left
from ui.filler.sections import ROOT, SectionMap
from ui.shared.core_messages import error_message
from ui.shared.form_languages import display_name, form_title, matching_language
from ui.shared.language import current_language
from ui.shared.session import FillSession

LAST_PATH_DELAY_MS = 1000
"""Focus moves often; where the user is gets written at most once a second."""


class FormFillerWidget(QWidget):
    """A submission's form, filled through ``editor``; every edit is saved as it happens.

    Signals:
        answer_saved(str): the answer at this path is on disk.
        completed(): Mark complete passed validation and the status is now complete.
        section_changed(str): the section with this key is now shown.
    """

    answer_saved = Signal(str)
    completed = Signal()
    section_changed = Signal(str)

    def __init__(
        self,
        editor: SubmissionEditor,
        parent: QWidget | None = None,
        *,
        registry: FieldRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.session = FillSession(editor, self)
        self.sections = SectionMap(self.form)
        self.registry = registry or default_registry()
        self.pages: dict[str, SectionPage] = {}
        self.current_key: str | None = None
        self.actions = FillerActions(self)
        self.actions.show_complete(editor.submission.status == "complete")
        self.navigator = SectionNavigator(self.sections)
        self.stack = QStackedWidget()
        self.status = QLabel()
        self.status.setObjectName("fillerStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        self._layout()
        self._last_path: str | None = editor.submission.last_path
        self._last_path_timer = QTimer(self)
        self._last_path_timer.setSingleShot(True)
        self._last_path_timer.setInterval(LAST_PATH_DELAY_MS)
        self._last_path_timer.timeout.connect(self.save_last_path)
        self._stored_last_path = self._last_path
        self._wire()
        self._open_in_window_language()
        self._fill_languages()
        self.apply_language()
        self.refresh_progress()
        self._open_where_left()

    @property
    def form(self) -> Form:
        return self.editor.state.form

    def _layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 760])  # pillar and block names fit without eliding
        splitter.setChildrenCollapsible(False)
        self.navigator.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.actions.toolbar())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.status.setContentsMargins(8, 4, 8, 4)

    def _wire(self) -> None:
        session = self.session
        session.changed.connect(self._changed)
        session.structure_changed.connect(self._restructured)
        session.saved.connect(self._saved)
        session.failed.connect(self.show_error)
        session.reloaded.connect(self._reloaded)
        session.conflicted.connect(self._say_conflict)
        session.reveal_requested.connect(self.reveal)
        stack = session.undo_stack
        session.can_undo_changed.connect(self.actions.undo.setEnabled)
        stack.canRedoChanged.connect(self.actions.redo.setEnabled)
        self.actions.connect(
            {
                self.actions.undo: session.undo,
                self.actions.redo: session.redo,
                self.actions.next: lambda: self.step_section(1),
                self.actions.previous: lambda: self.step_section(-1),
                self.actions.complete: self.mark_complete,
            }
        )
        self.actions.language.currentIndexChanged.connect(self._language_chosen)
        self.navigator.section_chosen.connect(lambda key: self.go_to(key, focus=False))
        self.navigator.section_entered.connect(lambda key: self.go_to(key, focus=True))
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # -- sections --------------------------------------------------------

    def title_of(self, key: str) -> str:
        if key == ROOT:
            return form_title(self.form)
        return self.editor.state.label(key) or key.rsplit("/", 1)[-1]

    def _trail_of(self, key: str) -> str:
        parts = key.split("/")[:-1] if key else []
        return " › ".join(self.title_of("/".join(parts[: i + 1])) for i in range(len(parts)))

    def page(self, key: str) -> SectionPage:
        """The page of section ``key``, built the first time it is needed."""
        if key not in self.pages:
            section = self.sections.get(key)
            page = SectionPage(self.session, self.registry, section, self.title_of(key))
            page.set_titles(self.title_of(key), self._trail_of(key))
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def go_to(self, key: str, *, focus: bool = True) -> None:
        """Show section ``key`` (or its first descendant with a page)."""
        section = self.sections.get(key)
        target = self.sections.first_page(section) if section is not None else None
        if target is None:
            return
        self.session.flush()
        page = self.page(target.key)
        changed = target.key != self.current_key
        self.current_key = target.key
        self.stack.setCurrentWidget(page)
        self.navigator.select(target.key)
        if focus:
            page.focus_first()
        if changed:
            self.remember(target.key)
            self.section_changed.emit(target.key)

    def visible_pages(self) -> list[str]:
        state = self.editor.state
        return [s.key for s in self.sections.pages() if s.key == ROOT or state.is_relevant(s.key)]

    def step_section(self, step: int) -> None:
        """Next (+1) or previous (-1) relevant section, keeping keyboard focus in the form."""
        keys = self.visible_pages()
        if not keys:
            return
        index = keys.index(self.current_key) if self.current_key in keys else -1
        self.go_to(keys[max(0, min(len(keys) - 1, index + step))], focus=True)

    def reveal(self, path: str) -> None:
        """Open the section showing ``path`` and focus it there."""
        self.go_to(self.sections.owner(path), focus=False)
        page = self.pages.get(self.current_key or "")
        if page is not None:
            page.reveal(path)

    def _open_where_left(self) -> None:
        path = self._last_path
        if path and self.form.node(path) is not None:
            self.reveal(path)
        elif self.sections.pages():
            self.go_to(self.sections.pages()[0].key, focus=True)

    # -- changes ---------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        for page in self.pages.values():
            page.apply(changes)
        for path in changes.visibility:
            if self.sections.get(path) is not None:
                self.navigator.set_relevant(path, self.editor.state.is_relevant(path))
        self.refresh_progress()

    def _restructured(self, key: str) -> None:
        for page in self.pages.values():
            if key in page.repeats:
                page.repeats[key].rebuild()
            page.refresh_all()
        self.refresh_progress()

    def _reloaded(self, message: str) -> None:
        """Everything on screen is re-read from the reloaded answers, then the user is told."""
        for page in self.pages.values():
            for block in page.repeats.values():
                block.rebuild()
            page.refresh_all()
        for section in self.sections.sections():
            if section.key:  # the form's top level is always shown
                relevant = self.editor.state.is_relevant(section.key)
                self.navigator.set_relevant(section.key, relevant)
        self.refresh_progress()
        self._status_style(error=True)
        self.status.setText(message)

    def refresh_progress(self) -> None:
        self.navigator.set_progress(section_progress(self.editor.state, self.sections))

    def _saved(self, path: str) -> None:
        self._status_style(error=False)
        self.status.setText(self.tr("Saved · {time}").format(time=time.strftime("%H:%M:%S")))
        self.answer_saved.emit(path)

    def _status_style(self, *, error: bool) -> None:
        tint(self.status, ERROR_COLOUR if error else None)
        emphasise(self.status, bold=error)

    def _say_conflict(self, message: str) -> None:
        """Saved, yet it needs a decision: said as plainly as a refusal (the hint counts it)."""
        self._status_style(error=True)
        self.status.setText(message)

    def show_error(self, message: str) -> None:
        """Storage refused a write: say so plainly and keep saying it until the next save."""
        self._status_style(error=True)
        self.status.setText(self.tr("Not saved: {message}").format(message=message))

    # -- language --------------------------------------------------------

    def _open_in_window_language(self) -> None:
        """A form opens in the window's language when it has it and none other was chosen."""
        state = self.editor.state
        match = matching_language(self.form.languages, current_language())
        if match and state.language == self.form.default_language:
            state.language = match

    def _fill_languages(self) -> None:
        combo = self.actions.language
        combo.blockSignals(True)
        combo.clear()
        for language in self.form.languages:
            combo.addItem(display_name(language), language)
        combo.setCurrentIndex(max(0, combo.findData(self.editor.state.language)))
        combo.blockSignals(False)
        combo.setEnabled(len(self.form.languages) > 1)

    def _language_chosen(self, index: int) -> None:
        language = self.actions.language.itemData(index)
        if language and language != self.editor.state.language:
            self.set_language(language)

    def set_language(self, language: str) -> None:
        """Show the form in ``language`` (one of ``form.languages``); flips layout for RTL."""
        self.session.flush()
        self.editor.state.language = language
        combo = self.actions.language
        if combo.currentData() != language:
            combo.setCurrentIndex(combo.findData(language))
        self.apply_language()

    def apply_language(self) -> None:
        rtl = is_right_to_left(self.editor.state.language)
        self.actions.point_arrows(right_to_left=rtl)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.navigator.set_titles({s.key: self.title_of(s.key) for s in self.sections.sections()})
        for key, page in self.pages.items():
            page.set_titles(self.title_of(key), self._trail_of(key))
            page.refresh_all()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's words in its new language; the form keeps the language it is shown in."""
        self.actions.retranslate()
        self._fill_languages()
        self.apply_language()
        self.refresh_progress()

    # -- completion ------------------------------------------------------

    def mark_complete(self) -> bool:
        """Validate; jump to the first problem, or set the submission complete."""
        self.session.flush()
        state = self.editor.state
        problems = [p for p in state.validate() if is_supported(state.node(p.path))]
        if not self.session.reveal_required:
            self.session.reveal_required = True
            for page in self.pages.values():
                page.refresh_all()
        if problems:
            self.actions.show_complete(self._is_complete())
            self.reveal(problems[0].path)
            self._status_style(error=True)
            self.status.setText(
                self.tr(
                    "%Ln answer(s) need attention before this can be marked complete. "
                    "First: {message}",
                    None,
                    len(problems),
                ).format(message=problems[0].message)
            )
            return False
        try:
            self.editor.db.set_status(self.editor.submission.uuid, "complete")
        except UserError as error:
            self.show_error(error_message(error))
            return False
        self._status_style(error=False)
        self.actions.show_complete(True)
        self.status.setText(
            self.tr("Marked complete · {time}").format(time=time.strftime("%H:%M:%S"))
        )
        self.completed.emit()
        return True

    def _is_complete(self) -> bool:
        return self.editor.db.submission(self.editor.submission.uuid).status == "complete"

    # -- where the user is -----------------------------------------------

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or not self.isAncestorOf(now):
            return
        widget = now
        while widget is not None and widget is not self:
            if isinstance(widget, QuestionField):
                self.remember(widget.path)
                return
            widget = widget.parentWidget()

    def remember(self, path: str) -> None:
        """Note where the user is; written to the database shortly (or on close)."""
        self._last_path = path
        if path != self._stored_last_path:
            self._last_path_timer.start()

    def save_last_path(self) -> None:
        self._last_path_timer.stop()
        if self._last_path == self._stored_last_path:
            return
        try:
            self.editor.db.set_last_path(self.editor.submission.uuid, self._last_path)
        except UserError as error:
            self.show_error(error_message(error))
            return
        self._stored_last_path = self._last_path

    def finish(self) -> None:
        """Save everything pending (typed text, position); call before closing."""
        self.session.flush()
        self.save_last_path()
