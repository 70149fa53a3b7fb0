"""Storage on SQLite or PostgreSQL (storage.backends): autosave, audit log, snapshots. No Qt."""

from storage.database import Database, utc_now
from storage.records import PHASES, Answer, AuditEntry, FormRecord, Mission, Submission

__all__ = [
    "PHASES",
    "Answer",
    "AuditEntry",
    "Database",
    "FormRecord",
    "Mission",
    "Submission",
    "utc_now",
]
