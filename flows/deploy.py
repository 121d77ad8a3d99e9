"""Scheduled deployments, served by one long-running process next to a Prefect server.

``python -m flows.deploy`` (with ``PREFECT_API_URL`` pointing at the server) registers the
deployments and runs their scheduled flow runs in this process until stopped. The schedules
are settings (``VETTING_RESCREEN_CRON``, ``VETTING_METRICS_CRON``), read once here.
"""

from __future__ import annotations

from prefect import serve
from prefect.deployments.runner import RunnerDeployment

from flows.metrics_report import metrics_report
from flows.rescreen import rescreen
from flows.retention import retention
from vetting.logs import configure
from vetting.settings import Settings, get_settings


def deployments(settings: Settings) -> list[RunnerDeployment]:
    """Every scheduled deployment this project serves."""
    nightly = rescreen.to_deployment(
        name="scheduled-rescreen",
        cron=settings.rescreen_cron,
        tags=["vetting"],
        description="Recent and in-review candidates against the latest list version's "
        "new or changed records.",
    )
    weekly = metrics_report.to_deployment(
        name="scheduled-metrics-report",
        cron=settings.metrics_cron,
        tags=["vetting"],
        description="Turnaround metrics of the last four weeks as an HTML report.",
    )
    daily = retention.to_deployment(
        name="scheduled-retention",
        cron=settings.retention_cron,
        tags=["vetting"],
        description="Purge candidates' personal data past the retention period.",
    )
    found = [nightly, weekly, daily]
    assert all(isinstance(d, RunnerDeployment) for d in found)  # sync form, no event loop
    return [d for d in found if isinstance(d, RunnerDeployment)]


def main() -> None:
    """Serve the deployments until interrupted."""
    configure(verbose=False)
    serve(*deployments(get_settings()))


if __name__ == "__main__":
    main()
