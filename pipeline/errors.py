"""Typed exceptions. The CLI turns any of these into one readable line."""


class NewsfactsError(Exception):
    """Base class for every error this package raises on purpose."""


class IngestError(NewsfactsError):
    """An input could not be read as a document (the reason is the message)."""


class ModelError(NewsfactsError):
    """The requested spaCy pipeline is not installed or cannot be loaded."""


class OutputError(NewsfactsError):
    """An output could not be written."""


class SchemaVersionError(OutputError):
    """A database was written by an incompatible version of newsfacts."""
