"""Missions: the missions table, the mission dialog with its country picker, the welcome page.

May import ui.shared and the core (forms, storage); no other capability."""
