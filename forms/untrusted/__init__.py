"""Reading files that come from outside (packages, XLSForm workbooks) without trusting them.

Everything here runs before any spreadsheet reader sees the bytes, so a
device, a zip bomb, an XML bomb or a far cell reference is refused with one
sentence instead of a hang or a multi-gigabyte allocation.  It imports
nothing of ours but ``forms.errors``, so every layer above can use it.
"""
