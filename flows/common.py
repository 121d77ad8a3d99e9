"""What every flow shares: settings for a run, the engine, and which failures to retry.

Only transient database failures (a dropped connection, a lock held too long) are retried;
a bad file or a missing list fails at once, because trying again cannot fix it.
"""

from __future__ import annotations

from typing import Any

from prefect import Task
from prefect.client.schemas.objects import State, TaskRun
from sqlalchemy import Engine
from sqlalchemy.exc import InterfaceError, OperationalError

from vetting.db import engine_for
from vetting.settings import Settings, get_settings

RETRIES = 3
RETRY_DELAYS: list[float] = [2.0, 10.0, 30.0]


def run_settings(database_url: str | None) -> Settings:
    """The process settings, pointed at ``database_url`` when a run names one.

    The parameter exists for tests and the demo's own SQLite file: flow parameters are
    stored by the Prefect server and shown in its UI, so a URL with credentials must come
    from ``VETTING_DATABASE_URL`` in the worker's environment, never from a parameter.
    """
    settings = get_settings()
    if database_url:
        return settings.model_copy(update={"database_url": database_url})
    return settings


def run_engine(settings: Settings) -> Engine:
    """The shared engine for the run's database."""
    return engine_for(settings.database_url)


def transient(_task: Task[..., Any], _run: TaskRun, state: State[Any]) -> bool:
    """Retry only database hiccups, never bad input."""
    try:
        state.result()
    except (OperationalError, InterfaceError):
        return True
    except Exception:
        return False
    return False
