"""``vetting users ...``, ``vetting review ...`` and ``vetting serve``.

Review commands act as the user named by ``--user`` and apply the same rules and scope as
the web pages (the database is the boundary of trust for command-line operators).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from vetting.audit import head, verify
from vetting.cli.auth import BOOTSTRAP, authorize
from vetting.cli.base import EXIT_TAMPERED, app, out, run
from vetting.cli.pipeline import ready_engine
from vetting.errors import UsageError
from vetting.models import Role, utcnow
from vetting.review import QueueFilters, age_text, alert_view, decide, queue
from vetting.settings import get_settings
from vetting.users import Account, account_by_name, add_user, list_users, set_active

users_app = typer.Typer(help="Users, roles and scopes.", no_args_is_help=True)
review_app = typer.Typer(help="The review queue from the command line.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(review_app, name="review")


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[Role, typer.Option("--role", help="submitter, reviewer, auditor or admin.")],
    region: Annotated[
        list[str] | None, typer.Option("--region", help="A region a reviewer reviews (repeat).")
    ] = None,
    office: Annotated[str | None, typer.Option("--office", help="A submitter's office.")] = None,
    home_region: Annotated[
        str | None,
        typer.Option("--home-region", help="The user's own region (separation of duties)."),
    ] = None,
    name: Annotated[str, typer.Option("--name", help="Display name.")] = "",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create a user (the password is asked for, never given on the command line)."""

    def body() -> int:
        engine = ready_engine()
        actor = authorize(engine)
        created = add_user(
            engine,
            actor=actor.username,
            username=username,
            role=role,
            password=_password(password_stdin),
            regions=region or [],
            office=office,
            home_region=home_region,
            display_name=name,
        )
        scope = ", ".join(region or []) or office or "all regions"
        out.print(f"user {created.username} ({created.role.value}, {scope})", highlight=False)
        return 0

    run(body)


@users_app.command("list")
def users_list() -> None:
    """Every user with role, scope and whether they are active."""

    def body() -> int:
        table = Table("user", "name", "role", "regions", "office", "active")
        engine = ready_engine()
        authorize(engine, Role.AUDITOR)
        for user, regions, office in list_users(engine):
            table.add_row(
                user.username,
                user.display_name,
                user.role,
                ", ".join(regions) or ("all" if user.role == Role.REVIEWER else ""),
                office or "",
                "yes" if user.active else "no",
            )
        out.print(table)
        return 0

    run(body)


@users_app.command("disable")
def users_disable(username: Annotated[str, typer.Argument(help="Login name.")]) -> None:
    """Disable a user: they can no longer log in or act."""

    def body() -> int:
        engine = ready_engine()
        actor = authorize(engine)
        set_active(engine, username, active=False, actor=actor.username)
        out.print(f"user {username} disabled", highlight=False)
        return 0

    run(body)


def _acting(username: str | None) -> Account:
    """The reviewer acting: ``--user``, else ``--as``/``VETTING_USER``."""
    if username is not None and account_by_name(ready_engine(), username) is None:
        raise UsageError(f"no active user {username!r}")
    found = authorize(ready_engine(), Role.REVIEWER, name=username)
    if found is BOOTSTRAP:
        raise UsageError("create a reviewer first: decisions need a real user")
    return found


UserOption = Annotated[
    str | None, typer.Option("--user", "-u", help="The reviewer acting (default: --as).")
]


@review_app.command("list")
def review_list(
    user: UserOption = None,
    region: Annotated[str | None, typer.Option("--region")] = None,
    office: Annotated[str | None, typer.Option("--office")] = None,
    band: Annotated[str | None, typer.Option("--band", help="high, medium or low.")] = None,
    min_age_days: Annotated[int | None, typer.Option("--min-age-days")] = None,
) -> None:
    """Open alerts in the user's regions: high band first, then oldest first."""

    def body() -> int:
        items = queue(
            ready_engine(),
            _acting(user),
            QueueFilters(region=region, office=office, band=band, min_age_days=min_age_days),
            separation=get_settings().separation_of_duties,
        )
        now = utcnow()
        table = Table("alert", "band", "score", "waiting", "candidate", "listed person",
                      "region/office", "state", "claimed by")  # fmt: skip
        for i in items:
            table.add_row(
                str(i.alert_id), i.band, f"{i.score:.2f}", age_text(i.raised_at, now),
                i.candidate_name, i.record_name, f"{i.region}/{i.office}",
                i.status, i.claimed_by or "",
            )  # fmt: skip
        out.print(table)
        out.print(f"{len(items)} open alert(s)", highlight=False)
        return 0

    run(body)


