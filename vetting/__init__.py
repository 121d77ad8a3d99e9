"""The vetting application: settings, file ingestion, command line, and (later) the
database, review workflow, metrics and audit trail. Pure matching lives in ``matching``."""
