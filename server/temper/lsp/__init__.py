"""The language-server edge: the only code that imports pygls."""
