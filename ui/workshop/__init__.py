"""The workshop board: a validation workshop captured live, with its projector view.

May import ui.shared and the core (exports.workshop, exports.wheel, forms, storage)."""
