from django.db import migrations

from discussions.markdown import render_markdown


def render_bodies(apps, schema_editor):
    Contribution = apps.get_model("discussions", "Contribution")
    batch = []
    for contribution in Contribution.objects.only("pk", "comment").iterator(chunk_size=500):
        contribution.body_html = render_markdown(contribution.comment)
        batch.append(contribution)
        if len(batch) >= 500:
            Contribution.objects.bulk_update(batch, ["body_html"])
            batch = []
    if batch:
        Contribution.objects.bulk_update(batch, ["body_html"])


class Migration(migrations.Migration):
    dependencies = [("discussions", "0002_contribution_body_html")]

    operations = [migrations.RunPython(render_bodies, migrations.RunPython.noop)]
