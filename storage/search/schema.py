"""The search index's tables and the triggers that keep it in step with every write.

``search_docs`` holds one row per searchable text: an answer's value with
the labels (every language) of the choices it picked, or a mission's title
or notes.  Triggers on ``answers``, ``submissions`` and ``missions`` keep it
in step inside the writer's own transaction, so no code path can forget it.
Two FTS5 indexes read it as external content: ``search_docs_fts``
(unicode61: words, accents and case folded, created with sqlite-utils'
``enable_fts`` and its triggers) and ``search_docs_trigram`` (every three
characters, only for rows in scripts written without spaces, such as Khmer).
"""

from __future__ import annotations

WORD_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
"""Marks (M*) count as letters, so Khmer vowel signs and Arabic harakat do not split words."""

NO_SPACE_SCRIPTS = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u0f00-\u0fff"  # Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff\u19e0-\u19ff"  # Khmer, Khmer symbols
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # kana, CJK
)
"""Scripts written without spaces between words: their rows also get the trigram index."""

_NO_SPACE_GLOB = f"'*[{NO_SPACE_SCRIPTS}]*'"

_LAST_STEP = "substr({p}, length(rtrim({p}, replace({p}, '/', ''))) + 1)"
"""SQL for a path's last step (the question's name: XLSForm names are unique in a form)."""

ANSWER_DOCS = """
INSERT INTO search_docs (mission_uuid, submission_uuid, path, form_id, form_version, body, labels)
SELECT s.mission_uuid, a.submission_uuid, a.path, s.form_id, s.form_version, a.value,
    coalesce((SELECT group_concat(c.labels, ' ') FROM search_choices c
        WHERE c.form_id = s.form_id AND c.form_version = s.form_version
        AND c.question = {last_step}
        AND instr(' ' || a.value || ' ', ' ' || c.choice || ' ') > 0), '')
FROM answers a
JOIN submissions s ON s.uuid = a.submission_uuid
JOIN missions m ON m.uuid = s.mission_uuid
WHERE a.value IS NOT NULL AND s.deleted_at IS NULL AND m.deleted_at IS NULL AND {where}
""".replace("{last_step}", _LAST_STEP.format(p="a.path"))

MISSION_DOCS = """
INSERT INTO search_docs (mission_uuid, path, body)
SELECT uuid, '#title', title FROM missions WHERE deleted_at IS NULL AND {where}
UNION ALL
SELECT uuid, '#notes', notes FROM missions WHERE deleted_at IS NULL AND notes <> '' AND {where}
"""

LABELS_OF_FORM = """
UPDATE search_docs SET labels = coalesce((SELECT group_concat(c.labels, ' ')
    FROM search_choices c WHERE c.form_id = search_docs.form_id
    AND c.form_version = search_docs.form_version AND c.question = {last_step}
    AND instr(' ' || search_docs.body || ' ', ' ' || c.choice || ' ') > 0), '')
WHERE form_id = ? AND form_version = ?
""".replace("{last_step}", _LAST_STEP.format(p="search_docs.path"))
"""Re-derive the choice labels of a form's answers once the form's choices are known."""

TABLES = """
CREATE TABLE search_forms (
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    readable INTEGER NOT NULL,
    PRIMARY KEY (form_id, form_version)
) WITHOUT ROWID;
CREATE TABLE search_questions (
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (form_id, form_version, name)
) WITHOUT ROWID;
CREATE TABLE search_choices (
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    question TEXT NOT NULL,
    choice TEXT NOT NULL,
    labels TEXT NOT NULL,
    PRIMARY KEY (form_id, form_version, question, choice)
) WITHOUT ROWID;
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    mission_uuid TEXT NOT NULL,
    submission_uuid TEXT,
    path TEXT NOT NULL,
    form_id TEXT,
    form_version TEXT,
    body TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT ''
);
CREATE INDEX search_docs_by_answer ON search_docs (submission_uuid, path);
CREATE INDEX search_docs_by_mission ON search_docs (mission_uuid);
"""

