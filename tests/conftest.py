"""Shared fixtures: the shared/ folder beside the checkout, a fresh database, the CLI, one loaded analyzer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_925826b84bfb16ce.txt"
SEED_GOLD = SHARED / "eval" / "seed.gold.json"
SCORER = SHARED / "eval" / "score.py"
EXAMPLES = ROOT / "examples"


def needs_shared(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared/ folder is expected beside the checkout")


@pytest.fixture
def seed_path() -> Path:
    needs_shared(SEED)
    return SEED


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "record.db")


@pytest.fixture
def cli(db: str):
    """Run `truceline --db DB ARGS…` in-process; returns the click Result."""
    from truceline.cli import main

    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, ["--db", db, *args], input=input, catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def analyzer():
    from truceline.nlp.analyze import Analyzer

    return Analyzer()


def score(gold: Path, export: dict, tmp_path: Path) -> dict:
    """The scorer's figures for an export, as its --json output."""
    needs_shared(SCORER)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(path), "--json"], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)["total"]
