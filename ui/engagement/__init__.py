"""The engagement views in the window: a mission's Pledges and KPIs tabs, and Compare missions.

May import ui.shared, exports.engagement, forms, storage; never another capability."""
