"""Merging a package's records into the database, all in one transaction.

Who wins an answer is decided from the audit history both sides carry, not
from clocks: the *current entry* of an answer is the audit entry that wrote
its value (same stamp, same value).  If the package's history contains the
local current entry, the package saw the local value and moved on, so it is
newer and applies.  If the local history contains the package's current
entry, local is newer and stays.  If neither saw the other, both edits are
kept as a conflict (``storage.conflicts``).  An entry is identified by
device, submission, path, time and new value, which is also how package
audit entries are merged without duplicates.  Any failure rolls everything
back: a refused or interrupted import leaves the database as it was.
"""

from __future__ import annotations

import functools
import itertools
import operator
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from storage.backends import RetryableError, mission_lock
from storage.conflicts import record_conflict
from storage.database import Database, utc_now
from storage.listed_once import ListedOnce
from storage.search.catalog import catalogue_stored_forms

Record = dict[str, Any]
EntryKey = tuple[str, str, str, str, str | None]
"""(device_uuid, submission_uuid, path, at, new_value)."""
Progress = Callable[[int, int, str], None]
_TICK = 500
BATCH = 2_000
"""Records per ``executemany`` and per look-up of local rows (SQLite takes 32,766 parameters)."""
_IN_LIMIT = 500
RETRIES = 5
"""Attempts of a merge that lost a race on a server (a deadlock or serialisation failure)."""


@dataclass
class PackageRecords:
    """What a package carries, as plain records keyed by column name (form sources as bytes)."""

    package_uuid: str
    device_uuid: str
    content_sha256: str
    forms: list[Record]
    missions: list[Record]
    submissions: list[Record]
    answers: list[Record]
    audit: Collection[Record]
    """Walked once for a first import; a package's may be unpacked anew on each walk."""


@dataclass
class ImportReport:
    """Counts per kind of record, and one paragraph a person can read."""

    file_name: str
    added: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    conflicts: int = 0
    audit_added: int = 0
    edits_accepted: int = 0
    signer: str = ""
    """Who signed the package: device name and key fingerprint; empty when unsigned."""
    new_device: bool = False
    unsigned: bool = False
    """Accepted without a signature (``--allow-unsigned``): the report says so."""

    @property
    def changed(self) -> bool:
        return bool(
            sum(self.added.values())
            or sum(self.updated.values())
            or self.conflicts
            or self.audit_added
        )

    @property
    def summary(self) -> str:
        return f"{self._counts_summary()}{self.device_note}"

    @property
    def device_note(self) -> str:
        """One sentence on the signer, with a leading space; empty for reports of old imports."""
        if self.unsigned:
            return " NOT SIGNED: accepted only because of --allow-unsigned."
        if not self.signer:
            return ""
        first = "; first package from this device, its key is now pinned" if self.new_device else ""
        return f" Signed by {self.signer}{first}."

    def _counts_summary(self) -> str:
        if not self.changed:
            return f"{self.file_name}: already imported; nothing changed."
        parts = [
            f"added {_count(self.added)}" if sum(self.added.values()) else "",
            f"updated {_count(self.updated)}" if sum(self.updated.values()) else "",
            f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''} to resolve "
            "(fieldwheel conflicts)"
            if self.conflicts
            else "",
            f"took {self.edits_accepted} hand edit{'s' if self.edits_accepted != 1 else ''}"
            if self.edits_accepted
            else "",
        ]
        text = "; ".join(part for part in parts if part) or "merged the history"
        return f"{self.file_name}: {text}."


def _count(counter: Counter) -> str:
    order = ("form", "mission", "submission", "answer")
    words = [f"{counter[k]} {k}{'s' if counter[k] != 1 else ''}" for k in order if counter[k]]
    return ", ".join(words)


