"""Exclusion list versions: validate, diff, store; the same content twice changes nothing."""

from __future__ import annotations

import gc
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine
from sqlmodel import Session, col, select

from matching.dates import PartialDate
from tests.conftest import EXCLUSION_HEADER, WriteCsv
from vetting.errors import ListRejectedError
from vetting.exclusions import (
    _CANONICAL,
    IDENTITY_FIELDS,
    _digest,
    _fields,
    import_list,
    incoming_records,
    list_versions,
)
from vetting.models import AuditEvent, ExclusionRecord
from vetting.people import people_at, record_person, records_at
from vetting.settings import Settings

ROWS = [
    ["R1", "Vladimir Petrenko", "Владимир Петренко", "1971-03-14", "UA", "M", "UNDP", "SEA",
     "substantiated", "2021-05-01"],
    ["R2", "Amina Yusuf", "", "1980", "KE", "F", "WFP", "SH", "pending_investigation",
     "2022-01-10"],
    ["R3", "Wang Xiaoming", "王小明", "1975-07-02", "CN", "M", "UNICEF", "SEA",
     "substantiated", "2019-11-20"],
]  # fmt: skip


def _current(engine: Engine) -> dict[str, ExclusionRecord]:
    with Session(engine) as session:
        rows = session.exec(
            select(ExclusionRecord).where(col(ExclusionRecord.valid_to).is_(None))
        ).all()
        return {r.record_id: r for r in rows}


