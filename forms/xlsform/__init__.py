"""Reading XLSForm files through pyxform into the immutable Form model, with row numbers.

May import forms.model, forms.errors, forms.expressions, forms.untrusted and, for the
loader's refusal of circular logic, forms.state.cycles; nothing above forms."""
