"""The one exception type every layer raises for problems a user can fix.

A ``UserError`` is environmental or caused by input (a broken form, a damaged
database, a tampered package): the CLI prints its message as one sentence and
the window shows it in a dialog.  Anything else is a bug and keeps its
traceback.  ``code`` is stable so tests key on it, not on the wording.

The sentence is a template and its named parameters, never a finished
f-string, so the window can show it in its own language while the core stays
free of Qt: the English sentence is ``template.format(**params)``; the window
translates the template (context ``UserError`` of its catalogues) and then
fills in the same parameters, numbers in the window's locale.  Templates are
written inside ``QT_TRANSLATE_NOOP("UserError", ...)`` so ``pyside6-lupdate``
finds them in these Qt-free sources::

    raise FormError(
        "form-empty",
        QT_TRANSLATE_NOOP("UserError", "The form file {name} is empty."),
        name=name,
    )

A parameter that is itself marked (``QT_TRANSLATE_NOOP`` returns a
``MarkedText``) or a ``Phrase`` (a marked template with its own parameters,
for a clause built elsewhere) is translated too; anything else (a path, a pyxform or
operating-system reason) is shown as it is.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "UserError"
"""The catalogue context of every core template."""


class MarkedText(str):
    """A string marked for translation: the English text, and the context to look it up in."""

    __slots__ = ("context",)

    def __new__(cls, text: str, context: str = CONTEXT) -> MarkedText:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked


def QT_TRANSLATE_NOOP(context: str, text: str) -> MarkedText:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction by ``pyside6-lupdate``; the text is returned unchanged."""
    return MarkedText(text, context)


class Phrase:
    """A marked template and its parameters, for a part of a sentence that is built elsewhere.

    It reads as its English text (``str``, ``format``), so it can be a
    parameter of a ``UserError``; the window translates it like the sentence.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return self.template.format(**self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class UserError(Exception):
    """A problem described in one plain sentence, with a stable code.

    ``template`` is the English sentence with ``{name}`` placeholders, marked
    with ``QT_TRANSLATE_NOOP``, and ``params`` fill them; every parameter is
    also part of the details (``context``) a helper at headquarters would ask for.
    """

    def __init__(self, code: str, template: str, **params: Any) -> None:
        # An unmarked text is a finished sentence (nothing to fill in, nothing to translate).
        message = template.format(**params) if isinstance(template, MarkedText) else template
        super().__init__(message)
        self.code = code
        self.template = template
        self.params = params
        self.message = message

    @property
    def context(self) -> dict[str, Any]:
        """The parameters, which double as the error's details."""
        return self.params

    def __str__(self) -> str:
        return self.message


class FormError(UserError):
    """An XLSForm that cannot be read; ``context`` names sheet, row and column."""


class ExpressionError(UserError):
    """An XPath expression that does not parse or calls an unknown function."""


class StorageError(UserError):
    """The database cannot be opened, read or written."""


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a fault
    """Raised by long core work when its cancel flag is set; never shown."""
