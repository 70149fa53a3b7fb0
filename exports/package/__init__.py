"""The Excel package: writing it, reading and verifying it, merging it into a database.

May import exports.shared, exports.wheel (the chart sheet) and forms, storage; never Qt."""
