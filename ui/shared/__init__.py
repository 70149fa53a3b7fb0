"""What every window part shares: workers, error dialogs, prompts, settings, record tables.

May import Qt and the core only; never a capability folder."""
