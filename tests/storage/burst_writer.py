"""A writer for the kill tests: saves answers as fast as it can, reporting each.

It prints ``saved <submission> <path> <value>`` only after ``save_answer``
returned, i.e. after the transaction committed; the test kills it at random
and then checks every reported answer is in the database.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage import Database

with Database(sys.argv[1]) as db:
    mission = db.create_mission("KHM", "Burst", "monitoring")
    db.save_form("burst", "1", "Burst", "burst.md", b"| survey |", "0" * 64)
    submission = db.create_submission(mission.uuid, "burst", "1", "writer")
    print(f"ready {submission.uuid}", flush=True)
    index = 0
    while True:
        index += 1
        path, value = f"group/q{index % 50}", f"value {index}"
        db.save_answer(submission.uuid, path, value, "writer")
        print(f"saved {submission.uuid} {path} {value}", flush=True)
