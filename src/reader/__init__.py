"""reader: a local-first desktop reader for news and long-form articles."""

# Kept here (and read by pyproject's dynamic version) rather than looked up with
# importlib.metadata, which costs ~20 ms at every start.
__version__ = "0.1.0"
