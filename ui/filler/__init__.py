"""The form filler: XLSForm questions as widgets, saved as they are edited.

``FormFillerWindow`` opens one stored submission in its own window;
``FormFillerWidget`` is the same filler for embedding, given a
``SubmissionEditor``.
"""

from ui.filler.widget import FormFillerWidget
from ui.filler.window import FormFillerWindow

__all__ = ["FormFillerWidget", "FormFillerWindow"]
