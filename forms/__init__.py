"""The form language: XLSForms in, an immutable Form model and a live FormState out.

No Qt here.  ``forms.evaluate`` is loaded on first use so that importing
``forms`` (which every layer does, for errors and the model) stays cheap at
start-up.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "evaluate":
        from forms.expressions import evaluate

        return evaluate
    raise AttributeError(f"module 'forms' has no attribute {name!r}")
