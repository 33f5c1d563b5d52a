# ActiveRecord 6.1 with the pg gem (Debian's ruby-activerecord, ruby-pg) as a Rails application uses it:
# a migration with references, indexes and a unique constraint, CRUD through models with associations,
# transactions (one rolled back, one nested with requires_new), a unique violation, and the schema
# dumper, which reads everything back through the catalog. It prints what it sees.
require 'active_record'
require 'stringio'

ActiveRecord::Base.establish_connection(adapter: 'postgresql', host: ENV['PGHOST'], port: ENV['PGPORT'].to_i,
                                        username: ENV['PGUSER'], database: ENV['PGDATABASE'])
ActiveRecord::Migration.verbose = false
ActiveSupport::Deprecation.silenced = true
conn = ActiveRecord::Base.connection

%w[ar_comments ar_posts ar_authors ar_internal_metadata schema_migrations].each { |t| conn.drop_table(t, if_exists: true) }

class CreateBlog < ActiveRecord::Migration[6.1]
  def change
    create_table :ar_authors do |t|
      t.string :name, null: false
      t.string :email, limit: 120
      t.integer :rank, default: 0
      t.boolean :active, default: true, null: false
      t.timestamps
    end
    add_index :ar_authors, :email, unique: true
    create_table :ar_posts do |t|
      t.references :ar_author, null: false, foreign_key: true
      t.string :title, null: false
      t.text :body
      t.decimal :score, precision: 8, scale: 2
      t.jsonb :meta, default: {}
      t.date :published_on
      t.interval :reading_time
      t.timestamps
    end
    add_index :ar_posts, [:ar_author_id, :title]
    create_table :ar_comments do |t|
      t.references :ar_post, foreign_key: { on_delete: :cascade }
      t.text :body
      t.bigint :votes, default: 0
      t.timestamps
    end
  end
end
CreateBlog.migrate(:up)

class ArAuthor < ActiveRecord::Base
  has_many :ar_posts, dependent: :destroy
end
class ArPost < ActiveRecord::Base
  belongs_to :ar_author
  has_many :ar_comments
end
class ArComment < ActiveRecord::Base
  belongs_to :ar_post
end

puts "tables: #{conn.tables.grep(/^ar_/).sort.join(',')}"
puts "columns ar_posts: #{ArPost.columns.map { |c| "#{c.name}:#{c.sql_type}:#{c.null}:#{c.default.inspect}" }.join(' ')}"
puts "pk: #{conn.primary_key('ar_posts')}"
puts "indexes: #{conn.indexes('ar_posts').map { |i| "#{i.name}(#{i.columns.join(',')})#{i.unique}" }.sort.join(' ')}"
puts "fks: #{conn.foreign_keys('ar_comments').map { |f| "#{f.from_table}.#{f.column}->#{f.to_table}.#{f.primary_key}:#{f.on_delete.inspect}" }.join(' ')}"

ada = ArAuthor.create!(name: 'Ada', email: 'ada@example.com', rank: 3)
bob = ArAuthor.create!(name: 'Bob', email: 'bob@example.com')
puts "ids: #{ada.id} #{bob.id}"
p1 = ada.ar_posts.create!(title: 'First', body: 'hello', score: 12.5, meta: { 'tags' => %w[a b], 'n' => 1 }, published_on: Date.new(2024, 2, 29), reading_time: 1.day + 2.hours + 30.5.seconds)
ada.ar_posts.create!(title: 'Second', score: 7)
bob.ar_posts.create!(title: 'Third', meta: { 'tags' => ['c'] })
p1.ar_comments.create!(body: 'nice', votes: 5)
p1.ar_comments.create!(body: 'meh')

post = ArPost.find(p1.id)
puts "post: #{post.title} #{post.score.to_s} #{post.meta.inspect} #{post.published_on} #{post.created_at.class}"
puts "interval: #{post.reading_time.inspect} #{post.reading_time.iso8601} #{conn.select_value("select interval '-1 year 2 mons -3 days 04:05:06.25'").inspect}"
puts "where: #{ArPost.where('score > ?', 8).pluck(:title).inspect}"
puts "joins: #{ArPost.joins(:ar_author).where(ar_authors: { name: 'Ada' }).order(:title).pluck(:title).inspect}"
puts "includes: #{ArAuthor.includes(:ar_posts).order(:id).map { |a| "#{a.name}=#{a.ar_posts.map(&:title).sort.join('/')}" }.join(' ')}"
puts "group: #{ArPost.group(:ar_author_id).count.sort.inspect}"
puts "sum: #{ArComment.sum(:votes)} avg: #{ArPost.average(:score).to_s} max: #{ArPost.maximum(:score).to_s}"
puts "jsonb: #{ArPost.where("meta->'tags' ? :t", t: 'a').pluck(:title).inspect}"
puts "exists: #{ArPost.exists?(title: 'Third')} #{ArPost.exists?(title: 'None')}"
puts "find_each: #{ArPost.order(:id).find_each(batch_size: 2).map(&:title).inspect}"
puts "update_all: #{ArPost.where(ar_author_id: ada.id).update_all(body: 'edited')}"
puts "increment: #{ArComment.where(body: 'nice').update_counters(votes: 2) rescue 'n/a'}"
ada.update!(rank: 4)
puts "reload: #{ada.reload.rank} #{ada.updated_at >= ada.created_at}"

