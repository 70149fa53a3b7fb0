"""Conflicts in the window: the status-bar hint, the dialog, resolving by choice or typed value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from exports.package.importing import import_package
from exports.package.write import export_package
from storage.demo import demo_uuid
from tests.ui.package.support import EVIDENCE, cell, import_through_window, make_window
from ui.conflicts.model import OURS, QUESTION, THEIRS
from ui.package.outcomes import CONFLICTS

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown


def test_conflict_is_listed_and_resolved_with_their_value(
    qtbot, demo_db, empty_db, package, tmp_path
) -> None:
    import_package(empty_db, package)
    mission = demo_db.mission(demo_uuid("mission"))
    uuid = demo_db.submissions(mission.uuid)[0].uuid
    demo_db.save_answer(uuid, EVIDENCE, "Backbone reaches 23 provinces.", "Dara")
    empty_db.save_answer(uuid, EVIDENCE, "Backbone reaches 22 provinces.", "Lead")
    second = tmp_path / "second.xlsx"
    export_package(demo_db, second, charts=False)

    window = make_window(qtbot, empty_db)
    assert window.conflicts_hint.isHidden()
    assert window.conflicts_hint.icon().isNull()  # QStyle only once there is something to show
    report = import_through_window(qtbot, window, [second])
    assert cell(report, 0, CONFLICTS) == "1"
    assert window.conflicts_hint.text() == "1 conflict to resolve"
    assert window.conflicts_hint.isVisible()
    assert not window.conflicts_hint.icon().isNull()

    report.conflicts_button.click()
    dialog = window.conflicts_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        pass
    assert dialog.model.rowCount() == 1
    question = dialog.model.index(0, QUESTION)
    assert question.data() != EVIDENCE and question.data(Qt.ItemDataRole.ToolTipRole) == EVIDENCE
    assert dialog.model.index(0, OURS).data() == "Backbone reaches 22 provinces."
    assert dialog.model.index(0, THEIRS).data() == "Backbone reaches 23 provinces."
    assert "Lead" in dialog.ours.text() and "Dara" in dialog.theirs.text()

    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        dialog.take_theirs.click()
    assert dialog.model.rowCount() == 0
    assert dialog.heading.text() == "No conflicts to resolve."
    assert empty_db.answers(uuid)[EVIDENCE] == "Backbone reaches 23 provinces."
    assert window.conflicts_hint.isHidden()


def test_conflict_resolved_with_a_typed_value(qtbot, demo_db, empty_db, package, tmp_path):
    import_package(empty_db, package)
    mission = demo_db.mission(demo_uuid("mission"))
    uuid = demo_db.submissions(mission.uuid)[0].uuid
    demo_db.save_answer(uuid, EVIDENCE, "field", "Dara")
    empty_db.save_answer(uuid, EVIDENCE, "hq", "Lead")
    second = tmp_path / "second.xlsx"
    export_package(demo_db, second, charts=False)
    import_package(empty_db, second)

    window = make_window(qtbot, empty_db)
    window.show_conflicts()
    dialog = window.conflicts_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        pass
    assert dialog.own_value.text() == "hq"
    dialog.own_value.setText("both were partly right")
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        dialog.use_value.click()
    assert dialog.model.rowCount() == 0
    assert empty_db.answers(uuid)[EVIDENCE] == "both were partly right"
