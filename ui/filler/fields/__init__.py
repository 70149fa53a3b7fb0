"""Question widgets, one module per family, wired up in ``registry``."""
