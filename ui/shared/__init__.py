"""What every window part shares: workers, errors, prompts, settings, record tables, editing.

May import Qt and the core only; never a capability folder."""