def merge_package(
    db: Database,
    records: PackageRecords,
    *,
    file_name: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    within: Callable[[Any, ImportReport], None] | None = None,
) -> ImportReport:
    """Merge ``records`` into ``db`` in one transaction and report what changed.

    ``within(tx, report)`` runs last inside the same transaction (the
    package's signer is recorded there, so a failed merge records nothing).
    """
    for attempt in range(RETRIES):
        try:
            return _merge_once(db, records, file_name, progress, cancel, within)
        except RetryableError:
            if attempt == RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _merge_once(db: Database, records: PackageRecords, file_name, progress, cancel, within):
    """One attempt: on a server another writer may win a race, and the merge is run again."""
    report = ImportReport(file_name)
    stored_forms = {(form_id, version) for form_id, version, _ in db.form_titles()}
    with db.transaction(locks=merge_locks(records, stored_forms)) as tx:
        merger = _Merger(tx, records, report, progress, cancel)
        merger.forms()
        catalogue_stored_forms(tx)  # new forms' choice labels, before their answers arrive
        merger.missions()
        with db.deferred_index(tx, "merge"):  # the answers are indexed in bulk, just after
            merger.submissions()
            merger.answers_and_audit()
        db.index_answers(tx, merger.answered, progress, merger.check_cancel)
        merger.remember(file_name)
        if within is not None:
            within(tx, report)
    return report


def merge_locks(
    records: PackageRecords, stored_forms: Collection[tuple[str, str]] = ()
) -> list[str]:
    """What a merge writes, by name: the package, its new forms and its missions.

    Two imports of the same package, of packages sharing a mission, or
    bringing the same new form, then merge one after the other (each sees
    what the other wrote), while imports of other missions run side by side.
    A form already stored is only read, so it needs no lock.
    """
    missions = {m["uuid"] for m in records.missions}
    missions |= {s["mission_uuid"] for s in records.submissions}
    forms = {
        f"{f['form_id']}\x1f{f['version']}"
        for f in records.forms
        if (f["form_id"], f["version"]) not in stored_forms
    }
    return sorted(
        [f"package:{records.package_uuid}"]
        + [f"form:{key}" for key in forms]
        + [mission_lock(uuid) for uuid in missions]
    )


