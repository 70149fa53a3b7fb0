"""The Digital Transformation Wheel as a form declares it, and the scores computed from answers.

May import forms.model and forms.errors only; nothing above forms."""
