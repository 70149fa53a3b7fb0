"""Submissions: the chosen mission's submissions table and starting a new submission.

May import ui.shared and the core (forms, storage); no other capability."""
