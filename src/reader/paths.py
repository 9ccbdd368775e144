"""Where reader keeps its data.

Precedence: an explicit directory (the CLI's ``--data-dir``), then the
``READER_DATA_DIR`` environment variable, then platformdirs' user data dir.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reader"
DB_FILENAME = "library.db"
SETTINGS_FILENAME = "settings.ini"
ENV_VAR = "READER_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory (not created here)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no directory was given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def db_path(directory: Path) -> Path:
    return directory / DB_FILENAME


def settings_path(directory: Path) -> Path:
    return directory / SETTINGS_FILENAME
