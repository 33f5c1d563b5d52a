"""hstore from Python as applications use it: psycopg2's register_hstore (which reads the type's oid
and array oid from pg_type) with dicts in and out, and a Django 3.2 app whose migration runs
HStoreExtension() and whose model has an HStoreField, queried with its key, has_key, contains and
keys lookups. Prints what it sees; the test compares it with PostgreSQL 15."""
import atexit
import os
import shutil
import sys
import tempfile

import psycopg2
import psycopg2.extras

dsn = dict(host=os.environ["PGHOST"], port=os.environ["PGPORT"], user=os.environ.get("PGUSER", "postgres"), dbname=os.environ.get("PGDATABASE", "postgres"))

conn = psycopg2.connect(**dsn)
conn.autocommit = True
cur = conn.cursor()
cur.execute("DROP TABLE IF EXISTS hs_py")
cur.execute("CREATE EXTENSION IF NOT EXISTS hstore")
psycopg2.extras.register_hstore(conn)
cur.execute("CREATE TABLE hs_py (id int PRIMARY KEY, h hstore, hs hstore[])")
cur.execute("INSERT INTO hs_py VALUES (%s, %s, %s)", (1, {"b": "2", "a": "1", "n": None, 'q"t': "x\\y"}, [{"k": "v"}, {}]))
cur.execute("INSERT INTO hs_py VALUES (%s, %s, NULL)", (2, {}))
cur.execute("SELECT id, h, hs FROM hs_py ORDER BY id")
for row in cur.fetchall():
    print("psycopg2 row", row[0], sorted(row[1].items(), key=lambda kv: kv[0]), row[2])
cur.execute("SELECT h -> %s, h ? %s, h @> %s, akeys(h) FROM hs_py WHERE id = 1", ("b", "n", {"a": "1"}))
print("psycopg2 ops", cur.fetchone())
cur.execute("SELECT h::text FROM hs_py WHERE id = 1")
print("psycopg2 text", cur.fetchone()[0])
cur.execute("DROP TABLE hs_py")
conn.close()

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    USE_TZ=True,
    SECRET_KEY="not-a-secret",
    DATABASES={"default": {"ENGINE": "django.db.backends.postgresql", "NAME": dsn["dbname"], "HOST": dsn["host"], "PORT": dsn["port"], "USER": dsn["user"]}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.postgres", "hsapp"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)

HSAPP = {
    "__init__.py": "",
    "models.py": """
from django.contrib.postgres.fields import HStoreField
from django.db import models


class Gadget(models.Model):
    name = models.CharField(max_length=50, unique=True)
    data = HStoreField(default=dict)
    extra = HStoreField(null=True)
""",
    "migrations/__init__.py": "",
    "migrations/0001_initial.py": """
from django.contrib.postgres.fields import HStoreField
from django.contrib.postgres.operations import HStoreExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        HStoreExtension(),
        migrations.CreateModel(
            name="Gadget",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=50, unique=True)),
                ("data", HStoreField(default=dict)),
                ("extra", HStoreField(null=True)),
            ],
        ),
    ]
""",
}
root = tempfile.mkdtemp()
atexit.register(shutil.rmtree, root)
for path, text in HSAPP.items():
    full = os.path.join(root, "hsapp", path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
sys.path.insert(0, root)
django.setup()

from django.core.management import call_command
from django.db import connection

call_command("migrate", "hsapp", verbosity=0)
from hsapp.models import Gadget

Gadget.objects.create(name="lamp", data={"color": "red", "watts": "40"}, extra={"note": None})
Gadget.objects.create(name="fan", data={"color": "blue", "speed": "3"})
Gadget.objects.create(name="box", data={})
print("django color red", list(Gadget.objects.filter(data__color="red").values_list("name", flat=True)))
print("django has_key speed", list(Gadget.objects.filter(data__has_key="speed").values_list("name", flat=True)))
print("django has_any_keys", sorted(Gadget.objects.filter(data__has_any_keys=["watts", "speed"]).values_list("name", flat=True)))
print("django contains", list(Gadget.objects.filter(data__contains={"color": "blue"}).values_list("name", flat=True)))
print("django keys", sorted((g.name, sorted(g.data.keys())) for g in Gadget.objects.all()))
print("django values", sorted(Gadget.objects.filter(data__values__contains=["red"]).values_list("name", flat=True)))
print("django extra", Gadget.objects.get(name="lamp").extra, Gadget.objects.get(name="fan").extra)
g = Gadget.objects.get(name="fan")
g.data["speed"] = "5"
g.data["quiet"] = "yes"
g.save()
print("django saved", sorted(Gadget.objects.get(name="fan").data.items()))
print("django order by key", list(Gadget.objects.exclude(data={}).order_by("data__color").values_list("name", flat=True)))
with connection.cursor() as c:
    c.execute("SELECT data FROM hsapp_gadget WHERE name = 'fan'")
    print("django raw", c.fetchone()[0])
call_command("migrate", "hsapp", "zero", verbosity=0)
with connection.cursor() as c:
    c.execute("SELECT count(*) FROM pg_extension WHERE extname = 'hstore'")
    print("extension after zero", c.fetchone()[0])
    c.execute("DROP EXTENSION IF EXISTS hstore")
print("done")
