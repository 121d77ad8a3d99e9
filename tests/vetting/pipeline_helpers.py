"""Builders for pipeline tests: a registered office, an imported list, a decided alert."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from tests.conftest import CANDIDATE_HEADER, EXCLUSION_HEADER, WriteCsv
from vetting.exclusions import import_list
from vetting.models import Alert, AlertStatus, Decision, Role, User, utcnow
from vetting.orgs import add_office
from vetting.settings import Settings

LIST_ROWS = [
    ["R1", "Владимир Сергеевич Петренко", "Vladimir Petrenko", "1971-03-14", "UA", "male",
     "UNDP", "SEA", "substantiated", "2021-05-01"],
    ["R2", "محمد عبد الرحمن الحسيني", "", "1980", "JO", "male", "WFP", "SH",
     "pending_investigation", "2022-01-10"],
    ["R3", "王小明", "", "1975-07-02", "CN", "male", "UNICEF", "SEA", "substantiated",
     "2019-11-20"],
]  # fmt: skip

CANDIDATES = [
    ["C1", "PETRENKO, Vladimir", "1971-03-14", "Ukraine", "M"],
    ["C2", "Mohammed Abdulrahman al-Husseini", "1980-05-05", "Jordan", "male"],
    ["C3", "Wang Xiaoming", "1975", "", ""],
    ["C4", "Amina Odhiambo", "1992-02-02", "Kenya", "female"],
    ["C5", "Grace Wanjiru", "1988-08-08", "Kenya", "female"],
]


def set_up(engine: Engine, settings: Settings, write_csv: WriteCsv) -> Path:
    """Register NBO in africa, import :data:`LIST_ROWS`; return the candidate file."""
    add_office(engine, office="NBO", region="africa")
    add_office(engine, office="AMM", region="middle_east")
    import_list(engine, write_csv("list.csv", EXCLUSION_HEADER, LIST_ROWS), settings)
    return write_csv("batch.csv", CANDIDATE_HEADER, CANDIDATES)


def decide(engine: Engine, alert_id: int, decision: AlertStatus, *, user: str = "rev1") -> None:
    """Record a final decision on an alert (as the review workflow does)."""
    with Session(engine) as session:
        row = session.exec(select(User).where(User.username == user)).first()
        if row is None:
            row = User(username=user, role=Role.REVIEWER)
            session.add(row)
            session.flush()
        alert = session.get(Alert, alert_id)
        assert alert is not None and row.id is not None
        session.add(Decision(alert_id=alert_id, user_id=row.id, decision=decision, reason="t"))
        alert.status = decision
        alert.decided_at = utcnow()
        session.add(alert)
        session.commit()
