// Go's two PostgreSQL drivers, as Debian packages them (golang-github-lib-pq-dev,
// golang-github-jackc-pgx-v4-dev; built in GOPATH mode, no modules): database/sql with lib/pq
// (prepared statements, transactions, errors with their SQLSTATE, pq.CopyIn, arrays), and pgx
// (binary results, batches, CopyFrom, typed scanning). It prints what it sees.
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
	"github.com/lib/pq"
)

func check(err error) {
	if err != nil {
		fmt.Println("fatal:", err)
		os.Exit(1)
	}
}

func sqlstate(err error) string {
	var pqe *pq.Error
	if errors.As(err, &pqe) {
		return string(pqe.Code)
	}
	var pge *pgconn.PgError
	if errors.As(err, &pge) {
		return pge.Code
	}
	return "no sqlstate: " + err.Error()
}

func libpq(dsn string) {
	db, err := sql.Open("postgres", dsn)
	check(err)
	defer db.Close()
	_, err = db.Exec(`DROP TABLE IF EXISTS go_items; CREATE TABLE go_items (id serial PRIMARY KEY, name text UNIQUE NOT NULL, qty int, price numeric(8,2), tags text[], seen timestamptz, ok boolean, raw bytea)`)
	check(err)
	stmt, err := db.Prepare(`INSERT INTO go_items (name, qty, price, tags, seen, ok, raw) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`)
	check(err)
	seen := time.Date(2024, 2, 29, 12, 30, 0, 500000000, time.UTC)
	for i, name := range []string{"apple", "pear", "fig"} {
		var id int
		check(stmt.QueryRow(name, i*10, fmt.Sprintf("%d.25", i), pq.Array([]string{name, "fruit"}), seen.Add(time.Duration(i)*time.Hour), i != 1, []byte{byte(i), 0xff}).Scan(&id))
		fmt.Println("pq insert", id)
	}
	check(stmt.Close())
	rows, err := db.Query(`SELECT id, name, qty, price, tags, seen, ok, raw FROM go_items WHERE qty >= $1 ORDER BY id`, 0)
	check(err)
	cols, _ := rows.ColumnTypes()
	for _, c := range cols {
		fmt.Println("pq column", c.Name(), c.DatabaseTypeName())
	}
	for rows.Next() {
		var id, qty int
		var name, price string
		var tags []string
		var at time.Time
		var ok bool
		var raw []byte
		check(rows.Scan(&id, &name, &qty, &price, pq.Array(&tags), &at, &ok, &raw))
		fmt.Println("pq row", id, name, qty, price, tags, at.UTC().Format(time.RFC3339Nano), ok, raw)
	}
	check(rows.Err())

	tx, err := db.Begin()
	check(err)
	res, err := tx.Exec(`UPDATE go_items SET qty = qty + 1 WHERE ok`)
	check(err)
	n, _ := res.RowsAffected()
	fmt.Println("pq updated", n)
	_, err = tx.Exec(`INSERT INTO go_items (name) VALUES ('apple')`)
	fmt.Println("pq duplicate", sqlstate(err))
	_, err = tx.Exec(`SELECT 1`)
	fmt.Println("pq after error", sqlstate(err))
	check(tx.Rollback())

	tx, err = db.Begin()
	check(err)
	copyStmt, err := tx.Prepare(pq.CopyIn("go_items", "name", "qty"))
	check(err)
	for i := 0; i < 50; i++ {
		_, err = copyStmt.Exec(fmt.Sprintf("copied %02d", i), i)
		check(err)
	}
	_, err = copyStmt.Exec()
	check(err)
	check(copyStmt.Close())
	check(tx.Commit())
	var count, sum int
	check(db.QueryRow(`SELECT count(*), sum(qty) FROM go_items`).Scan(&count, &sum))
	fmt.Println("pq after copy", count, sum)

	var missing int
	err = db.QueryRow(`SELECT qty FROM go_items WHERE name = $1`, "none").Scan(&missing)
	fmt.Println("pq no rows", errors.Is(err, sql.ErrNoRows))
	_, err = db.Exec(`SELECT * FROM go_nowhere`)
	fmt.Println("pq missing table", sqlstate(err))
	err = db.QueryRow(`SELECT $1::int / 0`, 1).Scan(&missing)
	fmt.Println("pq division", sqlstate(err))
}

