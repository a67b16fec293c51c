"""newsfacts: audit the numbers in the news.

    from pipeline import extract, reconcile, run
"""
from __future__ import annotations

import logging

from .errors import NewsfactsError
from .extract import extract
from .reconcile import reconcile
from .schema import Document, Fact, Finding

__version__ = "0.1.0"
logging.getLogger(__name__).addHandler(logging.NullHandler())


def run(paths=("corpus",), out="outputs", **kwargs):
    """Run the whole batch (see :func:`pipeline.batch.run`)."""
    from .batch import run as _run

    return _run(paths, out, **kwargs)


__all__ = ["extract", "reconcile", "run", "Fact", "Finding", "Document", "NewsfactsError", "__version__"]
