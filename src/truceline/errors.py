"""One exception hierarchy, so callers (the CLI, the web app) can catch at the right level."""


class TrucelineError(Exception):
    """Base of every error truceline reports to a user as one sentence."""


class SourceError(TrucelineError):
    """A report could not be read or parsed; names the source and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(TrucelineError):
    """The database could not be opened, migrated or written."""


class ModelError(TrucelineError):
    """The spaCy model could not be loaded."""
