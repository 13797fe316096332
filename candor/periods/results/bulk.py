"""Writing many rows by primary key in a fixed number of statements, whatever the count.

Django's bulk_update builds one CASE WHEN per field and splits it into batches of a few
hundred rows on SQLite, so scoring 20,000 sheets would take dozens of statements and
seconds of SQL compilation. Instead:
- PostgreSQL: one UPDATE … FROM unnest(array, array, …), every column passed as one array
  parameter (three parameters for 140,000 goals);
- other databases (SQLite): one prepared UPDATE run through executemany, which is a single
  statement for Django (and one query in a test's count) and fast in-process.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence

from django.db import connection, models

# Fields whose values every driver takes as they are (Django's backends do not transform
# them either): adapting them through the generic path costs about a second per 100,000.
AS_IS = (models.DecimalField, models.CharField, models.TextField, models.IntegerField,
         models.BooleanField)


def _adapter(field: models.Field) -> Callable | None:
    """None for the fields above (callers pass Decimal, str, int, bool or None); others
    (dates, times) are adapted as Django would."""
    if isinstance(field, AS_IS):
        return None
    return lambda value: field.get_db_prep_save(value, connection)


def _postgres(table: str, pk: models.Field, fields: list[models.Field],
              columns: list[list], version: str | None) -> None:
    """columns: one list per field, then the primary keys."""
    qn = connection.ops.quote_name
    names = [f"c{i}" for i in range(len(fields))]
    assignments = [f"{qn(f.column)} = v.{n}" for f, n in zip(fields, names, strict=True)]
    if version:
        assignments.append(f"{version} = t.{version} + 1")
    arrays = ", ".join(f"%s::{f.db_type(connection)}[]" for f in [*fields, pk])
    # Table and column names come from the model's metadata, never from user input.
    sql = (f"UPDATE {qn(table)} AS t SET {', '.join(assignments)} "  # noqa: S608
           f"FROM unnest({arrays}) AS v({', '.join([*names, 'pk'])}) "
           f"WHERE t.{qn(pk.column)} = v.pk")
    with connection.cursor() as cursor:
        cursor.execute(sql, columns)


def update_by_pk(model: type[models.Model], fields: Sequence[str],
                 rows: Iterable[Sequence], *, bump_version: bool = False) -> int:
    """rows: (pk, value for each field…). Values are adapted as the model's fields would."""
    meta = model._meta
    model_fields = [meta.get_field(name) for name in fields]
    rows = list(rows)
    if not rows:
        return 0
    # column by column: a field needing no adaptation is copied as a whole, which at
    # 140,000 goals takes a fraction of the time of adapting value by value
    pks, *values = (list(column) for column in zip(*rows, strict=True))
    for i, field in enumerate(model_fields):
        if adapt := _adapter(field):
            values[i] = [adapt(value) for value in values[i]]
    qn = connection.ops.quote_name
    version = qn(meta.get_field("version").column) if bump_version else None
    if connection.vendor == "postgresql":
        _postgres(meta.db_table, meta.pk, model_fields, [*values, pks], version)
        return len(pks)
    params = list(zip(*values, pks, strict=True))
    assignments = [f"{qn(f.column)} = %s" for f in model_fields]
    if version:
        assignments.append(f"{version} = {version} + 1")
    sql = (f"UPDATE {qn(meta.db_table)} SET {', '.join(assignments)} "  # noqa: S608
           f"WHERE {qn(meta.pk.column)} = %s")
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
    return len(pks)


INSERT_BATCH = 5000


def insert_rows(model: type[models.Model], fields: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Insert DB-ready rows without model instances: COPY on PostgreSQL, else executemany."""
    meta = model._meta
    qn = connection.ops.quote_name
    columns = ", ".join(qn(meta.get_field(name).column) for name in fields)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {qn(meta.db_table)} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        sql = (f"INSERT INTO {qn(meta.db_table)} ({columns}) "  # noqa: S608 (model metadata)
               f"VALUES ({', '.join(['%s'] * len(fields))})")
        pending = iter(rows)
        while batch := list(itertools.islice(pending, INSERT_BATCH)):
            cursor.executemany(sql, batch)
            count += len(batch)
    return count
