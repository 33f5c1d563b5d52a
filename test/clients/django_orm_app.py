"""What a Django 3.2 application sends after `migrate`: an app "s33d" with foreign keys (CASCADE,
SET_NULL, PROTECT), a many-to-many, DecimalField, DateTimeField (USE_TZ, TIME_ZONE Europe/Berlin),
DateField, UUIDField, JSONField, ArrayField, unique_together, a CheckConstraint and a partial
UniqueConstraint; then lookups, F() and Q(), aggregates and annotations, subqueries, window
functions, DISTINCT ON, set operations, select_related/prefetch_related, iterator(), bulk
operations, select_for_update, savepoints, contrib.postgres aggregates, pgcrypto's digest(), raw
SQL, pagination and cascading deletes. Each step prints its result (or the error's class and
SQLSTATE); the test compares the output with PostgreSQL 15's."""
import atexit
import datetime
import decimal
import os
import shutil
import sys
import tempfile
import uuid

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    USE_TZ=True,
    TIME_ZONE="Europe/Berlin",
    SECRET_KEY="not-a-secret",
    DATABASES={"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ.get("PGDATABASE", "postgres"), "HOST": os.environ["PGHOST"], "PORT": os.environ["PGPORT"], "USER": os.environ.get("PGUSER", "postgres")}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.postgres", "s33d"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)

# The app, written out as files because Django finds models on disk; it has no migrations, so
# `migrate --run-syncdb` creates its tables.
APP = {
    "__init__.py": "",
    "models.py": """
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q


class Category(models.Model):
    name = models.CharField(max_length=40, unique=True)
    parent = models.ForeignKey("self", null=True, on_delete=models.SET_NULL, related_name="children")


class Supplier(models.Model):
    name = models.CharField(max_length=40)
    country = models.CharField(max_length=2)


class Label(models.Model):
    name = models.CharField(max_length=20, unique=True)


class Product(models.Model):
    code = models.UUIDField()
    name = models.CharField(max_length=60)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")
    supplier = models.ForeignKey(Supplier, null=True, on_delete=models.SET_NULL)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    stock = models.IntegerField(default=0)
    active = models.BooleanField(default=True)
    tags = ArrayField(models.CharField(max_length=20), default=list)
    attrs = models.JSONField(default=dict)
    added = models.DateField()
    created = models.DateTimeField()
    labels = models.ManyToManyField(Label, blank=True)

    class Meta:
        unique_together = [("category", "name")]
        constraints = [
            models.CheckConstraint(check=Q(stock__gte=0), name="s33d_stock_nonneg"),
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="s33d_active_code"),
        ]


class Order(models.Model):
    customer = models.CharField(max_length=40)
    placed = models.DateTimeField()


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    qty = models.IntegerField()
    unit_price = models.DecimalField(max_digits=8, decimal_places=2)
""",
}
project = tempfile.mkdtemp(prefix="django-orm-app-")
atexit.register(shutil.rmtree, project)
for name, text in APP.items():
    os.makedirs(os.path.join(project, "s33d"), exist_ok=True)
    with open(os.path.join(project, "s33d", name), "w") as f:
        f.write(text)
sys.path.insert(0, project)
django.setup()

from django.contrib.postgres.aggregates import ArrayAgg, BoolAnd, JSONBAgg, StringAgg  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.paginator import Paginator  # noqa: E402
from django.db import DatabaseError, IntegrityError, connection, transaction  # noqa: E402
from django.db.models import (  # noqa: E402
    Avg, Case, CharField, Count, DecimalField, Exists, F, Func, IntegerField, Max, Min, OuterRef, Q, Subquery, Sum, Value, When, Window,
)
from django.db.models.deletion import ProtectedError  # noqa: E402
from django.db.models.fields.json import KeyTextTransform  # noqa: E402
from django.db.models.functions import (  # noqa: E402
    SHA1, SHA256, Cast, Coalesce, Concat, ExtractYear, Greatest, Lag, Least, Length, Lower, Rank, RowNumber, Substr, TruncDate, TruncMonth, Upper,
)
from s33d.models import Category, Label, Order, OrderLine, Product, Supplier  # noqa: E402

