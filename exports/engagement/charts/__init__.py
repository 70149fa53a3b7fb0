"""The engagement charts (pledge map, KPI small multiples, wheels side by side), matplotlib only.

Part of exports.engagement; imports matplotlib's object API, never pyplot or Qt."""