def test_first_import_stores_every_record_with_aliases(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    result = import_list(engine, write_csv("list.csv", EXCLUSION_HEADER, ROWS), settings)
    assert (result.created, result.total, result.added, result.changed, result.removed) == (
        True, 3, 3, 0, 0,
    )  # fmt: skip
    current = _current(engine)
    assert set(current) == {"R1", "R2", "R3"}
    assert current["R1"].aliases == ["Владимир Петренко"]
    assert current["R3"].birth_date == "1975-07-02"
    assert current["R2"].status == "pending_investigation"


def test_same_content_again_makes_no_new_version(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    first = import_list(engine, write_csv("a.csv", EXCLUSION_HEADER, ROWS), settings)
    again = import_list(engine, write_csv("b.csv", EXCLUSION_HEADER, ROWS[::-1]), settings)
    assert not again.created
    assert again.version_id == first.version_id
    assert len(list_versions(engine)) == 1


def test_diff_counts_added_changed_removed_and_keeps_old_revisions(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    import_list(engine, write_csv("v1.csv", EXCLUSION_HEADER, ROWS), settings)
    changed = [*ROWS[0][:8], "pending_investigation", ROWS[0][9]]
    added = ["R4", "Maria Lopez", "", "1990", "CO", "F", "UNHCR", "SH", "substantiated", ""]
    v2 = import_list(
        engine, write_csv("v2.csv", EXCLUSION_HEADER, [changed, ROWS[2], added]), settings
    )
    assert (v2.created, v2.added, v2.changed, v2.removed, v2.total) == (True, 1, 1, 1, 3)
    current = _current(engine)
    assert set(current) == {"R1", "R3", "R4"}
    assert current["R1"].status == "pending_investigation"
    with Session(engine) as session:
        assert {r.record_id for r in records_at(session, v2.version_id - 1)} == {"R1", "R2", "R3"}
        old = session.exec(
            select(ExclusionRecord).where(ExclusionRecord.record_id == "R1")
            .order_by(col(ExclusionRecord.id))
        ).all()  # fmt: skip
        assert [r.end_reason for r in old] == ["changed", None]
        assert old[0].identity_hash == old[1].identity_hash  # only the status changed
        assert old[0].content_hash != old[1].content_hash
        removed = session.exec(
            select(ExclusionRecord).where(ExclusionRecord.record_id == "R2")
        ).one()
        assert removed.end_reason == "removed"
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "list.imported")).all()
        assert [e.detail["changed"] for e in events] == [0, 1]


def test_a_list_with_a_rejected_row_is_refused_whole(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    import_list(engine, write_csv("v1.csv", EXCLUSION_HEADER, ROWS), settings)
    bad = [ROWS[0], ["R2", "", "", "1980", "", "", "", "SH", "substantiated", ""], ROWS[2]]
    with pytest.raises(ListRejectedError) as caught:
        import_list(engine, write_csv("bad.csv", EXCLUSION_HEADER, bad), settings)
    assert any(p.line == 3 and "empty name" in p.message for p in caught.value.problems)
    assert set(_current(engine)) == {"R1", "R2", "R3"}
    assert len(list_versions(engine)) == 1


def test_an_empty_list_is_refused(
    engine: Engine, settings: Settings, write_csv: WriteCsv, tmp_path: Path
) -> None:
    import_list(engine, write_csv("v1.csv", EXCLUSION_HEADER, ROWS), settings)
    with pytest.raises(ListRejectedError):
        import_list(engine, write_csv("empty.csv", EXCLUSION_HEADER, []), settings)
    assert len(_current(engine)) == 3


def test_the_index_reads_each_version_as_its_records_read(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """The matcher's plain-row read (CSV from PostgreSQL) gives the same people, in the
    same order, as the records (aliases and all, cells CSV quotes, no birth date), for
    an old version, the current one and a version of nothing but those cells."""
    v1 = import_list(engine, write_csv("v1.csv", EXCLUSION_HEADER, ROWS), settings)
    changed = [*ROWS[0][:2], "Volodymyr Petrenko", *ROWS[0][3:]]
    v2 = import_list(engine, write_csv("v2.csv", EXCLUSION_HEADER, [changed, ROWS[1]]), settings)
    quoted = [
        ["Q1", 'Sean "Jack" O\'Brien, Jr', 'Seán\\Jack ; "SJ", O\'B', "", "", "", "", "", "", ""],
        ["Q2", "Wang\nXiaoming", "", "1975-07", "CN", "x", "", "", "", ""],
    ]  # fmt: skip
    v3 = import_list(engine, write_csv("v3.csv", EXCLUSION_HEADER, quoted), settings)
    with Session(engine) as session:
        for version, size in ((v1.version_id, 3), (v2.version_id, 2), (v3.version_id, 2)):
            expected = [record_person(r) for r in records_at(session, version)]
            assert people_at(session, version) == expected
            assert len(expected) == size
        quoted_people = people_at(session, v3.version_id)
    assert [n.original for n in quoted_people[0].names] == [
        'Sean "Jack" O\'Brien, Jr',
        "Seán\\Jack",
        '"SJ", O\'B',
    ]
    assert quoted_people[0].birth_date is None
    assert quoted_people[1].names[0].original == "Wang\nXiaoming"


def test_bulk_reads_and_imports_run_no_cyclic_collection(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """A million-record list makes millions of acyclic objects: full collections while
    they are built walk all of them for nothing (a fifth of an import, half of reading a
    list back), so both run with the collector paused, and restore it."""
    path = write_csv("list.csv", EXCLUSION_HEADER, ROWS)
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    threshold = gc.get_threshold()
    gc.set_threshold(1)  # any allocation would collect, were the collector running
    try:
        with Session(engine) as session:
            gc.callbacks.append(count)
            result = import_list(engine, path, settings)
            people = people_at(session, result.version_id)
            gc.callbacks.remove(count)
        assert gc.isenabled()
    finally:
        gc.set_threshold(*threshold)
        if count in gc.callbacks:
            gc.callbacks.remove(count)
    assert len(people) == 3
    # entering and leaving a pause may collect (8 seen); inside, nothing may (without
    # either pause: thousands of collections on both databases)
    assert len(collections) <= 20


def test_a_record_keeps_the_identity_hash_stored_for_it() -> None:
    """Stored revisions are compared by these hashes at every import: the same fields must
    hash as they always did (canonical JSON, non-ASCII kept, then SHA-256)."""
    values: dict[str, object] = {
        "full_name": "Владимир Петренко",
        "aliases": ["Vladimir Petrenko", "محمد"],
        "date_of_birth": "1971",
        "nationality": "UA",
        "gender": "",
    }
    assert _digest(values, IDENTITY_FIELDS) == (
        "a7d60cc54a0f70cdc9f8b6e33c7cdb8e52e8b12036fb48121aefd843704f63b4"
    )


_COLUMNS = [c for c in EXCLUSION_HEADER if c != "record_id"]
# what files hold: quotes, backslashes, separators, control characters (Python strips
# \x1c-\x1f, Rust does not), whitespace of other scripts, non-ASCII, cases that change length
_CELL = st.text(
    st.sampled_from(list('ab;, "\\\n\r\t\x00\x08\x1c\x1f\x7f\u00a0\u2028\u3000ßİΣσés王')),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.tuples(*[_CELL for _ in _COLUMNS]), min_size=1, max_size=8),
    born=st.lists(st.sampled_from([None, PartialDate(1971, 3, 14), PartialDate(1980)]), min_size=8),
    missing=st.sets(st.sampled_from(["aliases", "entity", "recorded_on", "status"])),
)
def test_records_are_made_column_by_column_as_row_by_row(
    rows: list[tuple[str, ...]], born: list[PartialDate | None], missing: set[str]
) -> None:
    """The stored values and both hashes of every row equal what :func:`_fields` makes
    of it, whatever the cells hold and whichever optional columns the file lacks."""
    present = [c for c in _COLUMNS if c not in missing]
    frame = pl.DataFrame(
        {"record_id": [f"R{i}" for i in range(len(rows))]}
        | {c: [row[_COLUMNS.index(c)] for row in rows] for c in present}
    )
    births = born[: len(rows)]
    made = incoming_records(frame, births).to_dicts()
    for index, (record, raw) in enumerate(zip(made, frame.to_dicts(), strict=True)):
        birth = births[index]
        expected = _fields(raw, birth.iso() if birth else None)
        # the aliases as PostgreSQL stores them: their canonical JSON
        assert record.pop("_aliases_json") == _CANONICAL.encode(expected["aliases"])
        assert record == {"record_id": f"R{index}", **expected}


def test_stored_revisions_read_back_as_the_file_wrote_them(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """Cells CSV must quote, and one with a line break (stored row by row on
    PostgreSQL), read back as written, hashed as :func:`_fields` hashes them."""
    tricky = [
        ["Q1", 'Sean "Jack" O\'Brien, Jr', ' a\\b ; "c" ;; ,d ', "1971", "IE", "M", "UN,DP",
         "sea", "Substantiated", "2021-05-01"],
        ["Q2", "Amina Yusuf", "", "", "", "", "", "", "", ""],
    ]  # fmt: skip
    broken = [["Q3", "Wang\nXiaoming", "王小明", "1975-07-02", "CN", "", "", "SH", "", ""]]
    for name, rows in (("tricky.csv", tricky), ("broken.csv", [*tricky, *broken])):
        path = write_csv(name, EXCLUSION_HEADER, rows)
        import_list(engine, path, settings)
        current = _current(engine)
        assert set(current) == {row[0] for row in rows}
        for row in rows:
            stored = current[row[0]]
            raw = dict(zip(EXCLUSION_HEADER, [cell.strip() for cell in row], strict=True))
            expected = _fields(raw, stored.birth_date)
            assert stored.model_dump(include=set(expected)) == expected
    assert _current(engine)["Q1"].aliases == ["a\\b", '"c"', ",d"]
    assert _current(engine)["Q1"].category == "SEA"
    assert _current(engine)["Q3"].full_name == "Wang\nXiaoming"
    assert _current(engine)["Q3"].birth_date == "1975-07-02"
    assert _current(engine)["Q2"].birth_date is None


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)  # a client encoding is PostgreSQL's
def test_a_client_speaking_latin1_stores_and_reads_the_names_as_written(
    db_url: str, engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """``COPY`` is fed and read as UTF-8 whatever the connection's client encoding: a
    session speaking LATIN1 stores "José Müller" as written, hashed as written, and the
    matcher reads it back so."""
    rows = [["L1", "José Müller", "Zoë; Renée", "1971", "", "", "", "", "", ""]]
    latin1 = create_engine(db_url, connect_args={"options": "-c client_encoding=LATIN1"})
    try:
        import_list(latin1, write_csv("latin1.csv", EXCLUSION_HEADER, rows), settings)
        with Session(latin1) as session:
            people = people_at(session, 1)
    finally:
        latin1.dispose()
    stored = _current(engine)["L1"]
    assert (stored.full_name, stored.aliases) == ("José Müller", ["Zoë", "Renée"])
    raw = dict(zip(EXCLUSION_HEADER, rows[0], strict=True))
    assert stored.content_hash == _fields(raw, "1971")["content_hash"]
    assert [n.original for n in people[0].names] == ["José Müller", "Zoë", "Renée"]
