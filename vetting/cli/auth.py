"""Who runs a command, and whether their role allows it.

The command line names its user with ``--as USER`` (or ``VETTING_USER``); that identity is
asserted, not authenticated, since whoever can run the commands holds the database URL
anyway. Roles still apply, so a submitter's script cannot import a list or decide an
alert by mistake, and the audit trail records who acted. Until the first user exists the
commands run as an implicit bootstrap admin, to create that user.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlmodel import Session, select

from vetting.cli.base import named_user
from vetting.errors import ForbiddenError
from vetting.models import Office, Role, User
from vetting.settings import get_settings
from vetting.users import Account, account_by_name

log = logging.getLogger("vetting.cli")
BOOTSTRAP = Account(
    id=0,
    username="bootstrap",
    display_name="bootstrap (no user yet)",
    role=Role.ADMIN,
    region_ids=frozenset(),
    office_id=None,
)


def authorize(
    engine: Engine, *roles: Role, office: str | None = None, name: str | None = None
) -> Account:
    """The acting account if its role is one of ``roles`` (admins always pass).

    ``office``: a submitter may act only for their own office.
    """
    with Session(engine) as session:
        anyone = session.exec(select(User.id).limit(1)).first()
        office_row = (
            session.exec(select(Office).where(Office.code == office)).first() if office else None
        )
    if anyone is None:
        log.warning("no user yet: acting as bootstrap admin; create one with `vetting users add`")
        return BOOTSTRAP
    username = name or named_user() or get_settings().acting_user
    if not username:
        raise ForbiddenError("say who you are: --as USER (or VETTING_USER)")
    account = account_by_name(engine, username)
    if account is None:
        raise ForbiddenError(f"no active user {username!r}")
    if account.role is not Role.ADMIN and account.role not in roles:
        allowed = ", ".join(r.value for r in roles) or "admin"
        raise ForbiddenError(f"{username} is a {account.role.value}; this needs: {allowed}")
    own = office_row is not None and office_row.id == account.office_id
    if office is not None and account.role is Role.SUBMITTER and not own:
        raise ForbiddenError(f"{username} submits for another office, not {office!r}")
    return account