class _Merger:
    def __init__(self, tx, records: PackageRecords, report: ImportReport, progress, cancel) -> None:
        self.tx = tx
        self.records = records
        self.report = report
        self.progress = progress
        self.cancel = cancel
        self.total = len(records.answers) + len(records.audit)
        self.done = 0
        self.answered: set[str] = set()
        """Submissions that got new answers, which the search index has not seen yet."""

    def tick(self, count: int, label: str) -> None:
        """``count`` more records: at each multiple of ``_TICK`` passed, a cancel and progress."""
        before, self.done = self.done, self.done + count
        for passed in range(before // _TICK * _TICK + _TICK, self.done + 1, _TICK):
            self.check_cancel()
            if self.progress is not None:
                self.progress(passed, self.total, label)

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled

    def forms(self) -> None:
        for form in self.records.forms:
            row = self.tx.execute(
                "SELECT sha256 FROM forms WHERE form_id=? AND version=?",
                (form["form_id"], form["version"]),
            ).fetchone()
            if row is None:
                self._insert("forms", form)
                self.report.added["form"] += 1
            elif row[0] != form["sha256"]:
                raise UserError(
                    "form-version-clash",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "Form {form_id} version {version} in the package differs from the one "
                        "stored here; the form must get a new version number.",
                    ),
                    form_id=form["form_id"],
                    version=form["version"],
                )
            else:
                self.report.unchanged["form"] += 1

    def missions(self) -> None:
        for mission in self.records.missions:
            local = self._row("missions", "uuid", mission["uuid"])
            if local is None:
                self._insert("missions", mission)
                self.report.added["mission"] += 1
                continue
            changes = {}
            if mission["updated_at"] > local["updated_at"]:
                fields = (
                    "country",
                    "title",
                    "phase",
                    "start_date",
                    "end_date",
                    "team",
                    "notes",
                    "updated_at",
                )
                changes = {k: mission[k] for k in fields if mission[k] != local[k]}
            if mission["deleted_at"] and not local["deleted_at"]:
                changes["deleted_at"] = mission["deleted_at"]
            self._update("missions", "uuid", mission["uuid"], changes, "mission")

    def submissions(self) -> None:
        for start in range(0, len(self.records.submissions), BATCH):
            self._submission_batch(self.records.submissions[start : start + BATCH])

    def _submission_batch(self, batch: list[Record]) -> None:
        """Look up a batch's local rows at once; new submissions go in with one executemany."""
        locals_ = self._rows_by("submissions", "uuid", {s["uuid"] for s in batch})
        inserts = _Inserts(self.tx)
        for submission in batch:
            local = locals_.get(submission["uuid"])
            if local is None:
                inserts.add("submissions", submission)
                locals_[submission["uuid"]] = dict(submission)
                self.report.added["submission"] += 1
                continue
            fixed = ("mission_uuid", "form_id", "form_version")
            if any(local[k] != submission[k] for k in fixed):
                inserts.flush()  # the rows before it are written, then rolled back with it
                raise UserError(
                    "package-identity-clash",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "Submission {uuid} belongs to another mission or form here than in the "
                        "package; the package cannot be merged.",
                    ),
                    uuid=submission["uuid"],
                )
            changes = {}
            if submission["updated_at"] > local["updated_at"]:
                changes = {
                    k: submission[k]
                    for k in ("status", "updated_at", "last_path")
                    if submission[k] != local[k]
                }
            if submission["deleted_at"] and not local["deleted_at"]:
                changes["deleted_at"] = submission["deleted_at"]
            if changes:
                inserts.flush()
                local.update(changes)
            self._update("submissions", "uuid", submission["uuid"], changes, "submission")
        inserts.flush()

    def answers_and_audit(self) -> None:
        package = _PackageHistory(self.records.audit)
        answers = self.records.answers
        listed = ListedOnce(answers)
        for start in range(0, len(answers), BATCH):
            self._answer_batch(answers[start : start + BATCH], package, listed)
        entries = iter(self.records.audit)
        while batch := list(itertools.islice(entries, BATCH)):
            self._add_audit(batch)

    def _add_audit(self, batch: list[Record]) -> None:
        """Entries not stored yet, checked against what the database holds for the batch's
        submissions (so no set of every key of a large package is kept)."""
        self.tick(len(batch), "merging the audit log")
        columns = ("device_uuid", "submission_uuid", "path", "at", "new_value")
        rows = self._select_in("audit", columns, "submission_uuid", set(map(_SUBMISSION, batch)))
        stored = set(map(tuple, rows))
        keys = list(map(_key, batch))
        inserts = _Inserts(self.tx)
        held = len(stored)
        if stored.isdisjoint(keys) and len(set(keys)) == len(keys):  # all new, none repeated
            inserts.add_all("audit", batch)
            stored.update(keys)
        else:
            for key, entry in zip(keys, batch, strict=True):
                if key not in stored:
                    inserts.add("audit", entry)
                    stored.add(key)
        self.report.audit_added += len(stored) - held
        inserts.flush()

    def _answer_batch(self, batch, package: _PackageHistory, listed: ListedOnce) -> None:
        """One batch of answers: their local rows in a few queries, new ones in one executemany.

        Each answer is listed once (``ListedOnce`` refuses a package that
        lists one twice), so none sees what another of the package wrote.
        The local history of the batch's submissions is read only when an
        answer differs from a stored one (the audit log is written after every
        answer, so it is still what it was before the merge).
        """
        self.tick(len(batch), "merging answers")
        listed.check(batch)
        submissions = set(map(_SUBMISSION, batch))
        stored = self._answers_of(submissions)
        if not stored:  # none of these submissions has answers here (a first import)
            self._insert_answers(batch)
            return
        local_history: dict[tuple[str, str], list[Record]] = {}
        local_keys: set[EntryKey] | None = None
        new: list[Record] = []
        for answer in batch:
            where = _ANSWER(answer)
            local = stored.get(where)
            if local is None:
                new.append(answer)
                continue
            if local["value"] == answer["value"]:
                self.report.unchanged["answer"] += 1
                continue
            if local_keys is None:
                local_history, local_keys = self._local_history(submissions)
            package_saw_local = _saw(
                local, local_history.get(where, ()), package.keys, package.history.get(where, ())
            )
            local_saw_package = _saw(
                answer, package.history.get(where, ()), local_keys, local_history.get(where, ())
            )
            if (package_saw_local and not local_saw_package) or (
                package_saw_local
                and local_saw_package
                and answer["updated_at"] > local["updated_at"]
            ):
                self._apply(answer)
            elif local_saw_package:
                self.report.unchanged["answer"] += 1
            else:
                self._conflict(answer, local)
        self._insert_answers(new)

    def _insert_answers(self, answers: list[Record]) -> None:
        inserts = _Inserts(self.tx)
        inserts.add_all("answers", answers)
        inserts.flush()
        self.answered.update(map(_SUBMISSION, answers))
        self.report.added["answer"] += len(answers)

    def _apply(self, answer: Record) -> None:
        self.tx.execute(
            "UPDATE answers SET value=?, updated_at=?, updated_by=?"
            " WHERE submission_uuid=? AND path=?",
            (
                answer["value"],
                answer["updated_at"],
                answer["updated_by"],
                answer["submission_uuid"],
                answer["path"],
            ),
        )
        self.tx.execute(
            "UPDATE submissions SET updated_at=? WHERE uuid=? AND updated_at < ?",
            (answer["updated_at"], answer["submission_uuid"], answer["updated_at"]),
        )
        self.report.updated["answer"] += 1

    def _conflict(self, answer: Record, local: Record) -> None:
        added = record_conflict(
            self.tx,
            answer["submission_uuid"],
            answer["path"],
            (local["value"], local["updated_at"], local["updated_by"]),
            (answer["value"], answer["updated_at"], answer["updated_by"]),
            self.records.package_uuid,
            self.records.device_uuid,
        )
        self.report.conflicts += 1 if added else 0
        if not added:
            self.report.unchanged["answer"] += 1

    def remember(self, file_name: str) -> None:
        """Note the import once per package content (a re-import writes nothing)."""
        exists = self.tx.execute(
            "SELECT 1 FROM imports WHERE package_uuid=? AND content_sha256=?",
            (self.records.package_uuid, self.records.content_sha256),
        ).fetchone()
        if exists:
            return
        report = self.report
        self.tx.execute(
            "INSERT INTO imports (package_uuid, content_sha256, source_device_uuid, file_name,"
            " imported_at, added, updated, unchanged, conflicts) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                self.records.package_uuid,
                self.records.content_sha256,
                self.records.device_uuid,
                file_name,
                utc_now(),
                sum(report.added.values()),
                sum(report.updated.values()),
                sum(report.unchanged.values()),
                report.conflicts,
            ),
        )

    def _local_history(self, submissions: Iterable[str]):
        history: dict[tuple[str, str], list[Record]] = {}
        keys: set[EntryKey] = set()
        columns = ("submission_uuid", "path", "old_value", "new_value", "at", "by", "device_uuid")
        for row in self._select_in("audit", columns, "submission_uuid", submissions):
            entry = dict(zip(columns, row, strict=True))
            history.setdefault((row[0], row[1]), []).append(entry)
            keys.add(_key(entry))
        return history, keys

    def _answers_of(self, submissions: Iterable[str]) -> dict[tuple[str, str], Record]:
        """The stored answers of these submissions, keyed by (submission, path)."""
        columns = ("submission_uuid", "path", "value", "updated_at", "updated_by")
        return {
            (row[0], row[1]): {"value": row[2], "updated_at": row[3], "updated_by": row[4]}
            for row in self._select_in("answers", columns, "submission_uuid", submissions)
        }

    def _rows_by(self, table: str, key: str, values: Iterable[str]) -> dict[str, Record]:
        """Whole rows of ``table`` whose ``key`` is one of ``values``."""
        empty = self.tx.execute(f"SELECT * FROM {table} LIMIT 0")
        names = [column[0] for column in empty.description]
        index = names.index(key)
        return {
            row[index]: dict(zip(names, row, strict=True))
            for row in self._select_in(table, names, key, values)
        }

    def _select_in(
        self, table: str, columns: Sequence[str], key: str, values: Iterable[str]
    ) -> Iterator[tuple]:
        """Rows whose ``key`` is in ``values``, a few hundred values per query."""
        wanted = sorted(set(values))
        selected = ", ".join(columns)
        for start in range(0, len(wanted), _IN_LIMIT):
            chunk = wanted[start : start + _IN_LIMIT]
            marks = ", ".join("?" * len(chunk))
            yield from self.tx.execute(
                f"SELECT {selected} FROM {table} WHERE {key} IN ({marks})", chunk
            )

    def _row(self, table: str, key: str, value: str) -> Record | None:
        cursor = self.tx.execute(f"SELECT * FROM {table} WHERE {key}=?", (value,))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def _insert(self, table: str, record: Mapping[str, Any]) -> None:
        columns = ", ".join(record)
        marks = ", ".join("?" for _ in record)
        self.tx.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(record.values()))

    def _update(
        self, table: str, key: str, value: str, changes: Mapping[str, Any], kind: str
    ) -> None:
        if not changes:
            self.report.unchanged[kind] += 1
            return
        assignments = ", ".join(f"{column}=?" for column in changes)
        self.tx.execute(
            f"UPDATE {table} SET {assignments} WHERE {key}=?", (*changes.values(), value)
        )
        self.report.updated[kind] += 1


