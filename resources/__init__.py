"""Icons and style sheets, installed as ``reader.resources``."""