BERLIN = __import__("zoneinfo").ZoneInfo("Europe/Berlin") if sys.version_info >= (3, 9) else None
UTC = datetime.timezone.utc


def show(label, fn):
    """Prints what fn returns, or the error's class and SQLSTATE: a difference shows as one line."""
    try:
        print(label, fn())
    except Exception as e:  # noqa: BLE001 — any failure is a line of output to compare
        cause = e.__cause__ if e.__cause__ is not None else e
        print(label, "error", type(e).__name__, getattr(cause, "pgcode", None))


call_command("migrate", run_syncdb=True, verbosity=0)
# What contrib.postgres' CryptoExtension() migration runs: SHA1() … SHA512() call its digest().
with connection.cursor() as c:
    c.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")

fruit = Category.objects.create(name="Fruit")
veg = Category.objects.create(name="Vegetables")
citrus = Category.objects.create(name="Citrus", parent=fruit)
tools = Category.objects.create(name="Tools")
acme = Supplier.objects.create(name="Acme", country="NZ")
verde = Supplier.objects.create(name="Verde", country="ES")
organic, local, promo = Label.objects.bulk_create([Label(name="organic"), Label(name="local"), Label(name="promo")])


def utc(*a):
    return datetime.datetime(*a, tzinfo=UTC)


ROWS = [
    ("apple", fruit, acme, "1.20", 50, ["red", "sweet"], {"weight": 150, "origin": {"country": "NZ"}, "grade": "A"}, (2024, 1, 15), utc(2024, 1, 15, 23, 30)),
    ("Banana", fruit, verde, "0.95", 120, ["yellow"], {"weight": 120, "origin": {"country": "EC"}}, (2024, 2, 29), utc(2024, 2, 29, 8, 0)),
    ("lemon", citrus, verde, "0.40", 0, ["yellow", "sour"], {"weight": 90, "grade": "B"}, (2024, 3, 31), utc(2024, 3, 31, 0, 30)),
    ("orange", citrus, None, "0.75", 30, [], {"weight": 200, "origin": {"country": "ES"}}, (2024, 6, 1), utc(2024, 5, 31, 22, 15)),
    ("carrot", veg, acme, "0.30", 500, ["orange", "root"], {"weight": 60}, (2024, 10, 27), utc(2024, 10, 27, 1, 30)),
    ("Leek", veg, None, "1.10", 15, ["green"], {}, (2024, 12, 31), utc(2024, 12, 31, 23, 59, 59)),
    ("hammer", tools, acme, "12.50", 7, ["steel"], {"weight": 800, "grade": None}, (2023, 7, 4), utc(2023, 7, 4, 12, 0)),
]
products = Product.objects.bulk_create([
    Product(code=uuid.UUID(int=i + 1), name=n, category=c, supplier=s, price=p, stock=st, tags=t, attrs=a, added=datetime.date(*d), created=cr)
    for i, (n, c, s, p, st, t, a, d, cr) in enumerate(ROWS)
])
by = {p.name: p for p in products}
by["apple"].labels.set([organic, promo])
by["Banana"].labels.set([organic])
by["carrot"].labels.set([organic, local])
by["hammer"].labels.add(promo)
o1 = Order.objects.create(customer="ann", placed=utc(2024, 3, 1, 10, 0))
o2 = Order.objects.create(customer="bob", placed=utc(2024, 3, 2, 23, 30))
o3 = Order.objects.create(customer="ann", placed=utc(2024, 4, 5, 6, 45))
OrderLine.objects.bulk_create([
    OrderLine(order=o1, product=by["apple"], qty=3, unit_price="1.20"),
    OrderLine(order=o1, product=by["lemon"], qty=10, unit_price="0.40"),
    OrderLine(order=o2, product=by["apple"], qty=1, unit_price="1.10"),
    OrderLine(order=o2, product=by["hammer"], qty=1, unit_price="12.50"),
    OrderLine(order=o3, product=by["carrot"], qty=20, unit_price="0.30"),
])
print("created", Product.objects.count(), OrderLine.objects.count())

