"""The form filler: a stored submission as widgets, one per question, saved as it is edited.

May import ui.shared and the core (forms, storage); no other capability."""
