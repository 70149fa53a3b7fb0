"""The wheel tab: the mission's chart on screen, block details, saving it as PNG/SVG.

May import ui.shared and the core (forms, storage, exports); no other capability."""
