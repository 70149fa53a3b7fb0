"""What search needs to know about a form: question labels and choice labels.

A trigger cannot read an XLSForm, so each stored form's questions and
choices are written into ``search_questions`` and ``search_choices`` when the
form is stored (in the same transaction), and by the migration for forms
stored before search existed.  The answers of a form catalogued after them
get their choice labels at that moment.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from forms.model import Form, Question
from storage.search.schema import LABELS_OF_FORM

Progress = Callable[[int, int, str], None]


def catalogue_form(tx: sqlite3.Connection, form: Form, key: tuple[str, str] | None = None) -> None:
    """Record ``form``'s question labels and every language of its choice labels.

    ``key`` is the (form id, version) it is stored under, when not its own.
    """
    key = key or (form.id, form.version)
    _forget(tx, key)
    questions = list(form.questions())
    tx.executemany(
        "INSERT INTO search_questions (form_id, form_version, name, label) VALUES (?,?,?,?)",
        [(*key, q.name, _label(form, q)) for q in questions],
    )
    tx.executemany(
        "INSERT INTO search_choices (form_id, form_version, question, choice, labels)"
        " VALUES (?,?,?,?,?) ON CONFLICT (form_id, form_version, question, choice)"
        " DO UPDATE SET labels = excluded.labels",
        [(*key, q.name, name, labels) for q in questions for name, labels in _choices(form, q)],
    )
    tx.execute("INSERT INTO search_forms (form_id, form_version, readable) VALUES (?,?,1)", key)
    tx.execute(LABELS_OF_FORM, key)


def catalogue_stored_forms(tx: sqlite3.Connection, progress: Progress | None = None) -> int:
    """Catalogue every stored form not catalogued yet; returns how many were read.

    A stored form that can no longer be read (a damaged source, a form
    feature this version refuses) is recorded as unreadable: its answers
    are still searchable by their text, only without choice labels.
    """
    missing = tx.execute(
        "SELECT f.form_id, f.version, f.title, f.source, f.source_name FROM forms f"
        " WHERE NOT EXISTS (SELECT 1 FROM search_forms c"
        " WHERE c.form_id = f.form_id AND c.form_version = f.version) ORDER BY f.form_id"
    ).fetchall()
    if not missing:
        return 0
    # pyxform, only when a form must be read; cached, as HQ imports many packages of one form
    from storage.form_sources import parse_stored_form

    for done, (form_id, version, title, source, source_name) in enumerate(missing):
        if progress is not None:
            progress(done, len(missing), f"Reading the form {title or form_id} for search")
        try:
            form = parse_stored_form(bytes(source), source_name)
        # Whatever the reason, a form that cannot be read must not block opening the database.
        except Exception:
            _forget(tx, (form_id, version))
            tx.execute(
                "INSERT INTO search_forms (form_id, form_version, readable) VALUES (?,?,0)",
                (form_id, version),
            )
            continue
        catalogue_form(tx, form, (form_id, version))
    return len(missing)


def _forget(tx: sqlite3.Connection, key: tuple[str, str]) -> None:
    for table in ("search_forms", "search_questions", "search_choices"):
        tx.execute(f"DELETE FROM {table} WHERE form_id = ? AND form_version = ?", key)


def _label(form: Form, question: Question) -> str:
    labels = question.labels
    return labels.get(form.default_language) or next(iter(labels.values()), "") or question.name


def _choices(form: Form, question: Question) -> list[tuple[str, str]]:
    """(choice name, its labels in every language, each once) for a question with choices."""
    choices = form.choice_lists.get(question.choice_list or "")
    if choices is None:
        return []
    return [
        (choice.name, "\n".join(dict.fromkeys(t for t in choice.labels.values() if t)))
        for choice in choices.choices
    ]
