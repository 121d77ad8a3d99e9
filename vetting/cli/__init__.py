"""The ``vetting`` command line: ``match`` (files only) and the database-backed pipeline."""

from __future__ import annotations

from vetting.cli import admin, match, metrics, people_review, pipeline
from vetting.cli.app import app

__all__ = ["admin", "app", "match", "metrics", "people_review", "pipeline"]