begin
  ArAuthor.create!(name: 'Dup', email: 'ada@example.com')
rescue ActiveRecord::RecordNotUnique => e
  puts "unique: #{e.class} #{e.cause.class} #{e.cause.result.error_field(PG::PG_DIAG_SQLSTATE)}"
end
begin
  ArPost.create!(ar_author_id: 999, title: 'orphan')
rescue ActiveRecord::InvalidForeignKey => e
  puts "fk: #{e.class} #{e.cause.result.error_field(PG::PG_DIAG_SQLSTATE)}"
end
begin
  conn.execute('select * from ar_nothing')
rescue ActiveRecord::StatementInvalid => e
  puts "missing: #{e.cause.class} #{e.cause.result.error_field(PG::PG_DIAG_SQLSTATE)}"
end

ActiveRecord::Base.transaction do
  ArAuthor.create!(name: 'Cy', email: 'cy@example.com')
  raise ActiveRecord::Rollback
end
puts "after rollback: #{ArAuthor.where(name: 'Cy').count}"
ActiveRecord::Base.transaction do
  ArAuthor.create!(name: 'Di', email: 'di@example.com')
  ActiveRecord::Base.transaction(requires_new: true) do
    ArAuthor.create!(name: 'Ed', email: 'ed@example.com')
    raise ActiveRecord::Rollback
  end
  begin
    ActiveRecord::Base.transaction(requires_new: true) { ArAuthor.create!(name: 'Dup2', email: 'di@example.com') }
  rescue ActiveRecord::RecordNotUnique
    puts 'savepoint caught the duplicate'
  end
end
puts "nested: #{ArAuthor.order(:name).pluck(:name).inspect}"
puts "destroy: #{ada.destroy.destroyed?} posts left: #{ArPost.count} comments left: #{ArComment.count}"
puts "raw: #{conn.select_rows('select 1::int, 2.5::numeric, true, null, \'x\'::text').inspect}"
puts "exec_query: #{conn.exec_query('select $1::int + 1 as n', 'q', [ActiveRecord::Relation::QueryAttribute.new('n', 41, ActiveRecord::Type::Integer.new)]).to_a.inspect}"

dump = StringIO.new
ActiveRecord::SchemaDumper.ignore_tables = [/^(?!ar_)/]
ActiveRecord::SchemaDumper.dump(conn, dump)
puts dump.string.lines.reject { |l| l.start_with?('#') || l.include?('ActiveRecord::Schema') }.join

# db:schema:load: the dump run back (it starts with enable_extension "plpgsql"), then dumped again.
CreateBlog.migrate(:down)
eval(dump.string) # rubocop:disable Security/Eval
again = StringIO.new
ActiveRecord::SchemaDumper.dump(conn, again)
puts "reloaded schema dumps the same: #{again.string == dump.string}"
# rename_table renames the table, its key's sequence and its indexes; rename_column and rename_index.
class RenameThings < ActiveRecord::Migration[6.1]
  def change
    rename_table :ar_comments, :ar_notes
    rename_column :ar_notes, :body, :text
    rename_index :ar_notes, 'index_ar_notes_on_ar_post_id', 'ar_notes_by_post'
  end
end
RenameThings.migrate(:up)
puts "renamed: #{conn.tables.grep(/^ar_/).sort.join(',')} pk #{conn.primary_key('ar_notes')} seq #{conn.select_value("select pg_get_serial_sequence('ar_notes', 'id')")}"
puts "renamed indexes: #{conn.indexes('ar_notes').map { |i| "#{i.name}(#{i.columns.join(',')})" }.sort.join(' ')}"
puts "renamed insert: #{conn.select_value("insert into ar_notes (text, created_at, updated_at) values ('x', now(), now()) returning id").class}"
RenameThings.migrate(:down)
puts "renamed back: #{conn.tables.grep(/^ar_/).sort.join(',')} #{conn.indexes('ar_comments').map(&:name).sort.join(' ')}"
%w[ar_comments ar_posts ar_authors ar_internal_metadata schema_migrations].each { |t| conn.drop_table(t, force: :cascade, if_exists: true) }
puts "after drop: #{conn.tables.grep(/^ar_|schema_migrations/).inspect}"
puts 'done'
