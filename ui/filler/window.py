"""The filler in its own window, opened on one stored submission.

The form is rebuilt from the exact source stored with the submission's form
version, so a draft always reopens against the form it was started with.
Closing the window saves any text still waiting for its debounce and the
place the user left off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from forms.errors import UserError
from storage.database import Database
from storage.editing import SubmissionEditor, stored_form
from ui.filler.widget import FormFillerWidget
from ui.shared import settings
from ui.shared.core_messages import error_message
from ui.shared.form_languages import form_title
from ui.shared.placement import place

OUTSIDE_CHECK_MS = 2000


class FormFillerWindow(QMainWindow):
    """A window filling submission ``submission_uuid`` of ``db`` as user ``by``.

    Raises ``UserError`` if the submission or its form cannot be found or read.

    Signals:
        answers_saved(str): an answer of this submission (uuid) was saved.
        completed(str): this submission (uuid) was marked complete.
    """

    answers_saved = Signal(str)
    completed = Signal(str)

    def __init__(
        self, db: Database, submission_uuid: str, *, by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        submission = db.submission(submission_uuid)
        form = stored_form(db, submission)
        self.editor = SubmissionEditor(db, submission, form, by=by)
        self.filler = FormFillerWidget(self.editor, self)
        self.setCentralWidget(self.filler)
        # Field and HQ windows look alike: the title says which submission,
        # mission and database this is.
        self._title_fields = {
            "form": form_title(form),
            "author": submission.author,
            "mission": db.mission(submission.mission_uuid).title,
            "database": db.path.name,
        }
        self.retranslate()
        self.filler.answer_saved.connect(lambda _path: self.answers_saved.emit(submission_uuid))
        # Imports and resolutions elsewhere (another window, the command line) are
        # picked up within seconds; the main window also asks right after its own.
        self.outside_changes = QTimer(self)
        self.outside_changes.setInterval(OUTSIDE_CHECK_MS)
        self.outside_changes.timeout.connect(self.check_for_outside_changes)
        self.outside_changes.start()
        self.filler.completed.connect(lambda: self.completed.emit(submission_uuid))
        place(self, settings.FILLER_GEOMETRY.read(settings.open_settings()), QSize(1200, 780))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The title in the window's language (the filler widget retranslates itself)."""
        self.setWindowTitle(
            self.tr("{form} · {author} — {mission} — {database} — Fieldwheel").format(
                **self._title_fields
            )
        )

    def check_for_outside_changes(self) -> None:
        """Show answers an import or a resolution changed since this window read them."""
        try:
            self.filler.session.check_for_outside_changes()
        except UserError as error:
            self.filler.show_error(error_message(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.FILLER_GEOMETRY.write(settings.open_settings(), self.saveGeometry())
        self.filler.finish()
        self.editor.discard_if_untouched()
        super().closeEvent(event)
