"""A small Django 3.2 project in one file: `migrate` of the built-in apps (auth, contenttypes,
sessions, admin) and of an app with a JSONField, then the ORM: users and permissions, JSONField
lookups, aggregates, select_for_update, .iterator() (a server-side cursor), an IntegrityError.
Prints what it sees; the test compares it with PostgreSQL 15."""
import atexit
import io
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
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "django.contrib.admin", "django.contrib.messages", "shop"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
)

# The app "shop", written out as files because Django finds models and migrations on disk.
SHOP = {
    "__init__.py": "",
    "models.py": """
from django.contrib.auth.models import User
from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100, unique=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    attrs = models.JSONField(default=dict)
    created_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL)

    class Meta:
        indexes = [models.Index(fields=["price", "name"], name="shop_price_name")]
""",
    "migrations/__init__.py": "",
    "migrations/0001_initial.py": """
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]
    operations = [
        migrations.CreateModel(
            name="Product",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=100, unique=True)),
                ("price", models.DecimalField(decimal_places=2, max_digits=8)),
                ("attrs", models.JSONField(default=dict)),
                ("created_by", models.ForeignKey(null=True, on_delete=models.deletion.SET_NULL, to="auth.user")),
            ],
        ),
        migrations.AddIndex(model_name="product", index=models.Index(fields=["price", "name"], name="shop_price_name")),
    ]
""",
}
project = tempfile.mkdtemp(prefix="django-app-")
atexit.register(shutil.rmtree, project)
for name, text in SHOP.items():
    os.makedirs(os.path.dirname(os.path.join(project, "shop", name)), exist_ok=True)
    with open(os.path.join(project, "shop", name), "w") as f:
        f.write(text)
sys.path.insert(0, project)
django.setup()

from django.contrib.auth.models import Group, Permission, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import IntegrityError, connection, transaction  # noqa: E402
from shop.models import Product  # noqa: E402

out = io.StringIO()
call_command("migrate", verbosity=1, stdout=out, no_color=True)
applied = [l.strip() for l in out.getvalue().splitlines() if l.strip().startswith("Applying")]
print("migrate applied", len(applied))
for l in applied:
    print("  ", l)
out = io.StringIO()
call_command("migrate", verbosity=1, stdout=out, no_color=True)
print("second migrate:", out.getvalue().strip().splitlines()[-1].strip())
out = io.StringIO()
call_command("makemigrations", "shop", check=True, dry_run=True, stdout=out, no_color=True)
print("makemigrations:", out.getvalue().strip())

with connection.cursor() as c:
    tables = sorted(connection.introspection.table_names(c))
    print("tables", tables)
    cons = connection.introspection.get_constraints(c, "shop_product")
    for name in sorted(cons, key=lambda n: (sorted(cons[n]["columns"]), cons[n]["primary_key"], cons[n]["unique"])):
        d = cons[name]
        print("constraint", d["columns"], d["primary_key"], d["unique"], d["foreign_key"], d["index"], d["type"] if d["index"] else None)
    print("sequences", connection.introspection.get_sequences(c, "shop_product"))

ann = User.objects.create_user("ann", "ann@example.com", "pw")
staff = Group.objects.create(name="staff")
staff.permissions.set(Permission.objects.filter(codename__in=["add_product", "change_product"]))
ann.groups.add(staff)
print("perms", sorted(User.objects.get(username="ann").get_all_permissions()))
print("auth", ann.check_password("pw"))

Product.objects.bulk_create([
    Product(name="apple", price="1.20", attrs={"weight": 150, "tags": ["fruit", "red"], "origin": {"country": "NZ"}}, created_by=ann),
    Product(name="melon", price="3.50", attrs={"weight": 1200, "tags": ["fruit"], "origin": {"country": "ES"}}),
    Product(name="salt", price="0.80", attrs={"weight": 9, "organic": False}),
    Product(name="box", price="12.00", attrs={"weight": "n/a"}),
])
q = lambda **kw: sorted(Product.objects.filter(**kw).values_list("name", flat=True))
print("weight__gte 150", q(attrs__weight__gte=150))
print("weight__lt 1000", q(attrs__weight__lt=1000))
print("weight 9", q(attrs__weight=9))
print("has_key organic", q(attrs__has_key="organic"))
print("contains tags", q(attrs__contains={"tags": ["fruit"]}))
print("origin country", q(attrs__origin__country="ES"))
print("tags 0", q(attrs__tags__0="fruit"))
print("isnull", q(attrs__organic__isnull=False))
print("organic False", q(attrs__organic=False))

from django.db.models import Avg, Count, Max, Q, Sum  # noqa: E402

print("aggregate", Product.objects.aggregate(total=Sum("price"), avg=Avg("price"), top=Max("price"), n=Count("id")))
print("annotate", list(User.objects.annotate(n=Count("product")).values_list("username", "n")))
print("q", list(Product.objects.filter(Q(price__gt=3) | Q(name__startswith="s")).order_by("-price").values_list("name", "price")))

with transaction.atomic():
    p = Product.objects.select_for_update().get(name="apple")
    p.attrs["weight"] = 160
    p.save()
print("apple", Product.objects.get(name="apple").attrs)

print("iterator", [p.name for p in Product.objects.order_by("name").iterator(chunk_size=2)])

try:
    with transaction.atomic():
        Product.objects.create(name="apple", price="1")
except IntegrityError as e:
    print("integrity", type(e.__cause__).__name__, e.__cause__.pgcode, e.__cause__.diag.constraint_name)

n, _ = Product.objects.filter(price__lt=1).delete()
print("deleted", n)
ann.delete()
print("set null", list(Product.objects.filter(created_by__isnull=True).order_by("name").values_list("name", flat=True)))

call_command("migrate", "shop", "zero", verbosity=0)
with connection.cursor() as c:
    print("after zero", "shop_product" in connection.introspection.table_names(c))
    c.execute("DROP TABLE IF EXISTS django_admin_log, auth_user_groups, auth_user_user_permissions, auth_group_permissions, auth_permission, auth_group, auth_user, django_session, django_content_type, django_migrations CASCADE")
print("done")
