"""Django 3.2's own test runner, as `manage.py test` runs it: CREATE DATABASE test_<name> (dropping
one left over from a run cut short), migrate into it, TestCases inside transactions, a
TransactionTestCase that flushes, then DROP DATABASE. Prints what the tests saw; the test compares
it with PostgreSQL 15."""
import os
import shutil
import sys
import tempfile

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    USE_TZ=True,
    SECRET_KEY="not-a-secret",
    DATABASES={"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ.get("PGDATABASE", "postgres"), "HOST": os.environ["PGHOST"], "PORT": os.environ["PGPORT"], "USER": os.environ.get("PGUSER", "postgres")}},
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "notes"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)

# The app "notes", written out as files because Django finds models, migrations and tests on disk.
NOTES = {
    "__init__.py": "",
    "migrations/__init__.py": "",
    "models.py": """
from django.db import models


class Note(models.Model):
    text = models.CharField(max_length=50, unique=True)
""",
    "tests.py": """
from django.db import IntegrityError, connection, transaction
from django.test import TestCase, TransactionTestCase

from notes.models import Note

SEEN = []


def database():
    with connection.cursor() as c:
        c.execute("SELECT current_database()")
        return c.fetchone()[0]


class NoteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        Note.objects.create(text="fixture")

    def test_a_create(self):
        Note.objects.create(text="a")
        SEEN.append(("create", database(), sorted(Note.objects.values_list("text", flat=True))))

    def test_b_rolled_back(self):
        SEEN.append(("rolled back", sorted(Note.objects.values_list("text", flat=True))))

    def test_c_integrity(self):
        with self.assertRaises(IntegrityError), transaction.atomic():
            Note.objects.create(text="fixture")
        SEEN.append(("integrity", Note.objects.count()))


class FlushTests(TransactionTestCase):
    def test_flush(self):
        Note.objects.create(text="b")
        SEEN.append(("flush", sorted(Note.objects.values_list("text", flat=True))))
""",
}

root = tempfile.mkdtemp()
for path, text in NOTES.items():
    os.makedirs(os.path.dirname(os.path.join(root, "notes", path)), exist_ok=True)
    with open(os.path.join(root, "notes", path), "w") as f:
        f.write(text)
sys.path.insert(0, root)
django.setup()

from django.core.management import call_command
from django.db import connection
from django.test.runner import DiscoverRunner

call_command("makemigrations", "notes", verbosity=0)
test_name = "test_" + connection.settings_dict["NAME"]
# A test database a run cut short left behind: the runner drops it and makes it again.
with connection.cursor() as c:
    c.execute('DROP DATABASE IF EXISTS "%s"' % test_name)
    c.execute('CREATE DATABASE "%s"' % test_name)
connection.close()

runner = DiscoverRunner(verbosity=0, interactive=False)
old = runner.setup_databases()
result = runner.run_suite(runner.build_suite(["notes"]))
runner.teardown_databases(old)
from notes.tests import SEEN

for line in SEEN:
    print(line)
print("failures", len(result.failures), "errors", len(result.errors), [str(e[1]).splitlines()[-1] for e in result.failures + result.errors])
with connection.cursor() as c:
    c.execute("SELECT count(*) FROM pg_database WHERE datname = %s", [test_name])
    print("test database left", c.fetchone()[0])
shutil.rmtree(root)
print("done")