TRIGRAM = f"""
CREATE VIRTUAL TABLE search_docs_trigram USING fts5 (
    body, labels, tokenize='trigram', content='search_docs', content_rowid='id'
);
CREATE TRIGGER search_docs_trigram_ai AFTER INSERT ON search_docs
WHEN new.body || ' ' || new.labels GLOB {_NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (rowid, body, labels) VALUES (new.id, new.body, new.labels);
END;
CREATE TRIGGER search_docs_trigram_ad AFTER DELETE ON search_docs
WHEN old.body || ' ' || old.labels GLOB {_NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (search_docs_trigram, rowid, body, labels)
        VALUES ('delete', old.id, old.body, old.labels);
END;
CREATE TRIGGER search_docs_trigram_au_old AFTER UPDATE ON search_docs
WHEN old.body || ' ' || old.labels GLOB {_NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (search_docs_trigram, rowid, body, labels)
        VALUES ('delete', old.id, old.body, old.labels);
END;
CREATE TRIGGER search_docs_trigram_au_new AFTER UPDATE ON search_docs
WHEN new.body || ' ' || new.labels GLOB {_NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (rowid, body, labels) VALUES (new.id, new.body, new.labels);
END;
"""

_ONE_ANSWER = "a.submission_uuid = NEW.submission_uuid AND a.path = NEW.path"
_MISSION_ANSWERS = "s.mission_uuid = NEW.uuid AND OLD.deleted_at IS NOT NEW.deleted_at"
_MISSION_TEXT = MISSION_DOCS.format(where="uuid = NEW.uuid")

FOLLOW_WRITES = f"""
CREATE TRIGGER search_answer_ai AFTER INSERT ON answers WHEN NEW.value IS NOT NULL BEGIN
    {ANSWER_DOCS.format(where=_ONE_ANSWER)};
END;
CREATE TRIGGER search_answer_au AFTER UPDATE OF value ON answers
WHEN OLD.value IS NOT NEW.value BEGIN
    DELETE FROM search_docs WHERE submission_uuid = OLD.submission_uuid AND path = OLD.path;
    {ANSWER_DOCS.format(where=_ONE_ANSWER)};
END;
CREATE TRIGGER search_answer_ad AFTER DELETE ON answers BEGIN
    DELETE FROM search_docs WHERE submission_uuid = OLD.submission_uuid AND path = OLD.path;
END;
CREATE TRIGGER search_submission_au AFTER UPDATE OF deleted_at ON submissions
WHEN OLD.deleted_at IS NOT NEW.deleted_at BEGIN
    DELETE FROM search_docs WHERE submission_uuid = NEW.uuid;
    {ANSWER_DOCS.format(where="a.submission_uuid = NEW.uuid")};
END;
CREATE TRIGGER search_submission_ad AFTER DELETE ON submissions BEGIN
    DELETE FROM search_docs WHERE submission_uuid = OLD.uuid;
END;
CREATE TRIGGER search_mission_ai AFTER INSERT ON missions BEGIN
    {_MISSION_TEXT};
END;
CREATE TRIGGER search_mission_au AFTER UPDATE OF title, notes, deleted_at ON missions BEGIN
    DELETE FROM search_docs WHERE mission_uuid = NEW.uuid AND submission_uuid IS NULL;
    {_MISSION_TEXT};
    DELETE FROM search_docs WHERE mission_uuid = NEW.uuid AND submission_uuid IS NOT NULL
        AND OLD.deleted_at IS NOT NEW.deleted_at;
    {ANSWER_DOCS.format(where=_MISSION_ANSWERS)};
END;
CREATE TRIGGER search_mission_ad AFTER DELETE ON missions BEGIN
    DELETE FROM search_docs WHERE mission_uuid = OLD.uuid;
END;
"""
