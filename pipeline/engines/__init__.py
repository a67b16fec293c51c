"""Execution engines: how batches of documents are turned into fact rows."""
