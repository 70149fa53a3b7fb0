"""The repository: every read and write Fieldwheel makes to its database.

One ``Database`` wraps one connection of a backend (``storage.backends``):
an SQLite file or a PostgreSQL server, chosen by the location.  Each public
write is one durable transaction (on SQLite ``BEGIN IMMEDIATE … COMMIT`` with
``synchronous=FULL``), so when a method returns the change is on disk; an
answer and its audit entry are written in the same transaction, so neither
exists without the other.  The SQL here is portable; what differs between
the engines is asked of the backend.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, StorageError, UserError
from storage.backends import Backend, open_backend
from storage.migrations import Progress
from storage.records import STATUSES, Answer, AuditEntry, FormRecord, Mission, Submission
from storage.validation import mission_values


def new_uuid() -> str:
    """A random uuid; ``uuid`` is imported here, not at start-up (its C part loads slowly)."""
    import uuid

    return str(uuid.uuid4())


def utc_now() -> str:
    """A sortable UTC timestamp with microseconds (``2026-11-23T17:18:57.123456Z``)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Database:
    """A Fieldwheel database (a file, or a ``postgresql://`` URL); a context manager."""

    def __init__(
        self, path: str | Path, *, create_folder: bool = False, progress: Progress | None = None
    ) -> None:
        self._backend: Backend = open_backend(path, create_folder=create_folder, progress=progress)
        self.path = self._backend.location
        """A ``Path``, or for a server a ``ServerUrl`` (no password in its text)."""
        self.created = self._backend.created
        self._connection = self._backend.connection
        self.device_uuid = self._ensure_device()

    @property
    def kind(self) -> str:
        """``"sqlite"`` or ``"postgresql"``: for messages and tools, never for SQL."""
        return self._backend.kind

    def close(self) -> None:
        self._backend.close()

    def check_integrity(self, *, full: bool = False) -> None:
        """Read the whole file and refuse a damaged one (``StorageError`` "damaged").

        Opening checks only what is cheap (see ``storage.connection``);
        this is for the moments that matter: before an export, on
        ``fieldwheel check``, in the window's background.  ``full`` also
        compares every index with its table.
        """
        self._backend.check_integrity(full=full)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, locks: Iterable[str] = ()) -> Iterator[Any]:
        """One durable write transaction; rolled back whole on any error.

        ``locks`` names what the transaction changes (a package, a mission):
        on a server, writers of the same names wait for each other, so two
        imports of one package merge it once; SQLite has one writer anyway.
        """
        with self._backend.transaction() as tx:
            if locks:
                self._backend.lock(locks)
            yield tx

    def deferred_index(self, tx: Any, writer: str) -> AbstractContextManager[None]:
        """Inside: bulk-inserted answers are searchable only after ``index_answers``.

        A bulk writer (the merge, the synthetic mission) inserts thousands of
        answers; indexing them in one pass after costs a fraction of one by one.
        """
        return self._backend.deferred_index(tx, writer)

    def index_answers(
        self,
        tx: Any,
        submissions: Collection[str],
        progress: Progress | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        """Index what ``submissions`` gained inside ``deferred_index``, in the same transaction."""
        self._backend.index_answers(tx, submissions, progress, cancel)

    def lock_submission(self, submission_uuid: str) -> None:
        """Inside a transaction: wait for any other writer of this submission's mission.

        What was read after this is what is stored, so an edit racing an
        import on a server sees the import's answers (and is refused or
        recorded as a conflict), never silently overwrites them.
        """
        self._backend.lock_submission(submission_uuid)

    @contextmanager
    def read_view(self) -> Iterator[Any]:
        """A second connection reading one consistent state while others write (exports)."""
        with self._backend.read_view() as connection:
            yield connection

    def _ensure_device(self) -> str:
        row = self._connection.execute("SELECT uuid FROM device").fetchone()
        if row:
            return row[0]
        with self.transaction() as tx:
            device = new_uuid()
            tx.execute("INSERT INTO device (uuid, created_at) VALUES (?, ?)", (device, utc_now()))
        return device

    def author(self) -> str:
        """The person working at this database ('' until they give their name).

        Kept in the database, not in per-user settings, so a name typed for one
        database is never credited with edits in another one; on a server, one
        per PostgreSQL role, so each analyst's edits are credited to them.
        """
        with self._backend.errors():
            return self._backend.author()

    def set_author(self, name: str) -> None:
        """Credit later edits and exports to ``name``; a blank name is refused."""
        name = " ".join(name.split())
        if not name:
            raise UserError(
                "author-needs-name",
                QT_TRANSLATE_NOOP("UserError", "Give a name to credit your edits to."),
            )
        with self.transaction() as tx:
            self._backend.set_author(tx, name)

    def query(
        self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        """Rows of a read-only query as dicts keyed by column name."""
        with self._backend.errors():
            cursor = self._connection.execute(sql, params)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # Missions -------------------------------------------------------------

    def create_mission(
        self,
        country: str,
        title: str,
        phase: str,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        team: tuple[str, ...] | list[str] = (),
        notes: str = "",
        uuid: str | None = None,
        at: str | None = None,
    ) -> Mission:
        """Create a mission after checking every field; returns it as stored."""
        values = mission_values(country, title, phase, start_date, end_date, team, notes)
        mission_uuid = uuid or new_uuid()
        stamp = at or utc_now()
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO missions (uuid, country, title, phase, start_date, end_date, team,"
                " notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (mission_uuid, *values, stamp, stamp),
            )
        return self.mission(mission_uuid)

    def update_mission(
        self,
        uuid: str,
        *,
        country: str,
        title: str,
        phase: str,
        start_date: str | None = None,
        end_date: str | None = None,
        team: tuple[str, ...] | list[str] = (),
        notes: str = "",
    ) -> Mission:
        values = mission_values(country, title, phase, start_date, end_date, team, notes)
        self.mission(uuid)
        with self.transaction() as tx:
            tx.execute(
                "UPDATE missions SET country=?, title=?, phase=?, start_date=?, end_date=?,"
                " team=?, notes=?, updated_at=? WHERE uuid=?",
                (*values, utc_now(), uuid),
            )
        return self.mission(uuid)

    def delete_mission(self, uuid: str) -> None:
        """Soft-delete a mission and its submissions; the rows stay for merges."""
        stamp = utc_now()
        with self.transaction() as tx:
            tx.execute("UPDATE missions SET deleted_at=? WHERE uuid=?", (stamp, uuid))
            tx.execute(
                "UPDATE submissions SET deleted_at=? WHERE mission_uuid=? AND deleted_at IS NULL",
                (stamp, uuid),
            )

    def missions(self) -> list[Mission]:
        """Live missions, newest first, each with its live submission count."""
        rows = self.query(
            "SELECT m.*, (SELECT count(*) FROM submissions s WHERE s.mission_uuid = m.uuid"
            " AND s.deleted_at IS NULL) AS submission_count FROM missions m"
            " WHERE m.deleted_at IS NULL ORDER BY m.created_at DESC, m.uuid"
        )
        return [mission_from_row(row) for row in rows]

    def mission(self, uuid: str) -> Mission:
        rows = self.query(
            "SELECT m.*, (SELECT count(*) FROM submissions s WHERE s.mission_uuid = m.uuid"
            " AND s.deleted_at IS NULL) AS submission_count FROM missions m"
            " WHERE m.uuid = ? AND m.deleted_at IS NULL",
            (uuid,),
        )
        if not rows:
            raise UserError(
                "unknown-mission",
                QT_TRANSLATE_NOOP("UserError", "There is no mission {uuid}."),
                uuid=uuid,
            )
        return mission_from_row(rows[0])

    # Forms ----------------------------------------------------------------

    def save_form(
        self,
        form_id: str,
        version: str,
        title: str,
        source_name: str,
        source: bytes,
        sha256: str,
        *,
        within: Callable[[Any], None] | None = None,
    ) -> FormRecord:
        """Store a form's exact source once per (id, version); a changed source is refused.

        ``within(tx)`` runs in the same transaction (search records the form's labels there).
        """
        existing = self.form_record(form_id, version)
        if existing:
            if existing.sha256 != sha256:
                raise UserError(
                    "form-version-clash",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "Form {form_id} version {version} is already stored with different "
                        "content; give the changed form a new version in its settings sheet.",
                    ),
                    form_id=form_id,
                    version=version,
                )
            return existing
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO forms (form_id, version, title, source_name, source, sha256,"
                " added_at) VALUES (?,?,?,?,?,?,?)",
                (form_id, version, title, source_name, source, sha256, utc_now()),
            )
            if within is not None:
                within(tx)
        return self.form_record(form_id, version)  # type: ignore[return-value]

    def form_record(self, form_id: str, version: str) -> FormRecord | None:
        rows = self.query(
            "SELECT * FROM forms WHERE form_id = ? AND version = ?", (form_id, version)
        )
        return FormRecord(**rows[0]) if rows else None

    def form_titles(self) -> list[tuple[str, str, str]]:
        """(form id, version, title) of every stored form, without their sources."""
        return self.rows("SELECT form_id, version, title FROM forms")

    def form_records(self) -> list[FormRecord]:
        return [FormRecord(**row) for row in self.query("SELECT * FROM forms ORDER BY form_id")]

    # Submissions ----------------------------------------------------------

    def create_submission(
        self,
        mission_uuid: str,
        form_id: str,
        form_version: str,
        author: str,
        *,
        uuid: str | None = None,
        at: str | None = None,
    ) -> Submission:
        self.mission(mission_uuid)
        if self.form_record(form_id, form_version) is None:
            raise UserError(
                "unknown-form",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Form {form_id} version {form_version} is not stored in this database.",
                ),
                form_id=form_id,
                form_version=form_version,
            )
        submission_uuid = uuid or new_uuid()
        stamp = at or utc_now()
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO submissions (uuid, mission_uuid, form_id, form_version, author,"
                " device_uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    submission_uuid,
                    mission_uuid,
                    form_id,
                    form_version,
                    author.strip() or "unknown",
                    self.device_uuid,
                    stamp,
                    stamp,
                ),
            )
        return self.submission(submission_uuid)

    def submissions(self, mission_uuid: str) -> list[Submission]:
        rows = self.query(
            f"{_SUBMISSION_SELECT} WHERE s.mission_uuid = ? AND s.deleted_at IS NULL"
            " ORDER BY s.created_at, s.uuid",
            (mission_uuid,),
        )
        return [Submission(**row) for row in rows]

    def submission(self, uuid: str) -> Submission:
        rows = self.query(
            f"{_SUBMISSION_SELECT} WHERE s.uuid = ? AND s.deleted_at IS NULL", (uuid,)
        )
        if not rows:
            raise UserError(
                "unknown-submission",
                QT_TRANSLATE_NOOP("UserError", "There is no submission {uuid}."),
                uuid=uuid,
            )
        return Submission(**rows[0])

    def set_status(self, uuid: str, status: str, *, at: str | None = None) -> None:
        if status not in STATUSES:
            raise UserError(
                "invalid-status",
                QT_TRANSLATE_NOOP("UserError", "{status!r} is not draft or complete."),
                status=status,
            )
        with self.transaction() as tx:
            tx.execute(
                "UPDATE submissions SET status=?, updated_at=? WHERE uuid=?",
                (status, at or utc_now(), uuid),
            )

    def set_last_path(self, uuid: str, path: str | None) -> None:
        """Remember where the user left off, so reopening a draft returns there."""
        with self.transaction() as tx:
            tx.execute("UPDATE submissions SET last_path=? WHERE uuid=?", (path, uuid))

    def discard_if_untouched(self, uuid: str | None = None) -> int:
        """Remove this device's submissions that were opened but never answered.

        A submission exists from its first answer: one started and closed (or
        left by a crash) with no answer, no repeat and no history has nothing
        to keep and must not travel in a package.  ``None`` sweeps them all.
        Returns how many were removed.
        """
        untouched = (
            "device_uuid = ? AND status = 'draft'"
            " AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.submission_uuid = uuid)"
            " AND NOT EXISTS (SELECT 1 FROM audit u WHERE u.submission_uuid = uuid)"
            " AND NOT EXISTS (SELECT 1 FROM repeat_sizes r WHERE r.submission_uuid = uuid)"
            " AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.submission_uuid = uuid)"
        )
        chosen = "" if uuid is None else " AND uuid = ?"
        with self.transaction() as tx:
            cursor = tx.execute(
                f"DELETE FROM submissions WHERE {untouched}{chosen}",
                (self.device_uuid,) if uuid is None else (self.device_uuid, uuid),
            )
        return cursor.rowcount

    def delete_submission(self, uuid: str) -> None:
        with self.transaction() as tx:
            tx.execute("UPDATE submissions SET deleted_at=? WHERE uuid=?", (utc_now(), uuid))

    # Answers --------------------------------------------------------------

    def save_answer(
        self, submission_uuid: str, path: str, value: str | None, by: str, *, at: str | None = None
    ) -> bool:
        """Save one answer durably with its audit entry; False if nothing changed."""
        return self.save_answers(submission_uuid, {path: value}, by, at=at) > 0

    def save_answers(
        self,
        submission_uuid: str,
        values: Mapping[str, str | None],
        by: str,
        *,
        at: str | None = None,
        repeat_sizes: Mapping[str, int] | None = None,
        expected: Mapping[str, str | None] | None = None,
        on_changed: Callable[[Any, str, tuple[Any, ...], tuple[Any, ...]], None] | None = None,
    ) -> int:
        """Save several answers in one transaction (e.g. renumbered repeats).

        ``None`` or ``""`` clears an answer; the row stays as a tombstone so a
        merge can tell "cleared" from "never answered".  ``repeat_sizes``,
        when given, replaces the submission's stored repeat sizes in the same
        transaction.  ``expected`` holds the values the caller believes are
        stored: if any differs (an import or a resolution changed it since),
        nothing is written and ``AnswersChangedError`` says which, unless
        ``on_changed(tx, path, stored, written)`` (each a value, at, by) is
        given: then the save goes on (the editor keeps both as a conflict).
        Returns how many answers changed.
        """
        stamp = at or utc_now()
        with self.transaction() as tx:
            self.lock_submission(submission_uuid)
            changed = 0
            for path, raw in values.items():
                value = raw if raw not in (None, "") else None
                row = tx.execute(
                    "SELECT value, updated_at, updated_by FROM answers"
                    " WHERE submission_uuid=? AND path=?",
                    (submission_uuid, path),
                ).fetchone()
                old = row[0] if row else None
                if expected is not None and path in expected and old != expected[path]:
                    if on_changed is None or row is None:
                        raise AnswersChangedError(submission_uuid, path)
                    if old != value:  # the same answer arrived both ways: nothing to decide
                        on_changed(tx, path, tuple(row), (value, stamp, by))
                if old == value and (row is not None or value is None):
                    continue
                self.write_answer(tx, submission_uuid, path, old, value, by, stamp)
                changed += 1
            if repeat_sizes is not None:
                tx.execute("DELETE FROM repeat_sizes WHERE submission_uuid=?", (submission_uuid,))
                tx.executemany(
                    "INSERT INTO repeat_sizes (submission_uuid, repeat_key, size) VALUES (?,?,?)",
                    [(submission_uuid, key, size) for key, size in repeat_sizes.items()],
                )
            if changed:
                touch_submission(tx, submission_uuid, stamp)
        return changed

    def write_answer(
        self,
        tx: Any,
        submission_uuid: str,
        path: str,
        old: str | None,
        value: str | None,
        by: str,
        stamp: str,
    ) -> None:
        """One answer row and its audit entry, inside the caller's transaction."""
        tx.execute(
            "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
            " VALUES (?,?,?,?,?) ON CONFLICT (submission_uuid, path) DO UPDATE SET"
            " value=excluded.value, updated_at=excluded.updated_at,"
            " updated_by=excluded.updated_by",
            (submission_uuid, path, value, stamp, by),
        )
        tx.execute(
            "INSERT INTO audit (submission_uuid, path, old_value, new_value, at, by,"
            " device_uuid) VALUES (?,?,?,?,?,?,?)",
            (submission_uuid, path, old, value, stamp, by, self.device_uuid),
        )

    def answers(self, submission_uuid: str) -> dict[str, str]:
        """The submission's current answers (cleared ones left out)."""
        sql = "SELECT path, value FROM answers WHERE submission_uuid=? AND value IS NOT NULL"
        return dict(self.rows(sql, (submission_uuid,)))

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only query as tuples: for 10⁵ rows, where dicts cost more than SQL."""
        with self._backend.errors():
            return self._connection.execute(sql, params).fetchall()

    def repeat_sizes(self, submission_uuid: str) -> dict[str, int]:
        """How many instances each repeat had when last saved (``people``, ``hh[2]/kids``)."""
        sql = "SELECT repeat_key, size FROM repeat_sizes WHERE submission_uuid=?"
        return dict(self.rows(sql, (submission_uuid,)))

    def answer_rows(self, submission_uuid: str) -> list[Answer]:
        """Every answer row including tombstones, with who changed it when."""
        rows = self.query(
            "SELECT path, value, updated_at, updated_by FROM answers WHERE submission_uuid=?"
            " ORDER BY path",
            (submission_uuid,),
        )
        return [Answer(**row) for row in rows]

    def audit(self, submission_uuid: str | None = None) -> list[AuditEntry]:
        if submission_uuid is None:
            rows = self.query("SELECT * FROM audit ORDER BY seq")
        else:
            rows = self.query(
                "SELECT * FROM audit WHERE submission_uuid=? ORDER BY seq", (submission_uuid,)
            )
        return [AuditEntry(**row) for row in rows]

    # Snapshots ------------------------------------------------------------

    def snapshot(self, destination: str | Path) -> Path:
        """Copy the whole database consistently to the new file ``destination``."""
        target = Path(destination)
        if target.exists():
            raise StorageError(
                "snapshot-exists",
                QT_TRANSLATE_NOOP("UserError", "{target} already exists; choose a new name."),
                target=target,
            )
        self._backend.snapshot(target)
        return target


_SUBMISSION_SELECT = (
    "SELECT s.uuid, s.mission_uuid, s.form_id, s.form_version, s.status, s.author,"
    " s.device_uuid, s.created_at, s.updated_at, s.last_path,"
    " (SELECT count(*) FROM answers a WHERE a.submission_uuid = s.uuid"
    " AND a.value IS NOT NULL) AS answer_count FROM submissions s"
)


def mission_from_row(row: dict[str, Any]) -> Mission:
    """A mission from a ``missions`` row (with ``submission_count`` when selected)."""
    return Mission(
        uuid=row["uuid"],
        country=row["country"],
        title=row["title"],
        phase=row["phase"],
        start_date=row["start_date"],
        end_date=row["end_date"],
        team=tuple(json.loads(row["team"])),
        notes=row["notes"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        submission_count=row.get("submission_count", 0),
    )


def touch_submission(tx: Any, submission_uuid: str, stamp: str) -> None:
    """Mark the submission edited now; refuse (rolling back) if it does not exist."""
    cursor = tx.execute(
        "UPDATE submissions SET updated_at=? WHERE uuid=? AND deleted_at IS NULL",
        (stamp, submission_uuid),
    )
    if cursor.rowcount == 0:
        raise UserError(
            "unknown-submission",
            QT_TRANSLATE_NOOP("UserError", "There is no submission {submission_uuid}."),
            submission_uuid=submission_uuid,
        )


class AnswersChangedError(UserError):
    """A save found a stored value other than the one it meant to replace."""

    def __init__(self, submission_uuid: str, path: str) -> None:
        super().__init__(
            "answer-changed-elsewhere",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} was changed elsewhere (an import or a resolved conflict) since this "
                "form was read; nothing was overwritten and the form now shows the stored "
                "answers.",
            ),
            submission_uuid=submission_uuid,
            path=path,
        )
        self.path = path