names = lambda qs: list(qs.order_by("name").values_list("name", flat=True))  # noqa: E731
P = Product.objects

# Field lookups.
show("iexact", lambda: names(P.filter(name__iexact="BANANA")))
show("icontains", lambda: names(P.filter(name__icontains="E")))
show("contains", lambda: names(P.filter(name__contains="e")))
show("startswith", lambda: names(P.filter(name__startswith="l")))
show("istartswith", lambda: names(P.filter(name__istartswith="l")))
show("endswith", lambda: names(P.filter(name__iendswith="N")))
show("like chars", lambda: names(P.filter(name__contains="%")))
show("in", lambda: names(P.filter(stock__in=[0, 7, 15])))
show("in empty", lambda: names(P.filter(stock__in=[])))
show("range", lambda: names(P.filter(price__range=("0.40", "1.10"))))
show("isnull", lambda: names(P.filter(supplier__isnull=True)))
show("regex", lambda: names(P.filter(name__regex=r"^[a-c].*e$")))
show("iregex", lambda: names(P.filter(name__iregex=r"^(b|l)")))
show("gt decimal", lambda: names(P.filter(price__gt=decimal.Decimal("1"))))
show("date", lambda: names(P.filter(created__date=datetime.date(2024, 1, 16))))
show("year", lambda: names(P.filter(created__year=2025)))
show("year utc", lambda: names(P.filter(added__year=2024)))
show("month", lambda: names(P.filter(created__month=6)))
show("week_day", lambda: names(P.filter(created__week_day=1)))
show("iso_week_day", lambda: names(P.filter(created__iso_week_day=7)))
show("quarter", lambda: names(P.filter(created__quarter=2)))
show("hour", lambda: names(P.filter(created__hour__lt=2)))
show("week", lambda: names(P.filter(added__week=1)))
show("date range", lambda: names(P.filter(created__date__range=(datetime.date(2024, 3, 31), datetime.date(2024, 6, 1)))))
show("datefield gte", lambda: names(P.filter(added__gte=datetime.date(2024, 6, 1))))
show("fk name", lambda: names(P.filter(category__parent__name="Fruit")))
show("m2m", lambda: names(P.filter(labels__name="organic")))

# F() and Q().
show("F filter", lambda: names(P.filter(stock__gt=F("price") * 10)))
show("Q or", lambda: names(P.filter(Q(stock=0) | Q(price__gt=10))))
show("Q not", lambda: names(P.filter(~Q(category__name="Fruit"), active=True)))
show("Q and-or", lambda: names(P.filter(Q(tags__contains=["yellow"]) & (Q(price__lt=0.5) | Q(supplier__country="ES")))))
show("exclude null fk", lambda: names(P.exclude(supplier__country="ES")))
P.filter(name="apple").update(stock=F("stock") - 1)
P.filter(category=citrus).update(price=F("price") * decimal.Decimal("1.10"), stock=F("stock") + 5)
show("after F update", lambda: list(P.order_by("name").values_list("name", "stock", "price")))
p = P.get(name="hammer")
p.stock = F("stock") + 1
p.save(update_fields=["stock"])
p.refresh_from_db()
show("F save", lambda: p.stock)

# Aggregates and annotations.
show("aggregate", lambda: P.aggregate(n=Count("id"), total=Sum("stock"), avg=Avg("price"), lo=Min("price"), hi=Max("created")))
show("aggregate empty", lambda: P.filter(stock__lt=0).aggregate(total=Sum("stock"), avg=Avg("price"), n=Count("id")))
show("count distinct", lambda: P.aggregate(n=Count("supplier", distinct=True)))
show("annotate count", lambda: list(Category.objects.annotate(n=Count("products")).order_by("name").values_list("name", "n")))
show("annotate filter", lambda: list(Category.objects.annotate(n=Count("products", filter=Q(products__stock__gt=20)), s=Sum("products__stock")).order_by("name").values_list("name", "n", "s")))
show("values group", lambda: list(P.values("category__name").annotate(n=Count("id"), avg=Avg("stock")).order_by("category__name")))
show("having", lambda: list(P.values("supplier__name").annotate(n=Count("id")).filter(n__gte=2).order_by("supplier__name")))
show("order revenue", lambda: list(Order.objects.annotate(total=Sum(F("lines__qty") * F("lines__unit_price"), output_field=DecimalField())).order_by("id").values_list("customer", "total")))
show("m2m count distinct", lambda: list(P.annotate(nl=Count("labels", distinct=True), no=Count("orderline", distinct=True)).filter(nl__gt=0).order_by("name").values_list("name", "nl", "no")))

