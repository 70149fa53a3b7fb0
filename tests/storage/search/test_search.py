"""What search finds: accents and case, prefixes, phrases, Arabic and Khmer, choice labels
in every language, mission titles and notes; and what a hit says about itself."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from storage.search.sqlite import search_index
from tests.storage.search.conftest import found

pytestmark = pytest.mark.usefixtures("index_state")  # every search: answers pending, or folded


@pytest.fixture
def answered(db, editor_for):
    editor = editor_for()
    editor.set("evidence", "Le câble sous-marin atteint la côte; ÉNERGIE solaire à Kampot.")
    editor.set("sector", "energy")
    editor.set("others", "energy health")
    editor.add_repeat("pledges")
    editor.set("pledges[1]/description", "Train 10,000 teachers in digital skills")
    return editor.submission


def test_words_match_across_accents_and_case(db, answered):
    assert (answered.uuid, "evidence") in found(db, "energie")
    assert (answered.uuid, "evidence") in found(db, "CABLE")
    assert (answered.uuid, "evidence") in found(db, "côte")


def test_a_trailing_star_is_a_prefix(db, answered):
    assert found(db, "sous-mar*") == [(answered.uuid, "evidence")]
    assert found(db, "sous-mar") == []


def test_quoted_words_are_a_phrase(db, answered):
    assert found(db, '"digital skills"') == [(answered.uuid, "pledges[1]/description")]
    assert found(db, '"skills digital"') == []
    assert found(db, "skills digital") == [(answered.uuid, "pledges[1]/description")]


def test_every_word_must_match(db, answered):
    assert found(db, "teachers kampot") == []


def test_a_chosen_answer_is_found_by_its_label_in_every_language(db, answered):
    for label in ("Energy", "énergie", "الطاقة", "ថាមពល"):
        assert (answered.uuid, "sector") in found(db, label), label
    assert (answered.uuid, "others") in found(db, "santé")
    assert (answered.uuid, "sector") not in found(db, "santé")
    assert found(db, "សុខា") == [(answered.uuid, "others")]  # a Khmer label by its start


def test_arabic_words_are_found(db, editor_for):
    editor = editor_for()
    editor.set("evidence", "وصل الكابل البحري إلى الساحل")
    assert found(db, "البحري") == [(editor.submission.uuid, "evidence")]
    assert found(db, '"الكابل البحري"') == [(editor.submission.uuid, "evidence")]


def test_khmer_is_found_inside_a_run_without_spaces(db, editor_for):
    editor = editor_for()
    editor.set("evidence", "ខ្សែកាបក្រោមសមុទ្រថ្មី")
    hit = (editor.submission.uuid, "evidence")
    assert found(db, "ខ្សែកាបក្រោមសមុទ្រថ្មី") == [hit]  # the whole phrase
    assert found(db, "ក្រោមសមុទ្រ") == [hit]  # a word inside it
    assert found(db, "ខ្សែ*") == [hit]  # the start of the run as a prefix
    assert found(db, "ថ្") == [hit]  # two characters: too short for trigrams, still found


def test_khmer_and_latin_words_together(db, editor_for):
    editor = editor_for()
    editor.set("evidence", "Kampot ខ្សែកាបក្រោមសមុទ្រ")
    assert found(db, "kampot ក្រោម") == [(editor.submission.uuid, "evidence")]
    assert found(db, "kep ក្រោម") == []


def test_mission_titles_and_notes_are_found(db):
    mission = db.create_mission("KHM", "Spectrum review", "strategy", notes="The regulator")
    assert found(db, "spectrum") == [(None, "#title")]
    db.update_mission(
        mission.uuid, country="KHM", title="Spectrum review", phase="strategy", notes="Towers"
    )
    assert found(db, "regulator") == []
    assert found(db, "towers") == [(None, "#notes")]


def test_a_hit_names_its_mission_form_question_and_marks_the_words(db, mission, answered):
    [hit] = search_index(db).search("teachers")
    assert (hit.mission_title, hit.country, hit.form_title) == (
        "Cambodia diagnostic",
        "KHM",
        "searchable",
    )
    assert (hit.author, hit.label) == ("Sok", "Pledge description (1)")
    assert ("teachers", True) in hit.excerpt
    assert hit.marked() == "Train 10,000 [teachers] in digital skills"


def test_best_matches_come_first(db, editor_for):
    many, once = editor_for(), editor_for()
    many.set("evidence", "fibre fibre fibre backbone")
    once.set("evidence", "a long text about roads, ports, power and, once, fibre cables")
    assert [uuid for uuid, _ in found(db, "fibre")] == [many.submission.uuid, once.submission.uuid]


def test_filters_by_mission_and_form(db, mission, editor_for):
    other = db.create_mission("SEN", "Senegal", "strategy")
    here, there = editor_for(), editor_for(other.uuid)
    here.set("evidence", "fibre")
    there.set("evidence", "fibre")
    assert found(db, "fibre", mission=other.uuid) == [(there.submission.uuid, "evidence")]
    assert found(db, "fibre", form="searchable") != []
    assert found(db, "fibre", form="another") == []
    here.set("evidence", "ខ្សែកាបក្រោមសមុទ្រ")
    there.set("evidence", "ខ្សែកាបក្រោមសមុទ្រ")
    assert found(db, "ក្រោម", mission=other.uuid) == [(there.submission.uuid, "evidence")]
    assert found(db, "ក្រោម", form="another") == []


def test_typed_syntax_is_never_an_fts_error(db, answered):
    for text in ('"unclosed', "a OR b", "NEAR(x y)", "-minus", "col:umn", "x AND", "^start"):
        search_index(db).search(text)


def test_an_empty_search_is_refused_in_a_sentence(db):
    with pytest.raises(UserError, match="Type a word"):
        search_index(db).search(' " * - ')


def test_a_form_stored_without_its_labels_gets_them_at_the_next_search(db, mission, form):
    db.save_form(form.id, form.version, form.title, form.source_name, form.source, form.sha256)
    submission = db.create_submission(mission.uuid, form.id, "1", "Sok")
    db.save_answer(submission.uuid, "sector", "health", "Sok")
    assert found(db, "santé") == [(submission.uuid, "sector")]


@pytest.mark.sqlite_only
def test_a_search_matching_more_than_the_candidates_ranks_the_newest(db, editor_for, monkeypatch):
    import storage.search.sqlite

    monkeypatch.setattr(storage.search.sqlite, "CANDIDATES", 2)
    editors = [editor_for() for _ in range(3)]
    editors[0].set("evidence", "fibre fibre fibre")  # the best match, but the oldest
    editors[1].set("evidence", "roads and one fibre cable to the coast")
    editors[2].set("evidence", "fibre fibre and towers")
    assert [uuid for uuid, _ in found(db, "fibre")] == [
        editors[2].submission.uuid,
        editors[1].submission.uuid,
    ]
