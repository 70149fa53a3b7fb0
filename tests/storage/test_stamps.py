"""Every stamp is UTC with microseconds in one fixed form, whatever the machine's time
zone: merges compare stamps from different devices as text."""

from __future__ import annotations

import datetime as dt
import re
import time

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def test_stamps_are_utc_in_one_form_on_a_machine_far_from_utc(db, submission, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Phnom_Penh")
    time.tzset()
    try:
        before = dt.datetime.now(dt.UTC)
        db.save_answer(submission.uuid, "a", "1", "Sok")
        mission = db.create_mission("KHM", "Stamped", "strategy")
        after = dt.datetime.now(dt.UTC)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    [row] = db.answer_rows(submission.uuid)
    stamps = [row.updated_at, mission.created_at, mission.updated_at]
    assert all(STAMP.fullmatch(stamp) for stamp in stamps), stamps
    for stamp in stamps:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        assert before - dt.timedelta(seconds=1) <= moment <= after + dt.timedelta(seconds=1)
    assert mission.created_at == mission.updated_at
