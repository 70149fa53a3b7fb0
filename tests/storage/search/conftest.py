"""A small translated form with choices, stored with its labels, and a helper that
checks the search index against what a full re-index would hold."""

from __future__ import annotations

import pytest

from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.editing import SubmissionEditor, store_form
from storage.search.pending import fill_pending_index, fold
from storage.search.schema import ANSWER_DOCS, MISSION_DOCS
from storage.search.sqlite import search_index

FORM = """\
| survey | | | | | | |
| | type | name | {languages}
| | text | evidence | Evidence | Preuves | الأدلة | ភស្តុតាង |
| | select_one sector | sector | Sector | Secteur | القطاع | វិស័យ |
| | select_multiple sector | others | Other sectors | Autres secteurs | قطاعات أخرى | វិស័យផ្សេងៗ |
| | begin_repeat | pledges | Pledges | Engagements | التعهدات | ការសន្យា |
| | text | description | Pledge description | Description | الوصف | ការពិពណ៌នា |
| | end_repeat | | | | | |
| choices | | | | | | |
| | list_name | name | {languages}
| | sector | energy | Energy | Énergie | الطاقة | ថាមពល |
| | sector | health | Health | Santé | الصحة | សុខាភិបាល |
| settings | | |
| | form_id | version |
| | searchable | 1 |
""".replace(
    "{languages}",
    "label::English (en) | label::Français (fr) | label::العربية (ar) | label::ខ្មែរ (km) |",
)


@pytest.fixture
def form():
    return load_form_bytes(FORM.encode(), "searchable.md")


@pytest.fixture
def stored(db: Database, form):
    store_form(db, form)
    return form


@pytest.fixture
def editor_for(db: Database, mission, stored):
    def open_editor(mission_uuid: str | None = None) -> SubmissionEditor:
        submission = db.create_submission(mission_uuid or mission.uuid, stored.id, "1", "Sok")
        return SubmissionEditor(db, submission, stored, by="Sok")

    return open_editor


def found(db: Database, text: str, **filters) -> list[tuple[str | None, str]]:
    """(submission uuid, path) of every hit, best first."""
    return [(hit.submission_uuid, hit.path) for hit in search_index(db).search(text, **filters)]


def assert_index_in_step(db: Database) -> None:
    """What search reads (the folded rows of answers not pending, and the pending answers'
    own index) is exactly what indexing everything afresh would hold; folding then leaves
    exactly that in ``search_docs``, nothing pending, and FTS5 agrees."""
    columns = "mission_uuid, submission_uuid, path, form_id, form_version, body, labels"
    not_pending = (
        "NOT EXISTS (SELECT 1 FROM search_pending p WHERE p.submission_uuid ="
        " search_docs.submission_uuid AND p.path = search_docs.path)"
    )
    with db.transaction() as tx:
        expected = _fresh(tx, columns)
        fill_pending_index(lambda sql: tx.execute(sql).fetchall())
        searched = tx.execute(
            f"SELECT {columns} FROM search_docs WHERE {not_pending}"
            f" UNION ALL SELECT {columns} FROM temp.search_pending_docs ORDER BY 1, 2, 3"
        ).fetchall()
        for index in ("search_pending_fts", "search_pending_trigram"):
            tx.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
        fold(tx)
        for index in ("search_docs_fts", "search_docs_trigram"):
            tx.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
        assert tx.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
    assert [dict(zip(columns.split(", "), row, strict=True)) for row in searched] == expected
    stored = db.query(f"SELECT {columns} FROM search_docs ORDER BY 1, 2, 3")
    assert stored == expected


def _fresh(tx, columns: str) -> list[dict]:
    """What a fresh index of everything stored holds, sorted."""
    tx.execute("CREATE TEMP TABLE fresh AS SELECT * FROM search_docs WHERE 0")
    fresh_answers = ANSWER_DOCS.format(where="1").replace("search_docs", "temp.fresh")
    tx.execute(fresh_answers)
    tx.execute(MISSION_DOCS.format(where="1").replace("search_docs", "temp.fresh"))
    tx.execute("UPDATE temp.fresh SET labels = '' WHERE labels IS NULL")  # the default
    expected = [
        dict(zip(columns.split(", "), row, strict=True))
        for row in tx.execute(f"SELECT {columns} FROM temp.fresh ORDER BY 1, 2, 3")
    ]
    tx.execute("DROP TABLE temp.fresh")
    return expected


@pytest.fixture(params=["pending", "folded"])
def index_state(request, monkeypatch) -> str:
    """Each search reads the answers as saved (pending, beside FTS5), or folds them first."""
    if request.param == "folded":
        import storage.search.sqlite

        monkeypatch.setattr(storage.search.sqlite, "FOLD_AT", -1)
    return request.param
