"""Stored candidates and record revisions as :class:`matching.model.Person` values.

The matcher keys people by the database row id (as text), so a result maps straight back
to the candidate row and the exact record revision it was scored against. Building the
blocking index over a large list is the costly step, so the index for one list version is
kept for the process and reused by every chunk and batch screened against that version.
"""

from __future__ import annotations

import io
import multiprocessing
import threading
from collections.abc import Iterable
from itertools import islice
from typing import Any

import polars as pl
import psycopg
from psycopg import sql
from sqlalchemy import Engine, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from matching.batch import Matcher
from matching.blocking import BlockingIndex
from matching.bulk import prepare_names
from matching.countries import normalize_countries
from matching.dates import parse_date
from matching.gcpause import paused_gc
from matching.model import Person
from matching.names import prepare_name
from matching.packed import pack
from vetting.db import is_postgres
from vetting.ingest import normalise_gender
from vetting.listcache import KeptVersion, keep_version, read_version, version_key
from vetting.models import Candidate, ExclusionRecord, ListVersion
from vetting.settings import Settings

_lock = threading.Lock()
_cache: dict[tuple[str, int], Matcher] = {}


def candidate_person(row: Candidate) -> Person:
    """A stored candidate as the matcher sees them."""
    return Person(
        key=str(row.id),
        names=(prepare_name(row.full_name),),
        birth_date=parse_date(row.birth_date),
        countries=normalize_countries(row.nationality),
        gender=normalise_gender(row.gender),
    )


def record_person(row: ExclusionRecord) -> Person:
    """A record revision (name and every alias) as the matcher sees it."""
    return Person(
        key=str(row.id),
        names=tuple(prepare_name(n) for n in dict.fromkeys([row.full_name, *row.aliases]) if n),
        birth_date=parse_date(row.birth_date),
        countries=normalize_countries(row.nationality),
        gender=normalise_gender(row.gender),
    )


def people_at(session: Session, version: int, *, workers: int = 1) -> list[Person]:
    """The list at ``version`` as the matcher sees it, in the order of :func:`records_at`.

    Reads only the matched columns as plain rows: building ORM objects for a million
    records cost a third of building the index. The cyclic collector is paused meanwhile,
    as when a list is read from a file (:mod:`matching.gcpause`), and the names are
    prepared over ``workers`` processes (:func:`matching.bulk.prepare_names`).
    """
    with paused_gc():
        return _people_at(session, version, workers)


def _people_at(session: Session, version: int, workers: int) -> list[Person]:
    ids, full_names, aliases, births, nationalities, genders = _version_columns(session, version)
    texts: list[str] = []
    counts: list[int] = []
    for full_name, others in zip(full_names, aliases, strict=True):
        names = [n for n in dict.fromkeys([full_name, *others]) if n]
        texts.extend(names)
        counts.append(len(names))
    prepared = iter(prepare_names(texts, workers=workers))
    return [
        Person(
            key=str(pk),
            names=tuple(islice(prepared, count)),
            birth_date=parse_date(birth),
            countries=normalize_countries(nationality),
            gender=normalise_gender(gender),
        )
        for pk, count, birth, nationality, gender in zip(
            ids, counts, births, nationalities, genders, strict=True
        )
    ]


_MATCHED = ("id", "full_name", "aliases", "birth_date", "nationality", "gender")
"""The columns of a record revision the matcher reads."""


def _version_columns(session: Session, version: int) -> tuple[list[Any], ...]:
    """The matched columns (:data:`_MATCHED`) of the list at ``version``, by id, as one
    list each (aliases as lists of names).

    PostgreSQL sends them as CSV (``COPY``), which polars reads and whose aliases it
    decodes: building a million rows and decoding their JSON one by one in Python took
    3.2 s of an index build, this takes about one.
    """
    if not is_postgres(session):
        rows = session.execute(
            sa_select(*(col(getattr(ExclusionRecord, name)) for name in _MATCHED))
            .where(col(ExclusionRecord.valid_from) <= version)
            .where(
                or_(
                    col(ExclusionRecord.valid_to).is_(None), col(ExclusionRecord.valid_to) > version
                )
            )
            .order_by(col(ExclusionRecord.id))
        ).all()
        return tuple(list(column) for column in zip(*rows, strict=True)) or ([],) * len(_MATCHED)
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    statement = sql.SQL(
        "COPY (SELECT {} FROM exclusionrecord WHERE valid_from <= {version} AND "
        "(valid_to IS NULL OR valid_to > {version}) ORDER BY id) "
        "TO STDOUT (FORMAT csv, ENCODING 'UTF8')"  # as polars reads it, whatever the client's
    ).format(sql.SQL(", ").join(map(sql.Identifier, _MATCHED)), version=sql.Literal(version))
    buffer = io.BytesIO()
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for block in copy:
            buffer.write(block)
    schema = {name: pl.String for name in _MATCHED} | {"id": pl.Int64}
    data = buffer.getvalue()
    if not data:  # a version of no records
        return ([],) * len(_MATCHED)
    frame = pl.read_csv(data, has_header=False, schema=schema)
    frame = frame.with_columns(pl.col("aliases").str.json_decode(pl.List(pl.String)))
    return tuple(frame[name].to_list() for name in _MATCHED)


