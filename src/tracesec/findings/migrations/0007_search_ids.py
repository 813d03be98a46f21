"""The search column also holds CWE ids and advisory aliases: refill it for existing rows
(new and changed rows get it from ``recording.search_text_for``)."""

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

# a frozen copy of recording.SEARCHED_FIELDS: a migration must not change with the code
FIELDS = ("title", "path", "rule_id", "package", "advisory_id", "cwe", "aliases")


def refill_search_text(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    Finding = apps.get_model("findings", "Finding")
    batch = []
    for finding in Finding.objects.only("id", *FIELDS).iterator(chunk_size=2000):
        finding.search_text = " ".join(str(getattr(finding, f)) for f in FIELDS).lower()
        batch.append(finding)
        if len(batch) >= 2000:
            Finding.objects.bulk_update(batch, ["search_text"])
            batch = []
    if batch:
        Finding.objects.bulk_update(batch, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [("findings", "0006_repository_suppressions")]

    operations = [migrations.RunPython(refill_search_text, migrations.RunPython.noop)]
