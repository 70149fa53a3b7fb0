"""A synthetic mission of N diagnostic respondents, for load tests and training.

HQ needs databases of 10^2 to 10^4 submissions to measure exports, imports
and the wheel, and trainers need a mission big enough to look real.  Replaying
each answer through FormState (as ``storage.demo`` does) costs seconds per
respondent, so the rows are generated directly and written with
``executemany``: the answers of one respondent set in form order at the
interview's stamp, a few revised later by a reviewer, complete when every
required answer is there.  These are exactly the rows ``SubmissionEditor``
would write for the same edits (``tests/storage/test_synthetic.py`` replays a
sample through FormState and compares).  Everything derives from N and the
respondent's number, so a run is the same on every machine and an
interrupted one resumes.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from forms.library import load_builtin
from forms.model import Form, Question
from storage.database import Database
from storage.editing import store_form
from storage.records import Mission

_NAMESPACE = uuidlib.UUID("0f4d6f0e-3b9a-5e61-8c57-4a1d2e9b7c30")
BATCH = 250
"""Respondents per transaction: progress is visible and an interruption loses little."""
GROUPS = (
    "government",
    "regulator",
    "operator",
    "private_sector",
    "civil_society",
    "academia",
    "development_partner",
    "other",
)
GROUP_BIAS = (0.6, 0.4, 0.3, 0.0, -0.5, -0.2, 0.2, -0.3)
"""Officials rate their country higher than civil society does, as in real diagnostics."""
REVIEWER = "HQ reviewer"
INTERVIEWERS = ("Sok Dara", "Amina Diallo", "Lucía Pérez", "Omar Haddad", "Chan Sophea")
ORGANISATIONS = (
    "Ministry of Posts and Telecommunications",
    "Telecommunication Regulator",
    "National Mobile Operator",
    "Chamber of Commerce",
    "Digital Rights Network",
    "Institute of Technology",
    "Development Bank",
    "Women in Tech Association",
)

Progress = Callable[[int, int, str], None]


@dataclass
class Respondent:
    """One respondent's rows, as the form filler would have saved them."""

    uuid: str
    created_at: str
    author: str
    status: str
    updated_at: str
    answers: dict[str, str] = field(default_factory=dict)
    revisions: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, old value, new value), saved by ``REVIEWER`` at ``updated_at``."""


def synthetic_uuid(respondents: int, key: str) -> str:
    return str(uuidlib.uuid5(_NAMESPACE, f"{respondents}/{key}"))


def build_synthetic(
    db: Database, respondents: int, progress: Progress | None = None
) -> tuple[Mission, int]:
    """Create (or finish) the synthetic mission of ``respondents``; returns it and how many
    respondents this run added."""
    form = load_builtin("diagnostic")
    store_form(db, form)
    mission = _ensure_mission(db, respondents)
    existing = {
        row["uuid"]
        for row in db.query("SELECT uuid FROM submissions WHERE mission_uuid=?", (mission.uuid,))
    }
    added = 0
    for start in range(0, respondents, BATCH):
        if progress is not None:
            progress(start, respondents, f"respondent {start + 1} of {respondents}")
        batch = [
            respondent
            for respondent in (
                make_respondent(form, respondents, index)
                for index in range(start, min(start + BATCH, respondents))
            )
            if respondent.uuid not in existing
        ]
        _write(db, mission.uuid, form, batch)
        added += len(batch)
    if progress is not None:
        progress(respondents, respondents, "done")
    return db.mission(mission.uuid), added


def _ensure_mission(db: Database, respondents: int) -> Mission:
    mission_uuid = synthetic_uuid(respondents, "mission")
    if db.query("SELECT 1 FROM missions WHERE uuid=?", (mission_uuid,)):
        return db.mission(mission_uuid)
    return db.create_mission(
        "KEN",
        f"SYNTHETIC diagnostic, {respondents} respondents",
        "monitoring",
        start_date="2025-03-01",
        end_date="2026-06-30",
        team=list(INTERVIEWERS),
        notes="Generated for load tests and training (fieldwheel demo --respondents).",
        uuid=mission_uuid,
        at="2025-02-15T08:00:00.000000Z",
    )


def make_respondent(form: Form, respondents: int, index: int) -> Respondent:
    """Respondent ``index`` of ``respondents``: the same answers on every machine."""
    rng = random.Random(index)  # noqa: S311 - reproducible data, not secrets
    follow_up = index >= respondents // 2
    year = 2026 if follow_up else 2025
    day = index % 28 + 1
    created = f"{year}-03-{day:02d}T{8 + index % 9:02d}:{index % 60:02d}:00.000000Z"
    group = index % len(GROUPS)
    draft = index % 10 == 9
    answers = dict(_answers(form, rng, index, group, follow_up, draft))
    respondent = Respondent(
        synthetic_uuid(respondents, f"respondent/{index}"),
        created,
        INTERVIEWERS[index % len(INTERVIEWERS)],
        "draft" if draft else "complete",
        created,
        answers,
    )
    if index % 5 == 0:
        respondent.updated_at = f"{year}-04-{day:02d}T10:00:00.000000Z"
        maturity = [p for p, q in _questions(form) if q.choice_list == "maturity" and p in answers]
        for path in rng.sample(maturity, min(3, len(maturity))):
            old = answers[path]
            new = str(min(5, int(old) + 1)) if old != "5" else "4"
            respondent.revisions.append((path, old, new))
            answers[path] = new
    return respondent


def _questions(form: Form) -> Iterator[tuple[str, Question]]:
    for question in form.questions():
        if question.type not in ("note", "calculate"):
            yield question.path, question


def _answers(form, rng, index, group, follow_up, draft) -> Iterator[tuple[str, str]]:
    """The answers in form order; a draft lacks its date and stops after its first blocks."""
    year = 2026 if follow_up else 2025
    respondent = {
        "respondent/organisation": ORGANISATIONS[group],
        "respondent/respondent_role": rng.choice(("Director", "Adviser", "Head of unit")),
        "respondent/stakeholder_group": GROUPS[group],
        "respondent/stakeholder_group_other": "Diaspora association"
        if GROUPS[group] == "other"
        else None,
        "respondent/participants": str(rng.randint(1, 12)),
        "respondent/assessment_round": "follow_up" if follow_up else "baseline",
        "respondent/interview_date": None if draft else f"{year}-03-{index % 28 + 1:02d}",
        "respondent/interviewer": INTERVIEWERS[index % len(INTERVIEWERS)],
    }
    level = 2.4 + GROUP_BIAS[group] + (0.6 if follow_up else 0.0)
    blocks_left = 4 if draft else None
    assessed = True
    current_block = None
    for path, question in _questions(form):
        if path in respondent:
            if respondent[path] is not None:
                yield path, respondent[path]
            continue
        block = path.rsplit("/", 1)[0]
        if block != current_block:
            current_block = block
            if blocks_left is not None:
                blocks_left -= 1
            assessed = rng.random() > 0.08 and (blocks_left is None or blocks_left >= 0)
            block_level = level + rng.uniform(-0.8, 0.8)
        if assessed:
            yield path, _value(form, question, rng, block_level, index)


def _value(form: Form, question: Question, rng: random.Random, level: float, index: int) -> str:
    if question.choice_list == "maturity":
        return str(max(1, min(5, round(level + rng.gauss(0, 0.7)))))
    if question.type == "decimal":
        return f"{max(0.0, min(100.0, level * 18 + rng.uniform(-10, 10))):.1f}"
    if question.type == "text":
        block = question.path.split("/")[-2].replace("_", " ")
        return (
            f"Interview {index + 1}: {block} discussed; the respondent cited the national "
            f"plan and {rng.randint(2, 9)} recent programmes."
        )
    choices = form.choice_lists[question.choice_list].choices
    if question.choice_list == "confidence":
        return choices[min(len(choices) - 1, int(level) // 2)].name
    return rng.choice(choices).name


def _write(db: Database, mission_uuid: str, form: Form, batch: list[Respondent]) -> None:
    """One transaction of respondents: submissions, answers and audit as the editor writes them."""
    device = db.device_uuid
    submissions, answers, audit = [], [], []
    for person in batch:
        submissions.append(
            (
                person.uuid,
                mission_uuid,
                form.id,
                form.version,
                person.status,
                person.author,
                device,
                person.created_at,
                person.updated_at,
            )
        )
        revised = {path: new for path, _, new in person.revisions}
        for path, value in person.answers.items():
            stamp, by = (
                (person.updated_at, REVIEWER)
                if path in revised
                else (person.created_at, person.author)
            )
            answers.append((person.uuid, path, value, stamp, by))
            first = next((old for p, old, _ in person.revisions if p == path), value)
            audit.append((person.uuid, path, None, first, person.created_at, person.author, device))
        for path, old, new in person.revisions:
            audit.append((person.uuid, path, old, new, person.updated_at, REVIEWER, device))
    with db.transaction() as tx:
        tx.executemany(
            "INSERT INTO submissions (uuid, mission_uuid, form_id, form_version, status, author,"
            " device_uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            submissions,
        )
        with db.deferred_index(tx, "synthetic"):  # one indexing pass after, not one per row
            tx.executemany(
                "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
                " VALUES (?,?,?,?,?)",
                answers,
            )
        db.index_answers(tx, [submission[0] for submission in submissions])
        tx.executemany(
            "INSERT INTO audit (submission_uuid, path, old_value, new_value, at, by, device_uuid)"
            " VALUES (?,?,?,?,?,?,?)",
            audit,
        )