def records_at(session: Session, version: int) -> list[ExclusionRecord]:
    """The list as it stood at ``version``: revisions opened by then and not yet closed."""
    return list(
        session.exec(
            select(ExclusionRecord)
            .where(ExclusionRecord.valid_from <= version)
            .where(
                or_(
                    col(ExclusionRecord.valid_to).is_(None), col(ExclusionRecord.valid_to) > version
                )
            )
            .order_by(col(ExclusionRecord.id))
        ).all()
    )


def matcher_for(
    engine: Engine, version: int, *, workers: int = 1, settings: Settings | None = None
) -> Matcher:
    """The blocking index over the list at ``version``, built once per process (its
    names prepared over ``workers`` processes), or read back where another process kept
    it: given ``settings``, a list version is kept in :attr:`Settings.list_cache_dir` as
    ``vetting match`` keeps a list file (:mod:`vetting.listcache`), so that every later
    process screening against it (a flow run, a Dask worker) reads it in about a second
    instead of building it again (half a minute at 1,000,000 records).

    When scoring processes will score it (``workers`` > 1, not in a Dask worker, which
    cannot start them), the matcher keeps the list packed (:func:`matching.packed.pack`),
    as ``vetting match`` does: the processes are sent it packed anyway, and this process
    holds 80 MiB instead of a million people (with the collector changes, the end-to-end
    benchmark's peak fell from 3,957 to 3,525-3,585 MiB). Scored in this process, the
    list stays as people: unpacking a record at each look-up cost a fifth more screening
    time when the scoring processes began to (``benchmarks/HISTORY.md``).
    """
    key = (engine.url.render_as_string(hide_password=False), version)
    with _lock:
        found = _cache.get(key)
        if found is None:
            _cache.clear()  # the earlier version's list goes first: one list at a time
            found = _cache[key] = _matcher(engine, version, workers, settings)
        return found


def _matcher(engine: Engine, version: int, workers: int, settings: Settings | None) -> Matcher:
    pooled = workers > 1 and not multiprocessing.current_process().daemon
    keep = settings if settings is not None and settings.list_cache_dir else None
    name = _kept_name(engine, version) if keep is not None else None
    if keep is not None and name is not None:
        kept = read_version(keep, name)
        if kept is not None:
            if pooled:
                return Matcher(kept.records, index=kept.index)
            with paused_gc():
                people = list(kept.records.unpacked(0, len(kept.records)))
            return Matcher(people, index=kept.index)
    with Session(engine) as session:
        people = people_at(session, version, workers=workers)
    if keep is not None and len(people) < keep.list_cache_min_records:
        keep = None  # a small list is indexed afresh in a moment
    if not pooled and keep is None:
        return Matcher(people)
    with paused_gc():
        records = pack(people)
        index = BlockingIndex(people, packed=records, workers=workers)
    if keep is not None and name is not None:
        keep_version(keep, name, KeptVersion(records, index))
    if pooled:
        del people
        return Matcher(records, index=index)
    return Matcher(people, index=index)


def _kept_name(engine: Engine, version: int) -> str | None:
    """The name the list at ``version`` is kept under (:func:`version_key`), or ``None``
    for a version the database does not hold."""
    with Session(engine) as session:
        found = session.get(ListVersion, version)
        if found is None:
            return None
        database = engine.url.render_as_string(hide_password=True)
        return version_key(database, version, found.checksum, found.imported_at)


def clear_matchers() -> None:
    """Forget the cached indexes (a test reusing row ids in a new database needs this)."""
    with _lock:
        _cache.clear()


def matcher_over(records: Iterable[ExclusionRecord]) -> Matcher:
    """A throw-away index over a few records (the new or changed ones of a rescreen)."""
    return Matcher([record_person(r) for r in records])