@review_app.command("show")
def review_show(
    alert_id: Annotated[int, typer.Argument(help="Alert number.")], user: UserOption = None
) -> None:
    """Both sides of an alert, the evidence and its decisions."""

    def body() -> int:
        separation = get_settings().separation_of_duties
        view = alert_view(ready_engine(), _acting(user), alert_id, separation=separation)
        a, c, r = view.alert, view.candidate, view.record
        table = Table(f"alert {a.id}: {a.band} {a.score:.2f}, {a.status}", "candidate", "record")
        table.add_row("name", c.full_name, r.full_name)
        table.add_row("aliases", "", "; ".join(r.aliases))
        table.add_row("birth date", c.birth_date or "unknown", r.birth_date or "unknown")
        table.add_row("nationality", c.nationality, r.nationality)
        table.add_row("gender", c.gender, r.gender)
        table.add_row("id", c.candidate_id, f"{r.record_id} ({r.category}, {r.status})")
        out.print(table)
        for feature in a.features:
            if feature["detail"]:
                out.print(
                    f"  {feature['feature']} {feature['contribution']:+.2f}: {feature['detail']}",
                    highlight=False,
                )
        for d in view.decisions:
            out.print(
                f"  {d.at:%Y-%m-%d %H:%M} {d.who}: {d.decision} -> {d.resulting_status}: "
                f"{d.reason}",
                highlight=False,
            )
        out.print(f"revision {a.revision}", highlight=False)
        return 0

    run(body)


@review_app.command("decide")
def review_decide(
    alert_id: Annotated[int, typer.Argument(help="Alert number.")],
    decision: Annotated[
        str, typer.Option("--decision", help="not_a_match, match or needs_information.")
    ],
    reason: Annotated[str, typer.Option("--reason", help="Why (required).")],
    user: UserOption = None,
    revision: Annotated[
        int | None,
        typer.Option("--revision", help="The revision you reviewed (from `review show`)."),
    ] = None,
) -> None:
    """Record a decision (a match needs a second reviewer's confirmation)."""

    def body() -> int:
        outcome = decide(
            ready_engine(),
            _acting(user),
            alert_id,
            decision,
            reason,
            seen_revision=revision,
            separation=get_settings().separation_of_duties,
        )
        out.print(
            f"alert {alert_id}: now {outcome.alert_status}; candidate {outcome.candidate_status};"
            f" batch {outcome.batch_status}",
            highlight=False,
        )
        return 0

    run(body)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
) -> None:
    """Start the review web app (on the configured database)."""
    import uvicorn  # noqa: PLC0415 - only this command needs the server

    from vetting.web.app import create_app  # noqa: PLC0415

    def body() -> int:
        authorize(ready_engine())
        uvicorn.run(create_app(get_settings()), host=host, port=port, log_level="info")
        return 0

    run(body)


audit_app = typer.Typer(help="The tamper-evident audit trail.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


@audit_app.command("head")
def audit_head() -> None:
    """The trail's last sequence number and hash: record it outside the database."""

    def body() -> int:
        engine = ready_engine()
        authorize(engine, Role.AUDITOR)
        seq, digest = head(engine)
        out.print(f"{seq}:{digest}", highlight=False)
        return 0

    run(body)


@audit_app.command("verify")
def audit_verify(
    anchor: Annotated[
        str | None,
        typer.Option("--anchor", help="SEQ:HASH from an earlier `vetting audit head`."),
    ] = None,
) -> None:
    """Recompute the audit trail's hash chain; exit 5 if anything was tampered with."""

    def body() -> int:
        engine = ready_engine()
        authorize(engine, Role.AUDITOR)
        pinned = None
        if anchor is not None:
            seq, _, digest = anchor.partition(":")
            if not seq.isdigit() or len(digest) != 64:
                raise UsageError("--anchor takes SEQ:HASH as printed by `vetting audit head`")
            pinned = (int(seq), digest)
        result = verify(engine, anchor=pinned)
        for problem in result.problems:
            out.print(f"TAMPERED: {problem}", style="red", highlight=False)
        if result.ok:
            out.print(f"audit trail intact: {result.checked} event(s) verified", highlight=False)
            return 0
        out.print(f"{len(result.problems)} problem(s) in {result.checked} event(s)", style="red")
        return EXIT_TAMPERED

    run(body)
