"""Benchmark the form layer against its floors.

- ``forms.load``: ``load_form`` on the largest corpus form vs pyxform's own
  ``parse_file_to_json`` (the floor: we read the sheets once and add the
  model on top).
- ``forms.set_incremental_vs_full``: one ``FormState.set`` (re-evaluating
  only what depends on the edit) vs ``reevaluate_all``; target <= 0.1x.

Run: ``python bench/forms.py``.  Medians of many runs.
"""

from __future__ import annotations

import datetime
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyxform.xls2json import parse_file_to_json  # noqa: E402

from bench.harness import interleaved  # noqa: E402
from forms.model import Question  # noqa: E402
from forms.state.form_state import FormState  # noqa: E402
from forms.xlsform.load import load_form  # noqa: E402

FORM = ROOT / "tests" / "corpus" / "humind__REACH_2024_MSNA-kobo-tool_draft_v11.xlsx"
NOW = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)


def bench_load() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours, floor = interleaved(
            lambda: load_form(FORM), lambda: parse_file_to_json(str(FORM)), runs=7
        )
    ours, floor = ours * 1000, floor * 1000
    print(
        f"forms.load_vs_pyxform  ratio={ours / floor:.2f}  "
        f"(load_form {ours:.1f} ms, pyxform parse {floor:.1f} ms)"
    )


def bench_set() -> None:
    form = load_form(FORM)
    state = FormState(
        form,
        {"introduction/consent": "yes", "consented/demographics/hh_size": "4"},
        clock=lambda: NOW,
    )
    question = form.by_name("resp_gender")
    assert isinstance(question, Question) and question.choice_list
    choices = [c.name for c in form.choice_lists[question.choice_list].choices]
    flip = iter(range(10**9))

    def edit() -> None:
        state.set(question.path, choices[next(flip) % 2])

    # In turn, as every bench: a set, a full re-evaluation, a set, ... (medians of 40 each).
    incremental, full = (seconds * 1000 for seconds in interleaved(edit, state.reevaluate_all, 40))
    print(
        f"forms.set_incremental_vs_full  ratio={incremental / full:.3f}  "
        f"(incremental {incremental:.3f} ms, full {full:.2f} ms; "
        f"{sum(1 for _ in form.questions())} questions, set '{question.name}')"
    )


if __name__ == "__main__":
    bench_load()
    bench_set()
