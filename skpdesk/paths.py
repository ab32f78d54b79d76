"""Where SKP Desk keeps its files: the database, and beside it attachments, backups and logs.

Default: `skpdesk.sqlite` in the user's data folder (platformdirs `user_data_dir("skpdesk")`);
the environment variable `SKPDESK_DATA_DIR` replaces that folder (tests and portable installs
use it). `--db PATH` picks another database file; its folders then sit beside that file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "skpdesk"
DB_FILENAME = "skpdesk.sqlite"
DATA_DIR_ENV = "SKPDESK_DATA_DIR"
LOG_FILENAME = "skpdesk.log"


@dataclass(frozen=True)
class AppPaths:
    db: Path
    attachments: Path
    backups: Path
    logs: Path

    @property
    def data_dir(self) -> Path:
        return self.db.parent

    @property
    def log_file(self) -> Path:
        return self.logs / LOG_FILENAME

    def ensure_dirs(self) -> None:
        """Create the database folder and the folders beside it (done when the database is opened)."""
        for folder in (self.data_dir, self.attachments, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def default_data_dir(env: dict[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    override = (env.get(DATA_DIR_ENV) or "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(db: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> AppPaths:
    """The paths for a database given on the command line (`--db`), or for the default one."""
    if db:
        db_path = Path(db).expanduser().resolve()
    else:
        db_path = (default_data_dir(env) / DB_FILENAME).resolve()
    base = db_path.parent
    return AppPaths(db=db_path, attachments=base / "attachments", backups=base / "backups",
                    logs=base / "logs")
