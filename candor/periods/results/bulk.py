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

from collections.abc import Callable, Iterable, Sequence

from django.db import connection, models


def _adapter(field: models.Field) -> Callable | None:
    """None for decimals: callers pass Decimal or None, which every driver takes as is
    (Django's backends do not transform them either), and the generic path costs about a
    second per 100,000 values. Other fields (dates, text) are adapted as Django would."""
    if isinstance(field, models.DecimalField):
        return None
    return lambda value: field.get_db_prep_save(value, connection)


def _postgres(table: str, pk: models.Field, fields: list[models.Field],
              params: list[list], version: str | None) -> None:
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
    columns = [list(column) for column in zip(*params, strict=True)]
    with connection.cursor() as cursor:
        cursor.execute(sql, columns)


def update_by_pk(model: type[models.Model], fields: Sequence[str],
                 rows: Iterable[Sequence], *, bump_version: bool = False) -> int:
    """rows: (pk, value for each field…). Values are adapted as the model's fields would."""
    meta = model._meta
    model_fields = [meta.get_field(name) for name in fields]
    adapters = [_adapter(f) for f in model_fields]
    params = [
        [adapt(value) if adapt else value for adapt, value in zip(adapters, row[1:],
                                                                  strict=True)] + [row[0]]
        for row in rows
    ]
    if not params:
        return 0
    qn = connection.ops.quote_name
    version = qn(meta.get_field("version").column) if bump_version else None
    if connection.vendor == "postgresql":
        _postgres(meta.db_table, meta.pk, model_fields, params, version)
        return len(params)
    assignments = [f"{qn(f.column)} = %s" for f in model_fields]
    if version:
        assignments.append(f"{version} = {version} + 1")
    sql = (f"UPDATE {qn(meta.db_table)} SET {', '.join(assignments)} "  # noqa: S608
           f"WHERE {qn(meta.pk.column)} = %s")
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
    return len(params)
