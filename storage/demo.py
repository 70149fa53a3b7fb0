"""The sample missions: the four first partner countries, built from ``resources/demo``.

Each scenario is data (``madagascar.json``, ``dominican_republic.json``,
``mauritania.json``, ``cambodia.json``): a mission and its submissions, with
answers in the country's languages where the forms take free text.  Cambodia
is the richest (two diagnostic rounds, a validation workshop, a pledge
register, two monitoring rounds); the others hold a first diagnostic from
several stakeholder groups.  This module only replays the scenarios the way
the window would, setting every answer through FormState and saving it
through storage.  UUIDs are derived from the scenario, so the result is the
same on every machine, a second run adds nothing, and a run interrupted at
any point resumes where it stopped when started again.
"""

from __future__ import annotations

import json
import re
import uuid as uuidlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.library import load_builtin
from forms.model import Form
from storage.database import Database
from storage.editing import SubmissionEditor, store_form
from storage.records import Mission

DEMO_FOLDER = Path(__file__).resolve().parents[1] / "resources" / "demo"
SCENARIO = DEMO_FOLDER / "cambodia.json"
"""The richest sample mission, the one ``build_demo`` returns."""
SCENARIOS = ("madagascar", "dominican_republic", "mauritania", "cambodia")
"""Built in this order; Cambodia, created last and dated today, heads the mission list."""
_NAMESPACE = uuidlib.UUID("6d1c2a8e-4f0b-5c3e-9a7d-2b8e1f4c6a90")
_POSITION = re.compile(r"\[(\d+)\]")

Progress = Callable[[int, int, str], None]


def demo_uuid(key: str) -> str:
    """A stable uuid for a piece of the sample data."""
    return str(uuidlib.uuid5(_NAMESPACE, key))


def demo_key(scenario: str, key: str) -> str:
    """The uuid key of a piece of a scenario; Cambodia keeps the keys it had alone."""
    return key if scenario == "cambodia" else f"{scenario}/{key}"


def build_demo(db: Database, progress: Progress | None = None) -> Mission:
    """Create (or finish creating) the four sample missions; return Cambodia's."""
    scenarios = {
        name: json.loads((DEMO_FOLDER / f"{name}.json").read_text(encoding="utf-8"))
        for name in SCENARIOS
    }
    total = sum(len(scenario["submissions"]) for scenario in scenarios.values())
    forms: dict[str, Form] = {}
    done = 0
    for name, scenario in scenarios.items():
        mission = _ensure_mission(db, scenario["mission"], demo_uuid(demo_key(name, "mission")))
        for index, entry in enumerate(scenario["submissions"]):
            form_id = entry["form"]
            if form_id not in forms:
                forms[form_id] = load_builtin(form_id)
                store_form(db, forms[form_id])
            form = forms[form_id]
            if progress:
                progress(done, total, f"{form.title} ({entry['author']})")
            uuid = demo_uuid(demo_key(name, f"submission/{index}"))
            _replay(db, mission, form, entry, uuid)
            done += 1
    if progress:
        progress(total, total, "done")
    return db.mission(demo_uuid("mission"))


def demo_missions(db: Database) -> list[Mission]:
    """The sample missions present in ``db``, in the order they are built."""
    present = {mission.uuid: mission for mission in db.missions()}
    uuids = [demo_uuid(demo_key(name, "mission")) for name in SCENARIOS]
    return [present[uuid] for uuid in uuids if uuid in present]


def _ensure_mission(db: Database, fields: dict[str, Any], mission_uuid: str) -> Mission:
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
                QT_TRANSLATE_NOOP(
                    "UserError", "The sample data does not satisfy {form_id}: {path}: {problem}"
                ),
                form_id=form.id,
                path=first.path,
                problem=first.phrase,
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
