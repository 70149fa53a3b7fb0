"""FormState: one submission being filled in, with relevance, validity and repeats derived.

May import forms.model, forms.errors and forms.expressions; nothing above forms."""
