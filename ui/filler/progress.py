"""Per-section progress: how much of each section is answered.

Counted from FormState in one pass over the expanded form, so the figures
always match what ``validate`` will say.  Only questions a person can answer
here count: notes, calculations and types the desktop cannot capture do not.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from forms.model import Question
from forms.state.form_state import FormState
from ui.filler.fields.kinds import is_answerable
from ui.filler.sections import SectionMap


@dataclass
class Progress:
    """Relevant answerable questions of a section, how many answered, required, in error."""

    total: int = 0
    answered: int = 0
    required: int = 0
    required_answered: int = 0
    errors: int = 0

    @property
    def missing_required(self) -> int:
        return self.required - self.required_answered


def section_progress(state: FormState, sections: SectionMap) -> dict[str, Progress]:
    """Progress of every section key (sections without questions are absent)."""
    found: dict[str, Progress] = defaultdict(Progress)
    for path, node in state.instances():
        if not isinstance(node, Question) or not is_answerable(node):
            continue
        if not state.is_relevant(path):
            continue
        progress = found[sections.owner(path)]
        answered = state.value(path) is not None
        progress.total += 1
        progress.answered += answered
        if state.is_required(path):
            progress.required += 1
            progress.required_answered += answered
        if answered and state.error(path):
            progress.errors += 1
    return dict(found)
