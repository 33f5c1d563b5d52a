# ActiveRecord 6.1 with hstore as a Rails application uses it: a migration with enable_extension 'hstore'
# and t.hstore columns, models whose hstore attributes read and write as Hashes, where clauses with the
# hstore operators, update of one key, and the schema dumper (enable_extension and t.hstore come back).
# It prints what it sees.
require 'active_record'
require 'stringio'

ActiveRecord::Base.establish_connection(adapter: 'postgresql', host: ENV['PGHOST'], port: ENV['PGPORT'].to_i,
                                        username: ENV['PGUSER'], database: ENV['PGDATABASE'])
ActiveRecord::Migration.verbose = false
ActiveSupport::Deprecation.silenced = true
conn = ActiveRecord::Base.connection
conn.drop_table(:ar_hs_products, if_exists: true)

class CreateProducts < ActiveRecord::Migration[6.1]
  def change
    enable_extension 'hstore'
    create_table :ar_hs_products do |t|
      t.string :name, null: false
      t.hstore :properties, default: {}, null: false
      t.hstore :extra
      t.index :properties, using: :gin
    end
  end
end
CreateProducts.migrate(:up)
ActiveRecord::Base.connection.reconnect!

class Product < ActiveRecord::Base
  self.table_name = 'ar_hs_products'
end

Product.create!(name: 'lamp', properties: { 'color' => 'red', 'watts' => '40' }, extra: { 'note' => nil })
Product.create!(name: 'fan', properties: { 'color' => 'blue', 'speed' => '3' })
Product.create!(name: 'box')
Product.order(:id).each { |p| puts "row #{p.name} #{p.properties.sort.inspect} #{p.extra.inspect}" }
puts "color red: #{Product.where("properties -> 'color' = ?", 'red').pluck(:name).inspect}"
puts "has speed: #{Product.where('properties ? :key', key: 'speed').pluck(:name).inspect}"
puts "contains: #{Product.where('properties @> ?', 'color=>blue').pluck(:name).inspect}"
puts "keys: #{Product.order(:id).pluck(Arel.sql('akeys(properties)')).inspect}"
fan = Product.find_by(name: 'fan')
fan.properties = fan.properties.merge('speed' => '5')
fan.save!
puts "fan #{Product.find_by(name: 'fan').properties.sort.inspect}"
Product.where(name: 'box').update_all(["properties = properties || hstore(?, ?)", 'empty', 'no'])
puts "box #{Product.find_by(name: 'box').properties.inspect}"
dump = StringIO.new
ActiveRecord::SchemaDumper.dump(conn, dump)
dump.string.each_line { |l| puts "dump #{l.rstrip}" if l =~ /hstore|ar_hs_products|using: :gin/ }
conn.drop_table(:ar_hs_products)
puts 'done'
