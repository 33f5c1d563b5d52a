# Sequel 5.63 (Debian's ruby-sequel) with the pg gem: create_table with foreign keys and indexes, its
# schema parsing (Database#schema, #indexes, #foreign_key_list, #primary_key), datasets with
# joins, grouping, returning, upserts, prepared statements, transactions with savepoints, COPY
# out and in, and errors mapped to its exception classes. It prints what it sees.
require 'sequel'

DB = Sequel.postgres(host: ENV['PGHOST'], port: ENV['PGPORT'].to_i, user: ENV['PGUSER'], database: ENV['PGDATABASE'])
DB.extension :pg_array, :pg_json
Sequel.extension :pg_array_ops, :pg_json_ops
DB.drop_table?(:sq_books, :sq_authors)
DB.create_table(:sq_authors) do
  primary_key :id
  String :name, null: false, unique: true
  Integer :born
  column :tags, 'text[]'
end
DB.create_table(:sq_books) do
  primary_key :id, type: :Bignum
  foreign_key :author_id, :sq_authors, on_delete: :cascade
  String :title, size: 100, null: false
  BigDecimal :price, size: [8, 2]
  column :info, :jsonb
  Date :published
  index [:author_id, :title], unique: true
end

def show(label, value) = puts("#{label}: #{value.inspect}")
show 'tables', DB.tables.grep(/^sq_/).sort
DB.schema(:sq_books).each { |name, info| show "schema #{name}", info.slice(:type, :db_type, :allow_null, :primary_key, :default, :auto_increment, :max_length) }
show 'indexes', DB.indexes(:sq_books)
show 'foreign keys', DB.foreign_key_list(:sq_books).map { |fk| fk.slice(:columns, :table, :key, :on_delete, :name) }
show 'primary key', [DB.primary_key(:sq_books), DB.primary_key_sequence(:sq_books)]

authors = DB[:sq_authors]
ada = authors.insert(name: 'Ada', born: 1815, tags: Sequel.pg_array(%w[math poetry]))
bob = authors.returning(:id, :name).insert(name: 'Bob', born: 1900)
show 'inserted', [ada, bob]
books = DB[:sq_books]
books.multi_insert([{ author_id: ada, title: 'Notes', price: BigDecimal('12.50'), info: Sequel.pg_jsonb('pages' => 40), published: Date.new(1843, 9, 1) },
                    { author_id: ada, title: 'Letters', price: BigDecimal('3') },
                    { author_id: bob[0][:id], title: 'Essays', info: Sequel.pg_jsonb('pages' => 10, 'tags' => ['x']) }])
show 'join', books.join(:sq_authors, id: :author_id).order(Sequel[:sq_books][:title]).select_map([Sequel[:sq_authors][:name], :title])
show 'group', books.group_and_count(:author_id).order(:author_id).all
show 'sum', [books.sum(:price).to_s('F'), books.avg(:price).round(4).to_s('F'), books.max(:published)]
show 'jsonb', books.where(Sequel.pg_jsonb_op(:info).has_key?('tags')).select_map(:title)
show 'array', authors.where(Sequel.pg_array_op(:tags).contains(Sequel.pg_array(['math']))).select_map(:name)
show 'array value', authors.where(name: 'Ada').get(:tags).to_a
show 'upsert', books.insert_conflict(target: [:author_id, :title], update: { price: Sequel[:excluded][:price] }).insert(author_id: ada, title: 'Letters', price: BigDecimal('4.25'))
show 'after upsert', books.where(title: 'Letters').get(:price).to_s('F')
ps = books.where(author_id: :$a).order(:title).prepare(:select, :books_by)
show 'prepared', [ps.call(a: ada).map { |r| r[:title] }, DB.call(:books_by, a: bob[0][:id]).map { |r| r[:title] }]
show 'update', books.where { price < 10 }.update(price: Sequel[:price] * 2)

DB.transaction do
  authors.insert(name: 'Cy')
  DB.transaction(savepoint: true) do
    authors.insert(name: 'Di')
    raise Sequel::Rollback
  end
end
show 'savepoint', authors.order(:name).select_map(:name)
begin
  authors.insert(name: 'Ada')
rescue Sequel::UniqueConstraintViolation => e
  show 'unique', [e.class, e.wrapped_exception.result.error_field(PG::PG_DIAG_SQLSTATE)]
end
begin
  books.insert(author_id: 999, title: 'x')
rescue Sequel::ForeignKeyConstraintViolation => e
  show 'fk', e.class
end
begin
  books.insert(author_id: ada)
rescue Sequel::NotNullConstraintViolation => e
  show 'not null', e.class
end

csv = DB.copy_table(books.select(:title, :price).order(:title), format: :csv)
show 'copy out', csv
DB.copy_into(:sq_authors, columns: %i[name born], data: ["Eve\t1990\n", "Fay\t\\N\n"])
begin
  DB.copy_into(:sq_authors, columns: %i[name born], data: "Gil\tnot a year\n")
rescue Sequel::DatabaseError => e
  show 'copy error', e.wrapped_exception.result.error_field(PG::PG_DIAG_SQLSTATE)
end
show 'copy in', authors.where(name: %w[Eve Fay]).order(:name).select_map([:name, :born])
show 'stream', authors.order(:id).paged_each(rows_per_fetch: 2).map { |r| r[:name] }
DB.drop_table(:sq_books, :sq_authors)
puts 'done'
