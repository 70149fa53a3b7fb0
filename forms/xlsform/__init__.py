"""Reading XLSForm files through pyxform into the immutable Form model, with row numbers.

May import forms.model, forms.errors and forms.expressions; nothing above forms."""
