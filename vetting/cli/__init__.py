"""The ``vetting`` command line: ``match`` (files only) and the database-backed pipeline."""

from __future__ import annotations

from vetting.cli import match, metrics, people_review, pipeline
from vetting.cli.app import app

__all__ = ["app", "match", "metrics", "people_review", "pipeline"]