# Subqueries.
last_price = OrderLine.objects.filter(product=OuterRef("pk")).order_by("-order__placed").values("unit_price")[:1]
show("subquery", lambda: list(P.annotate(last=Subquery(last_price)).order_by("name").values_list("name", "last")))
show("exists", lambda: names(P.annotate(sold=Exists(OrderLine.objects.filter(product=OuterRef("pk")))).filter(sold=True)))
show("not exists", lambda: names(P.filter(~Exists(OrderLine.objects.filter(product=OuterRef("pk"))))))
show("in subquery", lambda: names(P.filter(id__in=OrderLine.objects.filter(qty__gte=10).values("product"))))

# Conditional expressions and functions.
show("case", lambda: list(P.annotate(level=Case(When(stock=0, then=Value("out")), When(stock__lt=20, then=Value("low")), default=Value("ok"), output_field=CharField())).order_by("name").values_list("name", "level")))
show("case sum", lambda: P.aggregate(cheap=Sum(Case(When(price__lt=1, then=1), default=0, output_field=IntegerField()))))
show("coalesce", lambda: list(P.annotate(s=Coalesce("supplier__name", Value("-"))).order_by("name").values_list("name", "s")))
show("greatest least", lambda: list(P.annotate(g=Greatest("stock", 20), l=Least("price", decimal.Decimal("1.00"))).order_by("name").values_list("name", "g", "l")))
show("concat", lambda: list(P.annotate(label=Concat("name", Value(" ("), "category__name", Value(")"), output_field=CharField())).order_by("name").values_list("label", flat=True)))
show("sha", lambda: list(P.annotate(h=SHA256("name"), s=SHA1(Lower("name"))).filter(name__in=["apple", "Leek"]).order_by("name").values_list("h", "s")))
show("lower length substr", lambda: list(P.annotate(lo=Lower("name"), up=Upper("name"), n=Length("name"), s=Substr("name", 2, 3)).order_by("lo").values_list("lo", "up", "n", "s")))
show("cast", lambda: list(P.annotate(p=Cast("price", IntegerField()), s=Cast("stock", CharField())).order_by("name").values_list("p", "s")))
show("trunc date", lambda: list(P.annotate(d=TruncDate("created")).order_by("name").values_list("name", "d")))
show("trunc month", lambda: list(P.annotate(m=TruncMonth("created")).order_by("name").values_list("name", "m")))
show("trunc month utc", lambda: list(P.annotate(m=TruncMonth("created", tzinfo=UTC)).order_by("name").values_list("name", "m")))
show("extract tz", lambda: list(P.annotate(y=ExtractYear("created", tzinfo=UTC), y2=ExtractYear("created")).order_by("name").values_list("name", "y", "y2")))
show("group by month", lambda: list(Order.objects.annotate(m=TruncMonth("placed")).values("m").annotate(n=Count("id")).order_by("m").values_list("m", "n")))

# Window functions.
show("rank", lambda: list(P.annotate(r=Window(expression=Rank(), partition_by=F("category"), order_by=F("price").desc())).order_by("category__name", "r", "name").values_list("name", "r")))
show("row number", lambda: list(P.annotate(r=Window(expression=RowNumber(), order_by=[F("added").asc(), F("name").asc()])).order_by("r").values_list("r", "name")))
show("lag", lambda: list(P.annotate(prev=Window(expression=Lag("name"), order_by=F("created").asc())).order_by("created").values_list("name", "prev")))
show("running sum", lambda: list(P.annotate(run=Window(expression=Sum("stock"), order_by=F("name").asc())).order_by("name").values_list("name", "run")))

