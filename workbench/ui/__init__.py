"""Qt widgets only: the main window composes one package per tab."""
