"""Starting a workshop on a mission: a new submission of the built-in validation-workshop form."""

from __future__ import annotations

from forms.library import load_builtin
from storage.database import Database
from storage.editing import store_form
from storage.records import Submission

WORKSHOP_FORM = "validation_workshop"


def new_workshop(db: Database, mission_uuid: str, by: str) -> Submission:
    """Store the built-in workshop form (if needed) and start a submission of it.

    The submission holds no answer yet, so one closed untouched leaves
    nothing behind (``Database.discard_if_untouched``).
    """
    form = load_builtin(WORKSHOP_FORM)
    store_form(db, form)
    return db.create_submission(mission_uuid, form.id, form.version, by)