# DISTINCT ON, set operations, related loading.
show("distinct on", lambda: list(P.order_by("category_id", "-price").distinct("category_id").values_list("name", flat=True)))
show("distinct values", lambda: list(P.values_list("supplier__country", flat=True).distinct().order_by("supplier__country")))
cheap = P.filter(price__lt=1).values_list("name", flat=True)
stocked = P.filter(stock__gte=30).values_list("name", flat=True)
show("union", lambda: sorted(cheap.union(stocked)))
show("union all ordered", lambda: list(cheap.union(stocked, all=True).order_by("name")))
show("intersection", lambda: sorted(cheap.intersection(stocked)))
show("difference", lambda: sorted(cheap.difference(stocked)))
show("select_related", lambda: [(p.name, p.category.name, p.category.parent.name if p.category.parent else None, p.supplier.name if p.supplier else None) for p in P.select_related("category__parent", "supplier").order_by("name")])
show("prefetch", lambda: [(p.name, sorted(l.name for l in p.labels.all())) for p in P.prefetch_related("labels").order_by("name")])
show("prefetch reverse", lambda: [(o.customer, [(l.product.name, l.qty) for l in o.lines.all()]) for o in Order.objects.prefetch_related("lines__product").order_by("id")])
show("iterator", lambda: [p.name for p in P.order_by("-price").iterator(chunk_size=3)])


def iterate_in_transaction():
    with transaction.atomic():
        return [p.name for p in P.filter(active=True).order_by("id").iterator(chunk_size=2)]


show("iterator atomic", iterate_in_transaction)

# Bulk operations and get_or_create.
show("bulk ignore", lambda: len(Label.objects.bulk_create([Label(name="organic"), Label(name="fresh")], ignore_conflicts=True)))
show("labels", lambda: list(Label.objects.order_by("name").values_list("name", flat=True)))
items = list(P.filter(category=veg).order_by("name"))
for it in items:
    it.stock += 1
    it.attrs = {**it.attrs, "checked": True}
show("bulk_update", lambda: P.bulk_update(items, ["stock", "attrs"], batch_size=1))
show("after bulk_update", lambda: list(P.filter(category=veg).order_by("name").values_list("name", "stock", "attrs")))
show("get_or_create existing", lambda: (lambda o, c: (o.name, c))(*Label.objects.get_or_create(name="local")))
show("get_or_create new", lambda: (lambda o, c: (o.name, c))(*Label.objects.get_or_create(name="seasonal")))
show("update_or_create", lambda: (lambda o, c: (o.name, o.country, c))(*Supplier.objects.update_or_create(name="Verde", defaults={"country": "PT"})))
show("update_or_create new", lambda: (lambda o, c: (o.name, o.country, c))(*Supplier.objects.update_or_create(name="Nord", defaults={"country": "NO"})))


def lock_some():
    with transaction.atomic():
        locked = list(P.select_for_update(skip_locked=True, of=("self",)).select_related("category").filter(stock__gt=100).order_by("id"))
        return [(p.name, p.category.name) for p in locked]


show("select_for_update", lock_some)


def nowait():
    with transaction.atomic():
        return list(Order.objects.select_for_update(nowait=True).order_by("id").values_list("customer", flat=True))


show("nowait", nowait)


def lock_nullable():
    with transaction.atomic():
        return [p.name for p in P.select_for_update().select_related("supplier").order_by("id")]


# PostgreSQL refuses to lock the nullable side of the LEFT JOIN select_related() makes (0A000).
show("select_for_update nullable", lock_nullable)


# Savepoints.
def savepoints():
    with transaction.atomic():
        Label.objects.create(name="outer")
        try:
            with transaction.atomic():
                Label.objects.create(name="inner")
                Label.objects.create(name="outer")
        except IntegrityError as e:
            print("  inner rolled back", e.__cause__.pgcode)
        with transaction.atomic():
            Label.objects.create(name="kept")
            sid = transaction.savepoint()
            Label.objects.create(name="dropped")
            transaction.savepoint_rollback(sid)
    return list(Label.objects.filter(name__in=["outer", "inner", "kept", "dropped"]).order_by("name").values_list("name", flat=True))


show("savepoints", savepoints)