class _PackageHistory:
    """The package's audit entries by answer, and their keys: built when first needed.

    Only an answer stored on both sides needs them, so a first import into
    an empty database never builds them (a large package's history twice over).
    """

    def __init__(self, entries: Collection[Record]) -> None:
        self.entries = entries

    @functools.cached_property
    def history(self) -> dict[tuple[str, str], list[Record]]:
        return _history(self.entries)

    @functools.cached_property
    def keys(self) -> set[EntryKey]:
        return {_key(entry) for entry in self.entries}


class _Inserts:
    """New rows waiting for one ``executemany`` per table and column order."""

    def __init__(self, tx) -> None:
        self.tx = tx
        self.pending: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}

    def add(self, table: str, record: Mapping[str, Any]) -> None:
        rows = self.pending.setdefault((table, tuple(record)), [])
        rows.append(tuple(record.values()))
        if len(rows) >= BATCH:
            self.flush()

    def add_all(self, table: str, records: Iterable[Mapping[str, Any]]) -> None:
        """``add`` for many records, their fields taken at C speed."""
        for columns, group in itertools.groupby(records, key=tuple):
            rows = self.pending.setdefault((table, columns), [])
            rows.extend(map(tuple, map(_values, group)))
            if len(rows) >= BATCH:
                self.flush()

    def flush(self) -> None:
        for (table, columns), rows in self.pending.items():
            marks = ", ".join("?" * len(columns))
            self.tx.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
            )
        self.pending.clear()


_key: Callable[[Mapping[str, Any]], EntryKey] = operator.itemgetter(
    "device_uuid", "submission_uuid", "path", "at", "new_value"
)
_SUBMISSION = operator.itemgetter("submission_uuid")
_ANSWER = operator.itemgetter("submission_uuid", "path")
_values = operator.methodcaller("values")


def _history(entries: Iterable[Record]) -> dict[tuple[str, str], list[Record]]:
    history: dict[tuple[str, str], list[Record]] = {}
    for entry in entries:
        history.setdefault((entry["submission_uuid"], entry["path"]), []).append(entry)
    return history


def _saw(
    answer: Mapping[str, Any],
    own_history: Iterable[Record],
    other_keys: set[EntryKey],
    other_history: Iterable[Record],
) -> bool:
    """Whether the other side has seen ``answer``'s current value.

    The current entry is the one that wrote the value; without one (an
    answer whose history was lost) fall back to "the value appears in the
    other side's history for this answer".
    """
    current = [
        e
        for e in own_history
        if e["at"] == answer["updated_at"] and e["new_value"] == answer["value"]
    ]
    if current:
        return any(_key(entry) in other_keys for entry in current)
    return any(answer["value"] in (e["new_value"], e["old_value"]) for e in other_history)