func pgxDriver(ctx context.Context, dsn string) {
	conn, err := pgx.Connect(ctx, dsn)
	check(err)
	defer conn.Close(ctx)
	fmt.Println("pgx server version", conn.PgConn().ParameterStatus("server_version")[:2])
	_, err = conn.Exec(ctx, `DROP TABLE IF EXISTS go_events; CREATE TABLE go_events (id bigint PRIMARY KEY, kind text NOT NULL, amount numeric(10,2), at timestamptz, payload jsonb, flags int[])`)
	check(err)

	rowsIn := [][]interface{}{}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := int64(1); i <= 200; i++ {
		rowsIn = append(rowsIn, []interface{}{i, []string{"click", "view", "buy"}[i%3], float64(i) + float64(i%100)/100, base.Add(time.Duration(i) * time.Minute), map[string]interface{}{"i": i}, []int32{int32(i), int32(i * 2)}})
	}
	copied, err := conn.CopyFrom(ctx, pgx.Identifier{"go_events"}, []string{"id", "kind", "amount", "at", "payload", "flags"}, pgx.CopyFromRows(rowsIn))
	check(err)
	fmt.Println("pgx copied", copied)

	rows, err := conn.Query(ctx, `SELECT id, kind, amount::text, at, payload, flags FROM go_events WHERE id <= $1 ORDER BY id`, int64(3))
	check(err)
	for _, f := range rows.FieldDescriptions() {
		fmt.Println("pgx field", string(f.Name), f.DataTypeOID, f.Format)
	}
	for rows.Next() {
		var id int64
		var kind, amount string
		var at time.Time
		var payload map[string]interface{}
		var flags []int32
		check(rows.Scan(&id, &kind, &amount, &at, &payload, &flags))
		fmt.Println("pgx row", id, kind, amount, at.UTC().Format(time.RFC3339), payload, flags)
	}
	check(rows.Err())

	var kinds []string
	var total float64
	check(conn.QueryRow(ctx, `SELECT array_agg(DISTINCT kind ORDER BY kind), sum(amount)::float8 FROM go_events`).Scan(&kinds, &total))
	fmt.Println("pgx aggregate", kinds, total)

	batch := &pgx.Batch{}
	batch.Queue(`UPDATE go_events SET amount = amount * 2 WHERE kind = $1`, "buy")
	batch.Queue(`SELECT count(*) FROM go_events WHERE amount > $1`, 100)
	batch.Queue(`DELETE FROM go_events WHERE id > $1`, int64(150))
	br := conn.SendBatch(ctx, batch)
	tag, err := br.Exec()
	check(err)
	fmt.Println("pgx batch update", tag.RowsAffected())
	var over int64
	check(br.QueryRow().Scan(&over))
	fmt.Println("pgx batch count", over)
	tag, err = br.Exec()
	check(err)
	fmt.Println("pgx batch delete", tag.RowsAffected())
	check(br.Close())

	tx, err := conn.Begin(ctx)
	check(err)
	_, err = tx.Exec(ctx, `INSERT INTO go_events (id, kind) VALUES (1000, 'tx')`)
	check(err)
	nested, err := tx.Begin(ctx) // a savepoint
	check(err)
	_, err = nested.Exec(ctx, `INSERT INTO go_events (id, kind) VALUES (1, 'dup')`)
	fmt.Println("pgx savepoint duplicate", sqlstate(err))
	check(nested.Rollback(ctx))
	check(tx.Commit(ctx))
	var after int64
	check(conn.QueryRow(ctx, `SELECT count(*) FROM go_events`).Scan(&after))
	fmt.Println("pgx after tx", after)

	_, err = conn.Prepare(ctx, "by_kind", `SELECT id FROM go_events WHERE kind = $1 ORDER BY id LIMIT $2`)
	check(err)
	ids := []int64{}
	rows, err = conn.Query(ctx, "by_kind", "view", 3)
	check(err)
	for rows.Next() {
		var id int64
		check(rows.Scan(&id))
		ids = append(ids, id)
	}
	fmt.Println("pgx prepared", ids)
	_, err = conn.Exec(ctx, `INSERT INTO go_events (id) VALUES (5000)`)
	fmt.Println("pgx not null", sqlstate(err))
	_, err = conn.Exec(ctx, `DROP TABLE go_events; DROP TABLE go_items`)
	check(err)
}

func main() {
	dsn := fmt.Sprintf("host=%s port=%s user=%s dbname=%s sslmode=disable", os.Getenv("PGHOST"), os.Getenv("PGPORT"), os.Getenv("PGUSER"), os.Getenv("PGDATABASE"))
	libpq(dsn)
	pgxDriver(context.Background(), dsn)
	fmt.Println("done")
}
