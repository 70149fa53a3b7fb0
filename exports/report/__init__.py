"""The mission report as PDF: data collected from the core, typeset by Typst.

May import exports.wheel (the chart and combined scores), exports.shared, storage and forms.
"""
