"""The window folds the answers an autosave left pending into the search index, now and then."""

from __future__ import annotations

from storage import Database
from ui.main_window import MainWindow
from ui.search.folding import FOLD_EVERY_MS

EVIDENCE = "access/infrastructure/infrastructure_evidence"


def _pending(db: Database) -> int:
    return db.rows("SELECT count(*) FROM search_pending")[0][0]


def test_the_window_folds_pending_answers_on_its_tick(qtbot, demo_db: Database):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    assert window.search_folding.isActive() and window.search_folding.interval() == FOLD_EVERY_MS
    uuid = demo_db.rows("SELECT uuid FROM submissions WHERE deleted_at IS NULL LIMIT 1")[0][0]
    demo_db.save_answer(uuid, EVIDENCE, "a new landing station at Kep", "Sok")
    assert _pending(demo_db) == 1
    window.search_folding.timeout.emit()
    assert _pending(demo_db) == 0
    assert demo_db.rows(
        "SELECT count(*) FROM search_docs WHERE submission_uuid = ? AND body LIKE '%Kep%'", (uuid,)
    ) == [(1,)]


def test_a_closed_window_folds_nothing(qtbot, demo_db: Database):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    uuid = demo_db.rows("SELECT uuid FROM submissions WHERE deleted_at IS NULL LIMIT 1")[0][0]
    demo_db.save_answer(uuid, EVIDENCE, "a new landing station at Kep", "Sok")
    window.search_folding.timeout.emit()  # never shown, or closed: its database may be gone
    assert _pending(demo_db) == 1
