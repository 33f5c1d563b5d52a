-- The thirty-third session's Django sweep: what Django 3.2's ORM sends after `migrate`
-- (test/clients/django_orm_app.py, logged by PostgreSQL with log_statement = 'all'): syncdb's
-- tables with deferrable foreign keys, a partial unique index and a check; bulk_create (with
-- ignore_conflicts), field lookups (iexact, icontains, regex, date/year/month/week_day/quarter/hour
-- in Europe/Berlin), F() updates, Q objects, aggregates with FILTER and DISTINCT, Subquery/Exists,
-- Case/When, Coalesce/Greatest/Least/Concat/Substr/Cast, TruncDate/TruncMonth/Extract in zones,
-- window functions, DISTINCT ON, UNION/INTERSECT/EXCEPT, prefetches, iterator()'s cursors,
-- bulk_update, update_or_create, select_for_update(skip_locked, of, nowait), nested atomic
-- blocks' savepoints, IntegrityErrors, contrib.postgres aggregates and ArrayField lookups, JSONField
-- key transforms, raw SQL, pagination and cascading deletes; then the general forms behind them,
-- wrong inputs among them.
BEGIN;
CREATE TABLE "s33d_category" ("id" bigserial NOT NULL PRIMARY KEY, "name" varchar(40) NOT NULL UNIQUE, "parent_id" bigint NULL);
CREATE TABLE "s33d_supplier" ("id" bigserial NOT NULL PRIMARY KEY, "name" varchar(40) NOT NULL, "country" varchar(2) NOT NULL);
CREATE TABLE "s33d_label" ("id" bigserial NOT NULL PRIMARY KEY, "name" varchar(20) NOT NULL UNIQUE);
CREATE TABLE "s33d_product" ("id" bigserial NOT NULL PRIMARY KEY, "code" uuid NOT NULL, "name" varchar(60) NOT NULL, "category_id" bigint NOT NULL, "supplier_id" bigint NULL, "price" numeric(8, 2) NOT NULL, "stock" integer NOT NULL, "active" boolean NOT NULL, "tags" varchar(20)[] NOT NULL, "attrs" jsonb NOT NULL, "added" date NOT NULL, "created" timestamp with time zone NOT NULL, CONSTRAINT "s33d_stock_nonneg" CHECK ("stock" >= 0));
CREATE TABLE "s33d_product_labels" ("id" bigserial NOT NULL PRIMARY KEY, "product_id" bigint NOT NULL, "label_id" bigint NOT NULL);
CREATE TABLE "s33d_order" ("id" bigserial NOT NULL PRIMARY KEY, "customer" varchar(40) NOT NULL, "placed" timestamp with time zone NOT NULL);
CREATE TABLE "s33d_orderline" ("id" bigserial NOT NULL PRIMARY KEY, "order_id" bigint NOT NULL, "product_id" bigint NOT NULL, "qty" integer NOT NULL, "unit_price" numeric(8, 2) NOT NULL);
ALTER TABLE "s33d_category" ADD CONSTRAINT "s33d_category_parent_id_6908e3b9_fk_s33d_category_id" FOREIGN KEY ("parent_id") REFERENCES "s33d_category" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "s33d_category_name_46108715_like" ON "s33d_category" ("name" varchar_pattern_ops);
CREATE INDEX "s33d_category_parent_id_6908e3b9" ON "s33d_category" ("parent_id");
CREATE INDEX "s33d_label_name_60138593_like" ON "s33d_label" ("name" varchar_pattern_ops);
ALTER TABLE "s33d_product" ADD CONSTRAINT "s33d_product_category_id_name_45bc24da_uniq" UNIQUE ("category_id", "name");
ALTER TABLE "s33d_product" ADD CONSTRAINT "s33d_product_category_id_1841964b_fk_s33d_category_id" FOREIGN KEY ("category_id") REFERENCES "s33d_category" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "s33d_product" ADD CONSTRAINT "s33d_product_supplier_id_9393ae6f_fk_s33d_supplier_id" FOREIGN KEY ("supplier_id") REFERENCES "s33d_supplier" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE UNIQUE INDEX "s33d_active_code" ON "s33d_product" ("code") WHERE "active";
CREATE INDEX "s33d_product_category_id_1841964b" ON "s33d_product" ("category_id");
CREATE INDEX "s33d_product_supplier_id_9393ae6f" ON "s33d_product" ("supplier_id");
ALTER TABLE "s33d_product_labels" ADD CONSTRAINT "s33d_product_labels_product_id_label_id_47d97adf_uniq" UNIQUE ("product_id", "label_id");
ALTER TABLE "s33d_product_labels" ADD CONSTRAINT "s33d_product_labels_product_id_67457eba_fk_s33d_product_id" FOREIGN KEY ("product_id") REFERENCES "s33d_product" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "s33d_product_labels" ADD CONSTRAINT "s33d_product_labels_label_id_b0ccaecb_fk_s33d_label_id" FOREIGN KEY ("label_id") REFERENCES "s33d_label" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "s33d_product_labels_product_id_67457eba" ON "s33d_product_labels" ("product_id");
CREATE INDEX "s33d_product_labels_label_id_b0ccaecb" ON "s33d_product_labels" ("label_id");
ALTER TABLE "s33d_orderline" ADD CONSTRAINT "s33d_orderline_order_id_31ba0924_fk_s33d_order_id" FOREIGN KEY ("order_id") REFERENCES "s33d_order" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "s33d_orderline" ADD CONSTRAINT "s33d_orderline_product_id_cdef5be1_fk_s33d_product_id" FOREIGN KEY ("product_id") REFERENCES "s33d_product" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "s33d_orderline_order_id_31ba0924" ON "s33d_orderline" ("order_id");
CREATE INDEX "s33d_orderline_product_id_cdef5be1" ON "s33d_orderline" ("product_id");
COMMIT;
INSERT INTO "s33d_category" ("name", "parent_id") VALUES ('Fruit', NULL) RETURNING "s33d_category"."id";
INSERT INTO "s33d_category" ("name", "parent_id") VALUES ('Vegetables', NULL) RETURNING "s33d_category"."id";
INSERT INTO "s33d_category" ("name", "parent_id") VALUES ('Citrus', 1) RETURNING "s33d_category"."id";
INSERT INTO "s33d_category" ("name", "parent_id") VALUES ('Tools', NULL) RETURNING "s33d_category"."id";
INSERT INTO "s33d_supplier" ("name", "country") VALUES ('Acme', 'NZ') RETURNING "s33d_supplier"."id";
INSERT INTO "s33d_supplier" ("name", "country") VALUES ('Verde', 'ES') RETURNING "s33d_supplier"."id";
INSERT INTO "s33d_label" ("name") VALUES ('organic'), ('local'), ('promo') RETURNING "s33d_label"."id";
INSERT INTO "s33d_product" ("code", "name", "category_id", "supplier_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000001'::uuid, 'apple', 1, 1, 1.20, 50, true, ARRAY['red','sweet']::varchar(20)[], '{"weight": 150, "origin": {"country": "NZ"}, "grade": "A"}', '2024-01-15'::date, '2024-01-15T23:30:00+00:00'::timestamptz), ('00000000-0000-0000-0000-000000000002'::uuid, 'Banana', 1, 2, 0.95, 120, true, ARRAY['yellow']::varchar(20)[], '{"weight": 120, "origin": {"country": "EC"}}', '2024-02-29'::date, '2024-02-29T08:00:00+00:00'::timestamptz), ('00000000-0000-0000-0000-000000000003'::uuid, 'lemon', 3, 2, 0.40, 0, true, ARRAY['yellow','sour']::varchar(20)[], '{"weight": 90, "grade": "B"}', '2024-03-31'::date, '2024-03-31T00:30:00+00:00'::timestamptz), ('00000000-0000-0000-0000-000000000004'::uuid, 'orange', 3, NULL, 0.75, 30, true, '{}'::varchar(20)[], '{"weight": 200, "origin": {"country": "ES"}}', '2024-06-01'::date, '2024-05-31T22:15:00+00:00'::timestamptz), ('00000000-0000-0000-0000-000000000005'::uuid, 'carrot', 2, 1, 0.30, 500, true, ARRAY['orange','root']::varchar(20)[], '{"weight": 60}', '2024-10-27'::date, '2024-10-27T01:30:00+00:00'::timestamptz), ('00000000-0000-0000-0000-000000000006'::uuid, 'Leek', 2, NULL, 1.10, 15, true, ARRAY['green']::varchar(20)[], '{}', '2024-12-31'::date, '2024-12-31T23:59:59+00:00'::timestamptz), ('00000000-0000-0000-0000-000000000007'::uuid, 'hammer', 4, 1, 12.50, 7, true, ARRAY['steel']::varchar(20)[], '{"weight": 800, "grade": null}', '2023-07-04'::date, '2023-07-04T12:00:00+00:00'::timestamptz) RETURNING "s33d_product"."id";
INSERT INTO "s33d_product_labels" ("product_id", "label_id") VALUES (1, 1), (1, 3) ON CONFLICT DO NOTHING;
INSERT INTO "s33d_product_labels" ("product_id", "label_id") VALUES (2, 1) ON CONFLICT DO NOTHING;
INSERT INTO "s33d_product_labels" ("product_id", "label_id") VALUES (5, 1), (5, 2) ON CONFLICT DO NOTHING;
INSERT INTO "s33d_product_labels" ("product_id", "label_id") VALUES (7, 3) ON CONFLICT DO NOTHING;
INSERT INTO "s33d_order" ("customer", "placed") VALUES ('ann', '2024-03-01T10:00:00+00:00'::timestamptz) RETURNING "s33d_order"."id";
INSERT INTO "s33d_order" ("customer", "placed") VALUES ('bob', '2024-03-02T23:30:00+00:00'::timestamptz) RETURNING "s33d_order"."id";
INSERT INTO "s33d_order" ("customer", "placed") VALUES ('ann', '2024-04-05T06:45:00+00:00'::timestamptz) RETURNING "s33d_order"."id";
INSERT INTO "s33d_orderline" ("order_id", "product_id", "qty", "unit_price") VALUES (1, 1, 3, 1.20), (1, 3, 10, 0.40), (2, 1, 1, 1.10), (2, 7, 1, 12.50), (3, 5, 20, 0.30) RETURNING "s33d_orderline"."id";
SELECT COUNT(*) AS "__count" FROM "s33d_product";
SELECT "s33d_product"."name" FROM "s33d_product" WHERE UPPER("s33d_product"."name"::text) = UPPER('BANANA') ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE UPPER("s33d_product"."name"::text) LIKE UPPER('%E%') ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."name"::text LIKE '%\%%' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."stock" IN (0, 7, 15) ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."price" BETWEEN 0.40 AND 1.10 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."supplier_id" IS NULL ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."name"::text ~ '^[a-c].*e$' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."name"::text ~* '^(b|l)' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."created" AT TIME ZONE 'Europe/Berlin')::date = '2024-01-16'::date ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."created" BETWEEN '2025-01-01T00:00:00+01:00'::timestamptz AND '2025-12-31T23:59:59.999999+01:00'::timestamptz ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."added" BETWEEN '2024-01-01'::date AND '2024-12-31'::date ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE EXTRACT('month' FROM "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') = 6 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE EXTRACT('dow' FROM "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') + 1 = 1 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE EXTRACT('isodow' FROM "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') = 7 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE EXTRACT('quarter' FROM "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') = 2 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE EXTRACT('hour' FROM "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') >= 20 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE EXTRACT('week' FROM "s33d_product"."added") = 1 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."created" AT TIME ZONE 'Europe/Berlin')::date BETWEEN '2024-03-31'::date AND '2024-06-01'::date ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id") INNER JOIN "s33d_category" T3 ON ("s33d_category"."parent_id" = T3."id") WHERE T3."name" = 'Fruit' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" INNER JOIN "s33d_product_labels" ON ("s33d_product"."id" = "s33d_product_labels"."product_id") INNER JOIN "s33d_label" ON ("s33d_product_labels"."label_id" = "s33d_label"."id") WHERE "s33d_label"."name" = 'organic' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."stock" > ("s33d_product"."price" * 10) ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."stock" = 0 OR "s33d_product"."price" > 10) ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id") WHERE (NOT ("s33d_category"."name" = 'Fruit') AND "s33d_product"."active") ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") WHERE ("s33d_product"."tags" @> ARRAY['yellow']::varchar(20)[] AND ("s33d_product"."price" < 0.5 OR "s33d_supplier"."country" = 'ES')) ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") WHERE NOT ("s33d_supplier"."country" = 'ES' AND "s33d_supplier"."country" IS NOT NULL) ORDER BY "s33d_product"."name" ASC;
UPDATE "s33d_product" SET "stock" = ("s33d_product"."stock" - 1) WHERE "s33d_product"."name" = 'apple';
UPDATE "s33d_product" SET "price" = ("s33d_product"."price" * 1.10), "stock" = ("s33d_product"."stock" + 5) WHERE "s33d_product"."category_id" = 3;
SELECT "s33d_product"."name", "s33d_product"."stock", "s33d_product"."price" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
UPDATE "s33d_product" SET "stock" = ("s33d_product"."stock" + 1) WHERE "s33d_product"."id" = 7;
SELECT COUNT("s33d_product"."id") AS "n", SUM("s33d_product"."stock") AS "total", AVG("s33d_product"."price") AS "avg", MIN("s33d_product"."price") AS "lo", MAX("s33d_product"."created") AS "hi" FROM "s33d_product";
SELECT SUM("s33d_product"."stock") AS "total", AVG("s33d_product"."price") AS "avg", COUNT("s33d_product"."id") AS "n" FROM "s33d_product" WHERE "s33d_product"."stock" < 0;
SELECT COUNT(DISTINCT "s33d_product"."supplier_id") AS "n" FROM "s33d_product";
SELECT "s33d_category"."name", COUNT("s33d_product"."id") AS "n" FROM "s33d_category" LEFT OUTER JOIN "s33d_product" ON ("s33d_category"."id" = "s33d_product"."category_id") GROUP BY "s33d_category"."id" ORDER BY "s33d_category"."name" ASC;
SELECT "s33d_category"."name", COUNT("s33d_product"."id") FILTER (WHERE "s33d_product"."stock" > 20) AS "n", SUM("s33d_product"."stock") AS "s" FROM "s33d_category" LEFT OUTER JOIN "s33d_product" ON ("s33d_category"."id" = "s33d_product"."category_id") GROUP BY "s33d_category"."id" ORDER BY "s33d_category"."name" ASC;
SELECT "s33d_category"."name", COUNT("s33d_product"."id") AS "n", AVG("s33d_product"."stock") AS "avg" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id") GROUP BY "s33d_category"."name" ORDER BY "s33d_category"."name" ASC;
SELECT "s33d_supplier"."name", COUNT("s33d_product"."id") AS "n" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") GROUP BY "s33d_supplier"."name" HAVING COUNT("s33d_product"."id") >= 2 ORDER BY "s33d_supplier"."name" ASC;
SELECT "s33d_order"."customer", SUM(("s33d_orderline"."qty" * "s33d_orderline"."unit_price")) AS "total" FROM "s33d_order" LEFT OUTER JOIN "s33d_orderline" ON ("s33d_order"."id" = "s33d_orderline"."order_id") GROUP BY "s33d_order"."id" ORDER BY "s33d_order"."id" ASC;
SELECT "s33d_product"."name", COUNT(DISTINCT "s33d_product_labels"."label_id") AS "nl", COUNT(DISTINCT "s33d_orderline"."id") AS "no" FROM "s33d_product" LEFT OUTER JOIN "s33d_product_labels" ON ("s33d_product"."id" = "s33d_product_labels"."product_id") LEFT OUTER JOIN "s33d_orderline" ON ("s33d_product"."id" = "s33d_orderline"."product_id") GROUP BY "s33d_product"."id" HAVING COUNT(DISTINCT "s33d_product_labels"."label_id") > 0 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", (SELECT U0."unit_price" FROM "s33d_orderline" U0 INNER JOIN "s33d_order" ON (U0."order_id" = "s33d_order"."id") WHERE U0."product_id" = "s33d_product"."id" ORDER BY "s33d_order"."placed" DESC LIMIT 1) AS "last" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE EXISTS(SELECT (1) AS "a" FROM "s33d_orderline" U0 WHERE U0."product_id" = "s33d_product"."id" LIMIT 1) ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE NOT EXISTS(SELECT (1) AS "a" FROM "s33d_orderline" U0 WHERE U0."product_id" = "s33d_product"."id" LIMIT 1) ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."id" IN (SELECT U0."product_id" FROM "s33d_orderline" U0 WHERE U0."qty" >= 10) ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", CASE WHEN "s33d_product"."stock" = 0 THEN 'out' WHEN "s33d_product"."stock" < 20 THEN 'low' ELSE 'ok' END AS "level" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT SUM(CASE WHEN "s33d_product"."price" < 1 THEN 1 ELSE 0 END) AS "cheap" FROM "s33d_product";
SELECT "s33d_product"."name", COALESCE("s33d_supplier"."name", '-') AS "s" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", GREATEST("s33d_product"."stock", 20) AS "g", LEAST("s33d_product"."price", 1.00) AS "l" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT CONCAT("s33d_product"."name", CONCAT(' (', CONCAT("s33d_category"."name", ')'))) AS "label" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id") ORDER BY "s33d_product"."name" ASC;
SELECT LOWER("s33d_product"."name") AS "lo", UPPER("s33d_product"."name") AS "up", LENGTH("s33d_product"."name") AS "n", SUBSTRING("s33d_product"."name", 2, 3) AS "s" FROM "s33d_product" ORDER BY "lo" ASC;
-- SHA256() and SHA1(), after the CryptoExtension() migration.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
-- @must
SELECT ENCODE(DIGEST("s33d_product"."name", 'sha256'), 'hex') AS "h", ENCODE(DIGEST(LOWER("s33d_product"."name"), 'sha1'), 'hex') AS "s" FROM "s33d_product" WHERE "s33d_product"."name" IN ('apple', 'Leek') ORDER BY "s33d_product"."name" ASC;
-- @must
SELECT DIGEST("s33d_product"."name", 'sha257') FROM "s33d_product";
DROP EXTENSION pgcrypto;
SELECT CAST("s33d_product"."price" AS integer) AS "p", CAST("s33d_product"."stock" AS varchar) AS "s" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", ("s33d_product"."created" AT TIME ZONE 'Europe/Berlin')::date AS "d" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", DATE_TRUNC('month', "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') AS "m" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", DATE_TRUNC('month', "s33d_product"."created" AT TIME ZONE 'UTC') AS "m" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", EXTRACT('year' FROM "s33d_product"."created" AT TIME ZONE 'UTC') AS "y", EXTRACT('year' FROM "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') AS "y2" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT DATE_TRUNC('month', "s33d_order"."placed" AT TIME ZONE 'Europe/Berlin') AS "m", COUNT("s33d_order"."id") AS "n" FROM "s33d_order" GROUP BY DATE_TRUNC('month', "s33d_order"."placed" AT TIME ZONE 'Europe/Berlin') ORDER BY "m" ASC;
SELECT "s33d_product"."name", RANK() OVER (PARTITION BY "s33d_product"."category_id" ORDER BY "s33d_product"."price" DESC) AS "r" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id") ORDER BY "s33d_category"."name" ASC, "r" ASC, "s33d_product"."name" ASC;
SELECT "s33d_product"."name", ROW_NUMBER() OVER (ORDER BY "s33d_product"."added" ASC, "s33d_product"."name" ASC) AS "r" FROM "s33d_product" ORDER BY "r" ASC;
SELECT "s33d_product"."name", LAG("s33d_product"."name", 1) OVER (ORDER BY "s33d_product"."created" ASC) AS "prev" FROM "s33d_product" ORDER BY "s33d_product"."created" ASC;
SELECT "s33d_product"."name", SUM("s33d_product"."stock") OVER (ORDER BY "s33d_product"."name" ASC) AS "run" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT DISTINCT ON ("s33d_product"."category_id") "s33d_product"."name" FROM "s33d_product" ORDER BY "s33d_product"."category_id" ASC, "s33d_product"."price" DESC;
SELECT DISTINCT "s33d_supplier"."country" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") ORDER BY "s33d_supplier"."country" ASC;
(SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."price" < 1) UNION (SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."stock" >= 30);
(SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."price" < 1) UNION ALL (SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."stock" >= 30) ORDER BY (1) ASC;
(SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."price" < 1) INTERSECT (SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."stock" >= 30);
(SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."price" < 1) EXCEPT (SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."stock" >= 30);
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created", "s33d_category"."id", "s33d_category"."name", "s33d_category"."parent_id", T3."id", T3."name", T3."parent_id", "s33d_supplier"."id", "s33d_supplier"."name", "s33d_supplier"."country" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id") LEFT OUTER JOIN "s33d_category" T3 ON ("s33d_category"."parent_id" = T3."id") LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT ("s33d_product_labels"."product_id") AS "_prefetch_related_val_product_id", "s33d_label"."id", "s33d_label"."name" FROM "s33d_label" INNER JOIN "s33d_product_labels" ON ("s33d_label"."id" = "s33d_product_labels"."label_id") WHERE "s33d_product_labels"."product_id" IN (2, 6, 1, 5, 7, 3, 4);
SELECT "s33d_order"."id", "s33d_order"."customer", "s33d_order"."placed" FROM "s33d_order" ORDER BY "s33d_order"."id" ASC;
SELECT "s33d_orderline"."id", "s33d_orderline"."order_id", "s33d_orderline"."product_id", "s33d_orderline"."qty", "s33d_orderline"."unit_price" FROM "s33d_orderline" WHERE "s33d_orderline"."order_id" IN (1, 2, 3);
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" WHERE "s33d_product"."id" IN (1, 3, 5, 7);
DECLARE "_django_curs_1_sync_1" NO SCROLL CURSOR WITH HOLD FOR SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" ORDER BY "s33d_product"."price" DESC;
FETCH FORWARD 3 FROM "_django_curs_1_sync_1";
FETCH FORWARD 3 FROM "_django_curs_1_sync_1";
FETCH FORWARD 3 FROM "_django_curs_1_sync_1";
FETCH FORWARD 3 FROM "_django_curs_1_sync_1";
CLOSE "_django_curs_1_sync_1";
DECLARE "_django_curs_1_sync_2" NO SCROLL CURSOR WITHOUT HOLD FOR SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" WHERE "s33d_product"."active" ORDER BY "s33d_product"."id" ASC;
FETCH FORWARD 2 FROM "_django_curs_1_sync_2";
FETCH FORWARD 2 FROM "_django_curs_1_sync_2";
FETCH FORWARD 2 FROM "_django_curs_1_sync_2";
FETCH FORWARD 2 FROM "_django_curs_1_sync_2";
FETCH FORWARD 2 FROM "_django_curs_1_sync_2";
CLOSE "_django_curs_1_sync_2";
INSERT INTO "s33d_label" ("name") VALUES ('organic'), ('fresh') ON CONFLICT DO NOTHING;
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" WHERE "s33d_product"."category_id" = 2 ORDER BY "s33d_product"."name" ASC;
UPDATE "s33d_product" SET "stock" = CAST(CASE WHEN ("s33d_product"."id" = 6) THEN 16 ELSE NULL END AS integer), "attrs" = CAST(CASE WHEN ("s33d_product"."id" = 6) THEN '{"checked": true}' ELSE NULL END AS jsonb) WHERE "s33d_product"."id" IN (6);
UPDATE "s33d_product" SET "stock" = CAST(CASE WHEN ("s33d_product"."id" = 5) THEN 501 ELSE NULL END AS integer), "attrs" = CAST(CASE WHEN ("s33d_product"."id" = 5) THEN '{"weight": 60, "checked": true}' ELSE NULL END AS jsonb) WHERE "s33d_product"."id" IN (5);
SELECT "s33d_product"."name", "s33d_product"."stock", "s33d_product"."attrs" FROM "s33d_product" WHERE "s33d_product"."category_id" = 2 ORDER BY "s33d_product"."name" ASC;
INSERT INTO "s33d_label" ("name") VALUES ('seasonal') RETURNING "s33d_label"."id";
SELECT "s33d_supplier"."id", "s33d_supplier"."name", "s33d_supplier"."country" FROM "s33d_supplier" WHERE "s33d_supplier"."name" = 'Verde' LIMIT 21 FOR UPDATE;
UPDATE "s33d_supplier" SET "name" = 'Verde', "country" = 'PT' WHERE "s33d_supplier"."id" = 2;
BEGIN;
SELECT "s33d_supplier"."id", "s33d_supplier"."name", "s33d_supplier"."country" FROM "s33d_supplier" WHERE "s33d_supplier"."name" = 'Nord' LIMIT 21 FOR UPDATE;
SAVEPOINT "s1_x1";
INSERT INTO "s33d_supplier" ("name", "country") VALUES ('Nord', 'NO') RETURNING "s33d_supplier"."id";
RELEASE SAVEPOINT "s1_x1";
COMMIT;
BEGIN;
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created", "s33d_category"."id", "s33d_category"."name", "s33d_category"."parent_id" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id") WHERE "s33d_product"."stock" > 100 ORDER BY "s33d_product"."id" ASC FOR UPDATE OF "s33d_product" SKIP LOCKED;
COMMIT;
BEGIN;
SELECT "s33d_order"."customer" FROM "s33d_order" ORDER BY "s33d_order"."id" ASC FOR UPDATE NOWAIT;
COMMIT;
BEGIN;
INSERT INTO "s33d_label" ("name") VALUES ('outer') RETURNING "s33d_label"."id";
SAVEPOINT "s1_x2";
INSERT INTO "s33d_label" ("name") VALUES ('inner') RETURNING "s33d_label"."id";
INSERT INTO "s33d_label" ("name") VALUES ('outer') RETURNING "s33d_label"."id";
ROLLBACK TO SAVEPOINT "s1_x2";
RELEASE SAVEPOINT "s1_x2";
SAVEPOINT "s1_x3";
INSERT INTO "s33d_label" ("name") VALUES ('kept') RETURNING "s33d_label"."id";
SAVEPOINT "s1_x4";
INSERT INTO "s33d_label" ("name") VALUES ('dropped') RETURNING "s33d_label"."id";
ROLLBACK TO SAVEPOINT "s1_x4";
RELEASE SAVEPOINT "s1_x3";
COMMIT;
SELECT "s33d_label"."name" FROM "s33d_label" WHERE "s33d_label"."name" IN ('outer', 'inner', 'kept', 'dropped') ORDER BY "s33d_label"."name" ASC;
BEGIN;
INSERT INTO "s33d_product" ("code", "name", "category_id", "supplier_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000063'::uuid, 'apple', 1, NULL, 1, 0, true, '{}'::varchar(20)[], '{}', '2024-01-01'::date, '2024-01-01T00:00:00+00:00'::timestamptz) RETURNING "s33d_product"."id";
ROLLBACK;
BEGIN;
UPDATE "s33d_product" SET "stock" = ("s33d_product"."stock" - 100) WHERE "s33d_product"."name" = 'lemon';
ROLLBACK;
BEGIN;
INSERT INTO "s33d_product" ("code", "name", "category_id", "supplier_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000001'::uuid, 'apple2', 1, NULL, 1, 0, true, '{}'::varchar(20)[], '{}', '2024-01-01'::date, '2024-01-01T00:00:00+00:00'::timestamptz) RETURNING "s33d_product"."id";
ROLLBACK;
BEGIN;
INSERT INTO "s33d_product" ("code", "name", "category_id", "supplier_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000001'::uuid, 'old apple', 1, NULL, 1, 0, false, '{}'::varchar(20)[], '{}', '2024-01-01'::date, '2024-01-01T00:00:00+00:00'::timestamptz) RETURNING "s33d_product"."id";
COMMIT;
BEGIN;
INSERT INTO "s33d_orderline" ("order_id", "product_id", "qty", "unit_price") VALUES (1, 9999, 1, 1) RETURNING "s33d_orderline"."id";
COMMIT;
BEGIN;
INSERT INTO "s33d_supplier" ("name", "country") VALUES (NULL, 'XX') RETURNING "s33d_supplier"."id";
ROLLBACK;
SELECT "s33d_category"."name", ARRAY_AGG("s33d_product"."name" ORDER BY "s33d_product"."name") AS "ns" FROM "s33d_category" LEFT OUTER JOIN "s33d_product" ON ("s33d_category"."id" = "s33d_product"."category_id") GROUP BY "s33d_category"."id" ORDER BY "s33d_category"."name" ASC;
SELECT STRING_AGG("s33d_product"."name", ', ' ORDER BY "s33d_product"."name" DESC) AS "s" FROM "s33d_product";
SELECT STRING_AGG(DISTINCT "s33d_supplier"."country", '|' ) AS "s" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id");
SELECT "s33d_category"."name", BOOL_AND("s33d_product"."stock" > 0) AS "all_stocked" FROM "s33d_category" LEFT OUTER JOIN "s33d_product" ON ("s33d_category"."id" = "s33d_product"."category_id") GROUP BY "s33d_category"."id" ORDER BY "s33d_category"."name" ASC;
SELECT JSONB_AGG("s33d_order"."placed" ORDER BY "s33d_order"."placed") AS "j" FROM "s33d_order" WHERE "s33d_order"."customer" = 'ann';
SELECT JSONB_AGG("s33d_product"."attrs" ORDER BY "s33d_product"."name") AS "j" FROM "s33d_product" WHERE "s33d_product"."category_id" = 3;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."tags" @> ARRAY['yellow']::varchar(20)[] ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."tags" <@ ARRAY['yellow', 'sour', 'green', 'red', 'sweet']::varchar(20)[] ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."tags" && ARRAY['root', 'steel']::varchar(20)[] ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE CASE WHEN "s33d_product"."tags" IS NULL THEN NULL ELSE coalesce(array_length("s33d_product"."tags", 1), 0) END = 2 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE CASE WHEN "s33d_product"."tags" IS NULL THEN NULL ELSE coalesce(array_length("s33d_product"."tags", 1), 0) END = 0 ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."tags"[1] = 'yellow' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", "s33d_product"."tags"[1:1] FROM "s33d_product" WHERE "s33d_product"."tags"[2] IS NOT NULL ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."tags" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
UPDATE "s33d_product" SET "tags" = ARRAY['citrus','juicy']::varchar(20)[] WHERE "s33d_product"."name" = 'orange';
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."attrs" -> 'grade') = '"A"' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."attrs" #> ARRAY['origin','country']) IN ('"ES"', '"EC"') ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."attrs" -> 'grade') IS NULL ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."attrs" ?& ARRAY['weight','grade'] ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."attrs" ?| ARRAY['origin','checked'] ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE UPPER(("s33d_product"."attrs" #>> ARRAY['origin','country'])::text) LIKE UPPER('%e%') ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."attrs" -> 'weight') > '100' ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name", ("s33d_product"."attrs" ->> 'grade') AS "g" FROM "s33d_product" WHERE ("s33d_product"."attrs" ->> 'grade') IS NOT NULL ORDER BY "s33d_product"."name" ASC;
SELECT ("s33d_product"."attrs" #> ARRAY['origin','country']), ("s33d_product"."attrs" -> 'weight') FROM "s33d_product" ORDER BY "s33d_product"."name" ASC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE ("s33d_product"."attrs" -> 'weight') IS NOT NULL ORDER BY ("s33d_product"."attrs" -> 'weight') DESC;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."attrs" = '{}' ORDER BY "s33d_product"."name" ASC;
SELECT id, name, price FROM s33d_product WHERE price > 1 ORDER BY name;
SELECT id, name AS title FROM s33d_product WHERE name LIKE '%e%' ORDER BY id;
SELECT name, stock FROM s33d_product WHERE stock BETWEEN 5 AND 60 AND name <> 'apple' ORDER BY stock;
UPDATE s33d_product SET active = false WHERE stock = 0;
SELECT count(*) FROM s33d_product WHERE name = ANY(ARRAY['apple','lemon','nope']);
SELECT * FROM s33d_missing;
SELECT COUNT(*) AS "__count" FROM "s33d_product";
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC LIMIT 3 OFFSET 3;
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" ORDER BY "s33d_product"."name" ASC LIMIT 2 OFFSET 6;
SELECT "s33d_product"."name" FROM "s33d_product" ORDER BY "s33d_product"."stock" DESC LIMIT 2 OFFSET 2;
SELECT (1) AS "a" FROM "s33d_product" WHERE "s33d_product"."stock" > 1 LIMIT 1;
SELECT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" WHERE "s33d_product"."id" IN (1, 3);
SELECT DISTINCT DATE_TRUNC('month', "s33d_product"."added") AS "datefield" FROM "s33d_product" WHERE "s33d_product"."added" IS NOT NULL ORDER BY "datefield" ASC;
SELECT DISTINCT DATE_TRUNC('year', "s33d_product"."created" AT TIME ZONE 'Europe/Berlin') AS "datetimefield" FROM "s33d_product" WHERE "s33d_product"."created" IS NOT NULL ORDER BY "datetimefield" ASC;
SELECT "s33d_orderline"."id", "s33d_orderline"."order_id", "s33d_orderline"."product_id", "s33d_orderline"."qty", "s33d_orderline"."unit_price" FROM "s33d_orderline" WHERE "s33d_orderline"."product_id" IN (1);
BEGIN;
DELETE FROM "s33d_orderline" WHERE "s33d_orderline"."order_id" IN (1);
DELETE FROM "s33d_order" WHERE "s33d_order"."id" IN (1);
COMMIT;
BEGIN;
UPDATE "s33d_product" SET "supplier_id" = NULL WHERE "s33d_product"."id" IN (1, 5, 7);
DELETE FROM "s33d_supplier" WHERE "s33d_supplier"."id" IN (1);
COMMIT;
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."supplier_id" IS NULL ORDER BY "s33d_product"."name" ASC;
UPDATE "s33d_category" SET "name" = 'Fruits' WHERE "s33d_category"."id" = 1;
SELECT "s33d_label"."id", "s33d_label"."name" FROM "s33d_label" WHERE "s33d_label"."name" = 'promo';
BEGIN;
DELETE FROM "s33d_product_labels" WHERE "s33d_product_labels"."label_id" IN (3);
DELETE FROM "s33d_label" WHERE "s33d_label"."id" IN (3);
COMMIT;
SELECT DISTINCT "s33d_product"."id", "s33d_product"."code", "s33d_product"."name", "s33d_product"."category_id", "s33d_product"."supplier_id", "s33d_product"."price", "s33d_product"."stock", "s33d_product"."active", "s33d_product"."tags", "s33d_product"."attrs", "s33d_product"."added", "s33d_product"."created" FROM "s33d_product" INNER JOIN "s33d_product_labels" ON ("s33d_product"."id" = "s33d_product_labels"."product_id") WHERE "s33d_product_labels"."label_id" IS NOT NULL ORDER BY "s33d_product"."name" ASC;
SELECT ("s33d_product_labels"."product_id") AS "_prefetch_related_val_product_id", "s33d_label"."id", "s33d_label"."name" FROM "s33d_label" INNER JOIN "s33d_product_labels" ON ("s33d_label"."id" = "s33d_product_labels"."label_id") WHERE "s33d_product_labels"."product_id" IN (2, 1, 5);
-- The general forms behind what Django sends, wrong inputs among them.
-- Substr/Left/Right with negative or zero positions (PostgreSQL counts from the string's start).
SELECT "name", SUBSTRING("name", -1, 3), SUBSTRING("name", 0, 2), SUBSTRING("name", 4), LEFT("name", -2), RIGHT("name", -3), LEFT("name", 0) FROM "s33d_product" ORDER BY "id";
SELECT SUBSTRING('apple', 2, -1);
SELECT REPEAT("name", 2), LPAD("name", 8, '*'), RPAD("name", 3), REVERSE("name"), STRPOS("name", 'e'), REPLACE("name", 'e', 'E') FROM "s33d_product" ORDER BY "id";
-- Greatest/Least skip NULLs; Concat skips them; || does not.
SELECT "s33d_product"."name", GREATEST("s33d_product"."supplier_id", 0), LEAST("s33d_product"."supplier_id", 100), GREATEST(NULL::int, NULL), CONCAT("s33d_product"."name", NULL, '!'), "s33d_product"."name" || NULL FROM "s33d_product" ORDER BY "s33d_product"."id";
SELECT GREATEST("s33d_product"."price", "s33d_product"."stock"), LEAST("s33d_product"."added", '2024-03-01'::date), GREATEST("s33d_product"."name", 'm') FROM "s33d_product" ORDER BY "s33d_product"."id";
-- Casts Django writes for Cast(), with rounding and overflow.
SELECT CAST("s33d_product"."price" AS integer), ("s33d_product"."stock")::numeric(8, 2), CAST("s33d_product"."price" AS double precision), CAST("s33d_product"."code" AS varchar), CAST("s33d_product"."created" AS date) FROM "s33d_product" ORDER BY "s33d_product"."id";
SELECT CAST(2.5 AS integer), CAST(-2.5 AS integer), CAST(0.5::numeric AS bigint), CAST(12345678.9 AS numeric(8, 2));
SELECT CAST('abc' AS integer);
SELECT CAST('not-a-uuid' AS uuid);
SELECT CAST("s33d_product"."name" AS integer) FROM "s33d_product" ORDER BY "s33d_product"."id";
-- Math functions (Abs, Ceil, Floor, Mod, Power, Round, Sqrt, Sign).
SELECT "price", ABS("price" - 1), CEILING("price"), FLOOR("price"), MOD("stock", 7), POWER("price", 2), ROUND("price"), ROUND("price", 1), SQRT("stock"), SIGN("price" - 1) FROM "s33d_product" ORDER BY "id";
SELECT "price" / 3, "price" * "stock", "stock" / 7, "stock" % 7, "price"::float / 3 FROM "s33d_product" ORDER BY "id";
-- Variance, StdDev, BitAnd, BoolOr, Avg of integers and of decimals.
SELECT STDDEV_POP("price"), STDDEV_SAMP("stock"), VAR_POP("stock"), VAR_SAMP("price"), AVG("stock"), AVG("price"), SUM("price"), BIT_AND("stock"), BIT_OR("stock"), BOOL_OR("active") FROM "s33d_product";
SELECT "category_id", ARRAY_AGG(DISTINCT "supplier_id"), ARRAY_AGG("price" ORDER BY "price" DESC), STRING_AGG("name", ',' ORDER BY "name" COLLATE "C"), JSONB_AGG(DISTINCT "active") FROM "s33d_product" GROUP BY "category_id" ORDER BY "category_id";
SELECT STRING_AGG(DISTINCT "name", ',' ORDER BY "stock") FROM "s33d_product";
SELECT JSONB_AGG("s33d_product"."price" ORDER BY "s33d_product"."id"), JSONB_AGG("s33d_product"."added" ORDER BY "s33d_product"."id"), JSONB_AGG("s33d_product"."tags" ORDER BY "s33d_product"."id"), JSONB_AGG("s33d_product"."code" ORDER BY "s33d_product"."id") FROM "s33d_product";
-- Trunc/Extract at other granularities, in zones, and wrong units and zones.
SELECT "name", DATE_TRUNC('week', "created" AT TIME ZONE 'Europe/Berlin'), DATE_TRUNC('quarter', "created" AT TIME ZONE 'America/New_York'), DATE_TRUNC('day', "created" AT TIME ZONE 'Asia/Kolkata'), DATE_TRUNC('hour', "created" AT TIME ZONE 'Australia/Adelaide') FROM "s33d_product" ORDER BY "id";
SELECT "name", EXTRACT('isoyear' FROM "created" AT TIME ZONE 'Europe/Berlin'), EXTRACT('week' FROM "created" AT TIME ZONE 'Europe/Berlin'), EXTRACT('minute' FROM "created" AT TIME ZONE 'Asia/Kolkata'), EXTRACT('second' FROM "created"), EXTRACT('epoch' FROM "created"), EXTRACT('doy' FROM "added") FROM "s33d_product" ORDER BY "id";
SELECT ("s33d_product"."created" AT TIME ZONE 'Europe/Berlin')::time, ("s33d_product"."created" AT TIME ZONE '+05:30'), ("s33d_product"."created" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin' FROM "s33d_product" ORDER BY "s33d_product"."id";
SELECT DATE_TRUNC('month', "s33d_product"."added"), DATE_TRUNC('year', "s33d_product"."added")::date, EXTRACT('quarter' FROM "s33d_product"."added") FROM "s33d_product" ORDER BY "s33d_product"."id";
SELECT EXTRACT('fortnight' FROM "s33d_product"."created") FROM "s33d_product";
SELECT "s33d_product"."created" AT TIME ZONE 'Mars/Olympus_Mons' FROM "s33d_product";
-- A DurationField added to a DateTimeField, and timestamps compared across zones.
UPDATE "s33d_order" SET "placed" = ("s33d_order"."placed" + '1 days 7200.000000 seconds'::interval) WHERE "s33d_order"."customer" = 'ann';
SELECT "customer", "placed", "placed" - '2024-03-01T00:00:00+01:00'::timestamptz FROM "s33d_order" ORDER BY "id";
SELECT "name" FROM "s33d_product" WHERE "created" < '2024-03-31T03:30:00+02:00'::timestamptz AND "created" >= '2024-01-15 23:30:00-00'::timestamptz ORDER BY "name";
-- Window functions with frames, defaults and the ranks Django offers.
SELECT "name", LAG("name", 1, '-') OVER (ORDER BY "id"), LEAD("stock", 2) OVER (ORDER BY "id"), FIRST_VALUE("name") OVER (PARTITION BY "category_id" ORDER BY "price" DESC), NTILE(3) OVER (ORDER BY "id"), DENSE_RANK() OVER (ORDER BY "category_id"), PERCENT_RANK() OVER (ORDER BY "stock"), CUME_DIST() OVER (ORDER BY "stock") FROM "s33d_product" ORDER BY "id";
SELECT "name", SUM("stock") OVER (ORDER BY "id" ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), AVG("price") OVER (PARTITION BY "category_id"), COUNT(*) OVER (), MAX("price") OVER (ORDER BY "id" RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM "s33d_product" ORDER BY "id";
SELECT SUM(RANK() OVER (ORDER BY "id")) FROM "s33d_product";
-- Grouping mistakes, DISTINCT ON mistakes, set-operation mistakes.
SELECT "s33d_product"."name", COUNT(*) FROM "s33d_product" GROUP BY "s33d_product"."category_id";
SELECT DISTINCT ON ("s33d_product"."category_id") "s33d_product"."name" FROM "s33d_product" ORDER BY "s33d_product"."price" DESC;
SELECT DISTINCT ON ("category_id") "category_id", "name", "stock" FROM "s33d_product" ORDER BY "category_id", "stock" DESC NULLS LAST, "name";
(SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."price" < 1) UNION (SELECT "s33d_product"."stock" FROM "s33d_product");
(SELECT "s33d_product"."name", "s33d_product"."stock" FROM "s33d_product") UNION (SELECT "s33d_label"."name", "s33d_label"."id" FROM "s33d_label") ORDER BY (2) DESC, (1) LIMIT 4;
-- Row locks Django cannot combine, and ones it can.
BEGIN;
-- @must
SELECT "s33d_product"."name" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") ORDER BY "s33d_product"."id" FOR UPDATE OF "s33d_product", "s33d_supplier";
ROLLBACK;
SELECT "s33d_product"."category_id", COUNT(*) FROM "s33d_product" GROUP BY "s33d_product"."category_id" FOR UPDATE;
SELECT DISTINCT "s33d_product"."category_id" FROM "s33d_product" FOR UPDATE;
SELECT "s33d_product"."name" FROM "s33d_product" ORDER BY "s33d_product"."id" FOR UPDATE OF "s33d_missing";
-- select_for_update() beside select_related() of a nullable key locks the LEFT JOIN's nullable side: refused; of=('self',) is not.
-- @must
SELECT "s33d_product"."name", "s33d_supplier"."name" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") ORDER BY "s33d_product"."id" FOR UPDATE;
-- @must
SELECT "s33d_product"."name", "s33d_supplier"."name" FROM "s33d_product" LEFT OUTER JOIN "s33d_supplier" ON ("s33d_product"."supplier_id" = "s33d_supplier"."id") ORDER BY "s33d_product"."id" FOR UPDATE OF "s33d_product";
SELECT "s33d_product"."name" FROM "s33d_product" WHERE "s33d_product"."stock" > 100 ORDER BY "s33d_product"."id" FOR NO KEY UPDATE OF "s33d_product" SKIP LOCKED;
-- Cursors as iterator() keeps them, and misuse of them.
DECLARE "_django_curs_2_sync_1" NO SCROLL CURSOR WITH HOLD FOR SELECT "s33d_product"."name", "s33d_product"."price" FROM "s33d_product" ORDER BY "s33d_product"."id";
FETCH FORWARD 5 FROM "_django_curs_2_sync_1";
FETCH FORWARD 5 FROM "_django_curs_2_sync_1";
FETCH BACKWARD 1 FROM "_django_curs_2_sync_1";
CLOSE "_django_curs_2_sync_1";
FETCH FORWARD 1 FROM "_django_curs_2_sync_1";
DECLARE "_django_curs_2_sync_2" NO SCROLL CURSOR WITHOUT HOLD FOR SELECT 1;
BEGIN;
DECLARE "_django_curs_2_sync_3" NO SCROLL CURSOR WITHOUT HOLD FOR SELECT "s33d_label"."name" FROM "s33d_label" ORDER BY "s33d_label"."name";
-- iterator() inside a nested atomic block that rolls back: its cursor goes with the savepoint.
SAVEPOINT "s2_x1";
DECLARE "_django_curs_2_sync_4" NO SCROLL CURSOR WITHOUT HOLD FOR SELECT "s33d_label"."id" FROM "s33d_label";
ROLLBACK TO SAVEPOINT "s2_x1";
-- @must
FETCH FORWARD 1 FROM "_django_curs_2_sync_4";
ROLLBACK TO SAVEPOINT "s2_x1";
FETCH FORWARD 1 FROM "_django_curs_2_sync_3";
DECLARE "_django_curs_2_sync_3" NO SCROLL CURSOR WITHOUT HOLD FOR SELECT 1;
ROLLBACK;
-- Deferred foreign keys (Django declares every one DEFERRABLE INITIALLY DEFERRED): the error comes at COMMIT, or at SET CONSTRAINTS ALL IMMEDIATE.
BEGIN;
INSERT INTO "s33d_orderline" ("order_id", "product_id", "qty", "unit_price") VALUES (2, 9999, 1, 1) RETURNING "s33d_orderline"."id";
SELECT COUNT(*) FROM "s33d_orderline" WHERE "product_id" = 9999;
COMMIT;
BEGIN;
INSERT INTO "s33d_orderline" ("order_id", "product_id", "qty", "unit_price") VALUES (2, 9998, 1, 1);
SET CONSTRAINTS ALL IMMEDIATE;
ROLLBACK;
BEGIN;
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
DELETE FROM "s33d_order" WHERE "id" = 2;
INSERT INTO "s33d_order" ("id", "customer", "placed") VALUES (2, 'bob', '2024-03-02T23:30:00+00:00'::timestamptz);
COMMIT;
SELECT COUNT(*) FROM "s33d_orderline" WHERE "order_id" = 2;
-- ArrayField: typmod of elements, indexes out of range, empty arrays, NULL arguments.
INSERT INTO "s33d_product" ("code", "name", "category_id", "supplier_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000064'::uuid, 'longtag', 2, NULL, 1, 0, true, ARRAY['abcdefghijklmnopqrstuvwxyz']::varchar(20)[], '{}', '2024-01-01'::date, '2024-01-01T00:00:00+00:00'::timestamptz) RETURNING "s33d_product"."tags";
INSERT INTO "s33d_product" ("code", "name", "category_id", "supplier_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000065'::uuid, 'longtag2', 2, NULL, 1, 0, true, ARRAY['abcdefghijklmnopqrstuvwxyz'], '{}', '2024-01-01'::date, '2024-01-01T00:00:00+00:00'::timestamptz);
SELECT "name", "tags"[0], "tags"[3], "tags"[2:], "tags"[:1], ARRAY_LENGTH("tags", 1), CARDINALITY("tags"), ARRAY_POSITION("tags", 'yellow'), "tags" || ARRAY['x']::varchar(20)[] FROM "s33d_product" ORDER BY "id";
-- A tag cloud: values(tag=Func(F("tags"), function="unnest")).annotate(n=Count("id")) groups by the set-returning call.
-- @must
SELECT unnest("s33d_product"."tags") AS "tag", COUNT("s33d_product"."id") AS "n" FROM "s33d_product" GROUP BY unnest("s33d_product"."tags") ORDER BY "n" DESC, "tag" ASC;
-- @must
SELECT unnest("tags"), COUNT(*) FROM "s33d_product" GROUP BY 1 ORDER BY 2 DESC, 1;
-- @must
SELECT jsonb_object_keys("attrs") AS "k", COUNT(*) FROM "s33d_product" GROUP BY "k" ORDER BY "k";
SELECT "name" FROM "s33d_product" WHERE "tags" @> ARRAY[]::varchar(20)[] AND "tags" && ARRAY['yellow', NULL]::varchar(20)[] ORDER BY "name";
SELECT "name" FROM "s33d_product" WHERE "tags" @> ARRAY[1, 2];
-- JSONField: key transforms on arrays and numbers, comparisons across JSON types, a containment parameter.
SELECT "name", ("attrs" -> 'weight') > '100', ("attrs" -> 'weight') = '150', ("attrs" #>> '{origin,country}'), ("attrs" -> 'origin' ->> 'country'), jsonb_typeof("attrs" -> 'weight') FROM "s33d_product" ORDER BY "id";
SELECT "name" FROM "s33d_product" ORDER BY ("attrs" -> 'grade') NULLS FIRST, "name";
SELECT "name" FROM "s33d_product" WHERE ("attrs" -> 'weight') > '"100"' ORDER BY "name";
-- params: ["{\"origin\": {\"country\": \"ES\"}}"]
SELECT "name" FROM "s33d_product" WHERE "attrs" @> $1::jsonb ORDER BY "name";
-- params: ["grade"]
SELECT "name" FROM "s33d_product" WHERE "attrs" ? $1 ORDER BY "name";
-- @must
SELECT "name" FROM "s33d_product" WHERE "attrs" -> 'weight' > 100;
-- @must
SELECT "name" FROM "s33d_product" WHERE "attrs" ->> 'weight' = 150;
-- @must
SELECT "name" FROM "s33d_product" WHERE "attrs" -> 'weight' BETWEEN 100 AND 200;
SELECT ("attrs" ->> 'weight')::int + 1 FROM "s33d_product" WHERE "attrs" ? 'weight' ORDER BY "id";
-- Lookups with special characters, regexes Django passes through, and a bad one.
SELECT "name" FROM "s33d_product" WHERE "name"::text LIKE '%\_%' OR UPPER("name"::text) LIKE UPPER('%\%%') ORDER BY "name";
SELECT "name" FROM "s33d_product" WHERE "name"::text ~ '^\w+$' AND "name"::text !~* 'A' ORDER BY "name";
SELECT "name" FROM "s33d_product" WHERE "name"::text ~ '(';
-- Paginator and slicing past the end; negative ones.
SELECT "name" FROM "s33d_product" ORDER BY "name" LIMIT -1;
-- UPDATE with a subquery (update(stock=Subquery(...))), and a conflict-ignoring bulk insert with the partial index.
UPDATE "s33d_product" SET "stock" = COALESCE((SELECT SUM(U0."qty") FROM "s33d_orderline" U0 WHERE U0."product_id" = "s33d_product"."id"), 0) WHERE "s33d_product"."category_id" IN (1, 2);
SELECT "name", "stock" FROM "s33d_product" WHERE "category_id" IN (1, 2) ORDER BY "name";
INSERT INTO "s33d_product" ("code", "name", "category_id", "supplier_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000002'::uuid, 'Banana', 1, NULL, 1, 0, true, '{}'::varchar(20)[], '{}', '2024-01-01'::date, '2024-01-01T00:00:00+00:00'::timestamptz), ('00000000-0000-0000-0000-000000000066'::uuid, 'kiwi', 1, NULL, 2, 3, true, '{}'::varchar(20)[], '{}', '2024-01-01'::date, '2024-01-01T00:00:00+00:00'::timestamptz) ON CONFLICT DO NOTHING;
INSERT INTO "s33d_product" ("code", "name", "category_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000066'::uuid, 'kiwi2', 1, 2, 3, true, '{}', '{}', '2024-01-01', '2024-01-01') ON CONFLICT ("code") WHERE "active" DO UPDATE SET "stock" = "s33d_product"."stock" + EXCLUDED."stock" RETURNING "name", "stock";
INSERT INTO "s33d_product" ("code", "name", "category_id", "price", "stock", "active", "tags", "attrs", "added", "created") VALUES ('00000000-0000-0000-0000-000000000066'::uuid, 'kiwi3', 1, 2, 3, true, '{}', '{}', '2024-01-01', '2024-01-01') ON CONFLICT ("code") DO NOTHING;
UPDATE "s33d_product" SET "price" = 1234567.891 WHERE "name" = 'kiwi';
UPDATE "s33d_product" SET "price" = -1, "stock" = -1 WHERE "name" = 'kiwi';
-- Columns that are not there, or are ambiguous.
SELECT "s33d_product"."nmae" FROM "s33d_product";
SELECT "name" FROM "s33d_product" INNER JOIN "s33d_category" ON ("s33d_product"."category_id" = "s33d_category"."id");
-- OPTIONS isolation_level: the session's characteristics, read outside a transaction block too.
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE;
-- @must
SHOW transaction_isolation;
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED;
