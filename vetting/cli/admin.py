"""``vetting tokens ...`` (API tokens for HR systems) and ``vetting retention purge``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from vetting.cli.auth import authorize
from vetting.cli.base import app, out, run
from vetting.cli.pipeline import ready_engine
from vetting.retention import purge
from vetting.settings import get_settings
from vetting.tokens import create_token, list_tokens, revoke_token

tokens_app = typer.Typer(help="API tokens for regional HR systems.", no_args_is_help=True)
retention_app = typer.Typer(help="Purging personal data past retention.", no_args_is_help=True)
app.add_typer(tokens_app, name="tokens")
app.add_typer(retention_app, name="retention")


@tokens_app.command("create")
def tokens_create(
    office: Annotated[str, typer.Option("--office", help="The office the token submits for.")],
    name: Annotated[str, typer.Option("--name", help="Which system uses it.")],
) -> None:
    """Create a token; it is printed once and never stored in clear."""

    def body() -> int:
        engine = ready_engine()
        actor = authorize(engine)
        token = create_token(engine, office=office, name=name, actor=actor.username)
        out.print(f"token for {office} ({name}), shown only now:\n{token}", highlight=False)
        return 0

    run(body)


@tokens_app.command("list")
def tokens_list() -> None:
    """Every token: office, name, when created, last used, revoked."""

    def body() -> int:
        table = Table("id", "office", "name", "starts with", "created", "last used", "revoked")
        engine = ready_engine()
        authorize(engine)
        for token, office in list_tokens(engine):
            table.add_row(
                str(token.id), office, token.name, token.prefix + "…",
                f"{token.created_at:%Y-%m-%d}",
                f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never",
                f"{token.revoked_at:%Y-%m-%d %H:%M}" if token.revoked_at else "",
            )  # fmt: skip
        out.print(table)
        return 0

    run(body)


@tokens_app.command("revoke")
def tokens_revoke(token_id: Annotated[int, typer.Argument(help="Token id (from list).")]) -> None:
    """Revoke a token at once."""

    def body() -> int:
        engine = ready_engine()
        actor = authorize(engine)
        revoke_token(engine, token_id, actor=actor.username)
        out.print(f"token {token_id} revoked", highlight=False)
        return 0

    run(body)


@retention_app.command("purge")
def retention_purge(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only count.")] = False,
) -> None:
    """Purge candidates' personal data completed more than VETTING_RETENTION_DAYS ago."""

    def body() -> int:
        days = get_settings().retention_days
        engine = ready_engine()
        actor = authorize(engine)
        result = purge(
            engine,
            retention_days=days,
            upload_dir=Path(get_settings().upload_dir),
            dry_run=dry_run,
            actor=actor.username,
        )
        verb = "would purge" if result.dry_run else "purged"
        out.print(
            f"cutoff {result.cutoff:%Y-%m-%d} ({days} days): {verb} {result.candidates} "
            f"candidate(s), {result.alerts} alert explanation(s), {result.row_issues} "
            f"rejected-row note(s), {result.files} uploaded file(s)",
            highlight=False,
        )
        return 0

    run(body)
