"""The sample mission: a Cambodia diagnostic built from ``resources/demo``.

The scenario is data (``cambodia.json``); this module only replays it the way
the window would, setting every answer through FormState and saving it
through storage.  UUIDs are derived from the scenario, so the result is the
same on every machine, and a run interrupted at any point resumes where it
stopped when started again.
"""

from __future__ import annotations

import json
import re
import uuid as uuidlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from forms.errors import UserError
from forms.library import load_builtin
from forms.model import Form
from storage.database import Database
from storage.editing import SubmissionEditor, store_form
from storage.records import Mission

SCENARIO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "cambodia.json"
_NAMESPACE = uuidlib.UUID("6d1c2a8e-4f0b-5c3e-9a7d-2b8e1f4c6a90")
_POSITION = re.compile(r"\[(\d+)\]")

Progress = Callable[[int, int, str], None]


def demo_uuid(key: str) -> str:
    """A stable uuid for a piece of the sample data."""
    return str(uuidlib.uuid5(_NAMESPACE, key))


def build_demo(db: Database, progress: Progress | None = None) -> Mission:
    """Create (or finish creating) the sample mission and return it."""
    scenario = json.loads(SCENARIO.read_text(encoding="utf-8"))
    mission = _ensure_mission(db, scenario["mission"])
    forms = {}
    submissions = scenario["submissions"]
    for index, entry in enumerate(submissions):
        form_id = entry["form"]
        if form_id not in forms:
            forms[form_id] = load_builtin(form_id)
            store_form(db, forms[form_id])
        form = forms[form_id]
        if progress:
            progress(index, len(submissions), f"{form.title} ({entry['author']})")
        _replay(db, mission, form, entry, demo_uuid(f"submission/{index}"))
    if progress:
        progress(len(submissions), len(submissions), "done")
    return db.mission(mission.uuid)


def _ensure_mission(db: Database, fields: dict[str, Any]) -> Mission:
    mission_uuid = demo_uuid("mission")
    if any(mission.uuid == mission_uuid for mission in db.missions()):
        return db.mission(mission_uuid)
    return db.create_mission(
        fields["country"],
        fields["title"],
        fields["phase"],
        start_date=fields.get("start_date"),
        end_date=fields.get("end_date"),
        team=fields.get("team", ()),
        notes=fields.get("notes", ""),
        uuid=mission_uuid,
        at=fields.get("created"),
    )


def _replay(db: Database, mission: Mission, form: Form, entry: dict[str, Any], uuid: str) -> None:
    try:
        submission = db.submission(uuid)
    except UserError:
        submission = db.create_submission(
            mission.uuid, form.id, form.version, entry["author"], uuid=uuid, at=entry["created"]
        )
    editor = SubmissionEditor(db, submission, form, by=entry["author"])
    for path, value in entry["answers"].items():
        _ensure_instances(editor, path)
        editor.set(path, value, at=entry["created"])
    if entry.get("status") == "complete":
        problems = editor.state.validate()
        if problems:
            first = problems[0]
            raise UserError(
                "demo-invalid",
                f"The sample data does not satisfy {form.id}: {first.path}: {first.message}",
            )
        db.set_status(uuid, "complete", at=entry["created"])


def _ensure_instances(editor: SubmissionEditor, path: str) -> None:
    """Add repeat instances until every position named in ``path`` exists."""
    steps = path.split("/")
    for depth, step in enumerate(steps):
        match = _POSITION.search(step)
        if not match:
            continue
        repeat_path = "/".join([*steps[:depth], step[: match.start()]])
        while editor.state.repeat_count(repeat_path) < int(match.group(1)):
            editor.add_repeat(repeat_path)
