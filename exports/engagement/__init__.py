"""Engagement views: pledges mapped to the wheel, KPIs over monitoring rounds, missions compared.

May import exports.wheel, exports.shared, forms, storage; never Qt."""