def integrity(fn):
    try:
        with transaction.atomic():
            fn()
        return "no error"
    except IntegrityError as e:
        return (e.__cause__.pgcode, e.__cause__.diag.constraint_name)


show("unique_together", lambda: integrity(lambda: P.create(code=uuid.UUID(int=99), name="apple", category=fruit, price=1, added=datetime.date(2024, 1, 1), created=utc(2024, 1, 1))))
show("check", lambda: integrity(lambda: P.filter(name="lemon").update(stock=F("stock") - 100)))
show("partial unique", lambda: integrity(lambda: P.create(code=uuid.UUID(int=1), name="apple2", category=fruit, price=1, added=datetime.date(2024, 1, 1), created=utc(2024, 1, 1))))
show("partial unique inactive", lambda: integrity(lambda: P.create(code=uuid.UUID(int=1), name="old apple", category=fruit, price=1, active=False, added=datetime.date(2024, 1, 1), created=utc(2024, 1, 1))))
show("fk", lambda: integrity(lambda: OrderLine.objects.create(order=o1, product_id=9999, qty=1, unit_price=1)))
show("not null", lambda: integrity(lambda: Supplier.objects.create(name=None, country="XX")))

# contrib.postgres aggregates, arrays, JSON.
show("array_agg", lambda: list(Category.objects.annotate(ns=ArrayAgg("products__name", ordering="products__name")).order_by("name").values_list("name", "ns")))
show("string_agg", lambda: P.aggregate(s=StringAgg("name", delimiter=", ", ordering="-name")))
show("string_agg distinct", lambda: P.aggregate(s=StringAgg("supplier__country", delimiter="|", distinct=True)))
show("bool_and", lambda: list(Category.objects.annotate(all_stocked=BoolAnd(Q(products__stock__gt=0))).order_by("name").values_list("name", "all_stocked")))
show("jsonb_agg", lambda: Order.objects.filter(customer="ann").aggregate(j=JSONBAgg("placed", ordering="placed")))
show("jsonb_agg attrs", lambda: P.filter(category=citrus).aggregate(j=JSONBAgg("attrs", ordering="name")))
show("array contains", lambda: names(P.filter(tags__contains=["yellow"])))
show("array contained_by", lambda: names(P.filter(tags__contained_by=["yellow", "sour", "green", "red", "sweet"])))
show("array overlap", lambda: names(P.filter(tags__overlap=["root", "steel"])))
show("array len", lambda: names(P.filter(tags__len=2)))
show("array len 0", lambda: names(P.filter(tags__len=0)))
show("array index", lambda: names(P.filter(tags__0="yellow")))
show("array slice", lambda: list(P.filter(tags__1__isnull=False).order_by("name").values_list("name", "tags__0_1")))
show("array values", lambda: list(P.order_by("name").values_list("tags", flat=True)))
# A tag cloud: GROUP BY the set-returning unnest() of the select list.
show("tag cloud", lambda: list(P.annotate(tag=Func(F("tags"), function="unnest")).values("tag").annotate(n=Count("id")).order_by("-n", "tag").values_list("tag", "n")))
P.filter(name="orange").update(tags=["citrus", "juicy"])
show("array update", lambda: P.get(name="orange").tags)
show("json key", lambda: names(P.filter(attrs__grade="A")))
show("json nested", lambda: names(P.filter(attrs__origin__country__in=["ES", "EC"])))
show("json isnull key", lambda: names(P.filter(attrs__grade__isnull=True)))
show("json null value", lambda: names(P.filter(attrs__grade=None)))
show("json has_keys", lambda: names(P.filter(attrs__has_keys=["weight", "grade"])))
show("json has_any_keys", lambda: names(P.filter(attrs__has_any_keys=["origin", "checked"])))
show("json icontains", lambda: names(P.filter(attrs__origin__country__icontains="e")))
show("json gt", lambda: names(P.filter(attrs__weight__gt=100)))
show("key text", lambda: list(P.annotate(g=KeyTextTransform("grade", "attrs")).filter(g__isnull=False).order_by("name").values_list("name", "g")))
show("key values", lambda: list(P.order_by("name").values_list("attrs__origin__country", "attrs__weight")))
show("json order", lambda: list(P.filter(attrs__weight__isnull=False).order_by("-attrs__weight").values_list("name", flat=True)))
show("json exact", lambda: names(P.filter(attrs={})))


