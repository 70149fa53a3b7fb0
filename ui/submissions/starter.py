"""Starting a submission: choose a form, store its exact source, create the row.

Reading an XLSForm runs pyxform, which takes a noticeable moment, so forms
are read in a worker; the built-in forms are read once and kept.  Every form
is stored with ``store_form`` before its first submission, so the submission
can always be reopened, even after the file on disk has changed or gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from forms.model import Form
from storage import Database
from ui.shared import errors, prompts, settings
from ui.shared.author import account_name, ensure_author
from ui.shared.workers import Operation, Task
from ui.submissions.new_dialog import NewSubmissionDialog


def _read_library(_task: Task) -> list[Form]:
    from forms.library import builtin_forms

    return builtin_forms()


class SubmissionStarter(QObject):
    """Runs the new-submission flows for one window.

    Signals:
        started(str): the uuid of the submission just created.
    """

    started = Signal(str)

    def __init__(self, database: Database, window: QWidget) -> None:
        super().__init__(window)
        self._database = database
        self._window = window
        self._library: list[Form] | None = None

    def choose(self, mission_uuid: str) -> None:
        """Offer the built-in forms (read in the background the first time)."""
        if self._library is not None:
            self._ask(mission_uuid, self._library)
            return
        operation = Operation(self._window, _read_library)
        operation.with_progress(self.tr("Reading the built-in forms…"))
        operation.succeeded.connect(lambda forms: self._keep_library(mission_uuid, forms))
        operation.run_in_background()

    def from_file(self, mission_uuid: str, author: str | None = None) -> None:
        """Ask for an XLSForm file, read it in the background, then start."""
        author = author or ensure_author(self._database, self._window)
        if author is None:
            return
        store = settings.open_settings()
        path = prompts.open_form_file(
            self._window, settings.start_folder(settings.LAST_FORM_FOLDER, store)
        )
        if path is None:
            return
        settings.LAST_FORM_FOLDER.write(store, str(path.parent))
        self.read_file(mission_uuid, path, author)

    def read_file(self, mission_uuid: str, path: Path, author: str) -> None:
        from forms.xlsform.load import load_form

        operation = Operation(self._window, lambda _task: load_form(path))
        operation.with_progress(self.tr("Reading {name}…").format(name=path.name))
        operation.succeeded.connect(lambda form: self.start(mission_uuid, form, author))
        operation.run_in_background()

    def start(self, mission_uuid: str, form: Form, author: str) -> None:
        """Store the form's source and create the submission; tell the user if refused."""
        from storage.editing import store_form

        try:
            store_form(self._database, form)
            submission = self._database.create_submission(
                mission_uuid, form.id, form.version, author
            )
        except UserError as error:
            errors.show_user_error(self._window, error)
            return
        self.started.emit(submission.uuid)

    def _keep_library(self, mission_uuid: str, forms: list[Form]) -> None:
        self._library = forms
        self._ask(mission_uuid, forms)

    def _ask(self, mission_uuid: str, forms: list[Form]) -> None:
        mission = self._database.mission(mission_uuid)
        name = self._database.author() or account_name()
        dialog = NewSubmissionDialog(forms, name, mission.title, self._window)
        if not self._run_dialog(dialog):
            return
        try:
            # The person at this database from now on: their later edits carry this name.
            self._database.set_author(dialog.author())
        except UserError as error:
            errors.show_user_error(self._window, error)
            return
        author = self._database.author()
        if dialog.wants_file:
            self.from_file(mission_uuid, author)
        elif dialog.chosen_form is not None:
            self.start(mission_uuid, dialog.chosen_form, author)

    def _run_dialog(self, dialog: NewSubmissionDialog) -> bool:
        """Show the dialog modally; tests replace this to answer it."""
        return dialog.exec() == NewSubmissionDialog.DialogCode.Accepted
