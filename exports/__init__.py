"""What leaves the app as a file: the Excel package and the wheel chart. Never imports Qt.

One folder per capability, exports.shared for what they reuse; see tests/test_layering.py."""