def json_number_compared():
    with connection.cursor() as c:
        c.execute("SELECT name FROM s33d_product WHERE attrs -> 'weight' > %s", [100])
        return c.fetchall()


# A raw comparison of a jsonb key with a number has no operator in PostgreSQL (42883).
show("json key vs number", json_number_compared)

# Raw SQL.
show("raw", lambda: [(p.name, p.price) for p in P.raw("SELECT id, name, price FROM s33d_product WHERE price > %s ORDER BY name", [1])])
show("raw translations", lambda: [p.title for p in P.raw("SELECT id, name AS title FROM s33d_product WHERE name LIKE %s ORDER BY id", ["%e%"])])


def cursor_params():
    with connection.cursor() as c:
        c.execute("SELECT name, stock FROM s33d_product WHERE stock BETWEEN %s AND %s AND name <> %s ORDER BY stock", [5, 60, "apple"])
        rows = c.fetchall()
        c.execute("SELECT %(n)s::int + 1, %(s)s || '!', %(d)s::date + 1, %(t)s", {"n": 41, "s": "hi", "d": datetime.date(2024, 2, 28), "t": utc(2024, 1, 1, 12)})
        rows.append(c.fetchone())
        c.execute("UPDATE s33d_product SET active = %s WHERE stock = %s", [False, 0])
        rows.append(c.rowcount)
        c.execute("SELECT count(*) FROM s33d_product WHERE name = ANY(%s)", [["apple", "lemon", "nope"]])
        rows.append(c.fetchone())
        return rows


show("cursor", cursor_params)
show("cursor error", lambda: connection.cursor().execute("SELECT * FROM s33d_missing"))
show("explain", lambda: bool(P.filter(stock__gt=1).explain()))

# Pagination.
pages = Paginator(P.order_by("name"), 3)
show("pages", lambda: (pages.count, pages.num_pages, [p.name for p in pages.page(2)], [p.name for p in pages.page(3)]))
show("slice", lambda: list(P.order_by("-stock").values_list("name", flat=True)[2:4]))
show("first last", lambda: (P.order_by("price").first().name, P.order_by("price").last().name))
show("exists()", lambda: (P.filter(stock__gt=1000).exists(), P.filter(stock__gt=1).exists()))
show("in_bulk", lambda: sorted((k, v.name) for k, v in P.in_bulk([by["apple"].id, by["lemon"].id]).items()))
show("dates", lambda: list(P.dates("added", "month")))
show("datetimes", lambda: list(P.datetimes("created", "year")))

# Deletes: PROTECT, CASCADE, SET_NULL.
try:
    fruit.delete()
except ProtectedError as e:
    print("protected", sorted(o.name for o in e.protected_objects))
try:
    by["apple"].delete()
except ProtectedError as e:
    print("protected line", len(e.protected_objects))
show("delete order", lambda: o1.delete())
show("lines left", lambda: OrderLine.objects.count())
show("delete supplier", lambda: acme.delete())
show("set null", lambda: names(P.filter(supplier__isnull=True)))
show("delete parent", lambda: Category.objects.filter(name="Tools").delete() if not P.filter(category=tools).exists() else "has products")
show("delete citrus parent", lambda: Category.objects.filter(pk=fruit.pk).update(name="Fruits"))
show("delete m2m", lambda: Label.objects.filter(name="promo").delete())
show("labels left", lambda: [(p.name, sorted(l.name for l in p.labels.all())) for p in P.prefetch_related("labels").filter(labels__isnull=False).distinct().order_by("name")])

with connection.cursor() as c:
    c.execute("DROP TABLE s33d_orderline, s33d_order, s33d_product_labels, s33d_product, s33d_label, s33d_supplier, s33d_category CASCADE")
    c.execute("DROP TABLE django_content_type, django_migrations")
    c.execute("DROP EXTENSION pgcrypto")
print("done")
