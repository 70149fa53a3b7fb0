"""What every export shares: publishing a file atomically, and the bundled chart fonts.

May import the standard library and matplotlib only; never a capability folder."""
