"""Text search column for findings, filled for existing rows, and PostgreSQL-only indexes for
the Findings list filters: trigram (pg_trgm) for `q` and CWE `LIKE '%…%'`, a pattern index for
the path prefix, and upper(package) for the case-insensitive package filter. SQLite gets the
column only (its scans are fast enough at the sizes SQLite is meant for)."""

import logging

from django.apps.registry import Apps
from django.db import migrations, models, transaction
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

logger = logging.getLogger(__name__)

POSTGRES_INDEXES = [
    "CREATE INDEX IF NOT EXISTS finding_search_trgm ON findings_finding "
    "USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS finding_cwe_trgm ON findings_finding USING gin (cwe gin_trgm_ops)",
]
POSTGRES_PLAIN_INDEXES = [
    "CREATE INDEX IF NOT EXISTS finding_org_path_prefix ON findings_finding "
    "(organization_id, path varchar_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS finding_org_package_upper ON findings_finding "
    "(organization_id, upper(package::text))",
]


def fill_search_text(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    Finding = apps.get_model("findings", "Finding")
    batch = []
    for finding in (
        Finding.objects.filter(search_text="")
        .only("id", "title", "path", "rule_id", "package", "advisory_id")
        .iterator(chunk_size=2000)
    ):
        parts = (finding.title, finding.path, finding.rule_id, finding.package, finding.advisory_id)
        finding.search_text = " ".join(parts).lower()
        batch.append(finding)
        if len(batch) >= 2000:
            Finding.objects.bulk_update(batch, ["search_text"])
            batch = []
    if batch:
        Finding.objects.bulk_update(batch, ["search_text"])


def postgres_indexes(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for sql in POSTGRES_PLAIN_INDEXES:
            cursor.execute(sql)
        try:
            # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it
            with transaction.atomic():
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                for sql in POSTGRES_INDEXES:
                    cursor.execute(sql)
        except Exception:  # no pg_trgm here: text search still works, with a scan
            logger.warning("findings.migration.pg_trgm_unavailable")


def drop_postgres_indexes(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in (
            "finding_search_trgm",
            "finding_cwe_trgm",
            "finding_org_path_prefix",
            "finding_org_package_upper",
        ):
            cursor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("findings", "0002_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="finding",
            name="search_text",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
        migrations.RunPython(postgres_indexes, drop_postgres_indexes),
    ]
