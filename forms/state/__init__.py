"""FormState: one submission being filled in, with relevance, validity and repeats derived.

May import forms.model, errors, expressions and xlsform.expressions; nothing above forms."""
