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

NO_SPACE_GLOB = f"'*[{NO_SPACE_SCRIPTS}]*'"
MAY_HOLD_NO_SPACE_SCRIPT = "length(CAST({v} AS BLOB)) > length({v}) AND {v} GLOB " + NO_SPACE_GLOB
"""SQL: may ``{v}`` hold a script without spaces?  Those take three bytes a character in
UTF-8, so the cheap length test spares ASCII text the character-class GLOB."""

_LAST_STEP = "substr({p}, length(rtrim({p}, replace({p}, '/', ''))) + 1)"
"""SQL for a path's last step (the question's name: XLSForm names are unique in a form)."""


def _labels(row: str, path: str, value: str) -> str:
    """SQL for the labels (every language) of the choices ``value`` picked at ``path``."""
    return (
        "coalesce((SELECT group_concat(c.labels, ' ') FROM search_choices c"
        f" WHERE c.form_id = {row}.form_id AND c.form_version = {row}.form_version"
        f" AND c.question = {_LAST_STEP.format(p=path)}"
        f" AND instr(' ' || {value} || ' ', ' ' || c.choice || ' ') > 0), '')"
    )


ANSWER_DOCS = f"""
INSERT INTO search_docs (mission_uuid, submission_uuid, path, form_id, form_version, body, labels)
SELECT s.mission_uuid, a.submission_uuid, a.path, s.form_id, s.form_version, a.value,
    {_labels("s", "a.path", "a.value")}
FROM answers a
JOIN submissions s ON s.uuid = a.submission_uuid
JOIN missions m ON m.uuid = s.mission_uuid
WHERE a.value IS NOT NULL AND s.deleted_at IS NULL AND m.deleted_at IS NULL AND {{where}}
"""
"""Index the live answers ``{where}`` selects (``a`` answers, ``s`` submissions)."""


def _labels_by_key(row: str, path: str, value: str) -> str:
    """``_labels``, with a value without a space (one choice) looked up by its key.

    The same labels: a choice name found with a space either side in
    ``' ' || value || ' '`` is the value itself when the value holds no
    space.  For a statement over thousands of answers, one look-up instead
    of testing every choice of the question takes a third off indexing.
    """
    return (
        f"CASE WHEN instr({value}, ' ') = 0 THEN coalesce((SELECT c.labels FROM search_choices c"
        f" WHERE c.form_id = {row}.form_id AND c.form_version = {row}.form_version"
        f" AND c.question = {_LAST_STEP.format(p=path)} AND c.choice = {value}), '')"
        f" ELSE {_labels(row, path, value)} END"
    )


ANSWER_DOCS_IN_BULK = ANSWER_DOCS.replace(
    _labels("s", "a.path", "a.value"), _labels_by_key("s", "a.path", "a.value")
)
"""``ANSWER_DOCS`` for a bulk writer (the triggers keep the plain form they were made with)."""

MISSION_DOCS = """
INSERT INTO search_docs (mission_uuid, path, body)
SELECT uuid, '#title', title FROM missions WHERE deleted_at IS NULL AND {where}
UNION ALL
SELECT uuid, '#notes', notes FROM missions WHERE deleted_at IS NULL AND notes <> '' AND {where}
"""

LABELS_OF_FORM = f"""
UPDATE search_docs SET labels = {_labels("search_docs", "search_docs.path", "search_docs.body")}
WHERE form_id = ? AND form_version = ?
"""
"""Re-derive the choice labels of a form's answers once the form's choices are known."""


def scope_token(kind: str, value: str) -> str:
    """The word standing for a mission (``m``) or a form (``f``) in the ``scope`` column.

    Hex keeps any uuid or form id one word for the tokenizer, so a filter is
    one more term of the FTS5 query instead of a look-up of every match.
    """
    return kind + value.encode("utf-8").hex()


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
    labels TEXT NOT NULL DEFAULT '',
    scope TEXT GENERATED ALWAYS AS
        ('m' || lower(hex(mission_uuid)) || ' f' || lower(hex(coalesce(form_id, '')))) VIRTUAL
);
CREATE INDEX search_docs_by_answer ON search_docs (submission_uuid, path);
"""

TRIGRAM = f"""
CREATE VIRTUAL TABLE search_docs_trigram USING fts5 (
    body, tokenize='trigram', content='search_docs', content_rowid='id'
);
CREATE TRIGGER search_docs_trigram_ai AFTER INSERT ON search_docs
WHEN new.body GLOB {NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER search_docs_trigram_ad AFTER DELETE ON search_docs
WHEN old.body GLOB {NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (search_docs_trigram, rowid, body)
        VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER search_docs_trigram_au_old AFTER UPDATE OF body ON search_docs
WHEN old.body GLOB {NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (search_docs_trigram, rowid, body)
        VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER search_docs_trigram_au_new AFTER UPDATE OF body ON search_docs
WHEN new.body GLOB {NO_SPACE_GLOB} BEGIN
    INSERT INTO search_docs_trigram (rowid, body) VALUES (new.id, new.body);
END;
"""
"""Trigrams of answer text only: a label's words are whole runs in the word index, and
indexing every language of every chosen label again would double the index."""

ONE_ANSWER = "a.submission_uuid = NEW.submission_uuid AND a.path = NEW.path"
_THIS_DOC = "submission_uuid = NEW.submission_uuid AND path = NEW.path"
_NOT_INDEXED = f"NOT EXISTS (SELECT 1 FROM search_docs WHERE {_THIS_DOC})"
_OF_MISSION = "submission_uuid IN (SELECT uuid FROM submissions WHERE mission_uuid = {uuid})"
_MISSION_ANSWERS = "s.mission_uuid = NEW.uuid AND OLD.deleted_at IS NOT NEW.deleted_at"
_MISSION_TEXT = MISSION_DOCS.format(where="uuid = NEW.uuid")

# An edited answer's row is updated in place (same rowid, no index entry moves): an
# autosave then writes as few pages as possible.
FOLLOW_WRITES = f"""
CREATE TRIGGER search_answer_ai AFTER INSERT ON answers WHEN NEW.value IS NOT NULL BEGIN
    {ANSWER_DOCS.format(where=ONE_ANSWER)};
END;
CREATE TRIGGER search_answer_au AFTER UPDATE OF value ON answers
WHEN OLD.value IS NOT NEW.value BEGIN
    DELETE FROM search_docs WHERE {_THIS_DOC} AND NEW.value IS NULL;
    UPDATE search_docs SET body = NEW.value,
        labels = {_labels("search_docs", "search_docs.path", "NEW.value")}
        WHERE {_THIS_DOC} AND NEW.value IS NOT NULL;
    {ANSWER_DOCS.format(where=f"{ONE_ANSWER} AND {_NOT_INDEXED}")};
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
    DELETE FROM search_docs WHERE submission_uuid IS NULL AND mission_uuid = NEW.uuid;
    {_MISSION_TEXT};
    DELETE FROM search_docs WHERE {_OF_MISSION.format(uuid="NEW.uuid")}
        AND OLD.deleted_at IS NOT NEW.deleted_at;
    {ANSWER_DOCS.format(where=_MISSION_ANSWERS)};
END;
CREATE TRIGGER search_mission_ad AFTER DELETE ON missions BEGIN
    DELETE FROM search_docs WHERE submission_uuid IS NULL AND mission_uuid = OLD.uuid;
    DELETE FROM search_docs WHERE {_OF_MISSION.format(uuid="OLD.uuid")};
END;
"""
