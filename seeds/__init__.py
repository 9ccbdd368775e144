"""The sample article reader opens on a fresh machine (installed as ``reader.seeds``)."""
