// A small JDBC application (pgjdbc 42.5, Debian's libpostgresql-jdbc-java): prepared statements
// with many parameter types, generated keys, a batch, a transaction rolled back, a unique
// violation, a `{? = call f(?)}` escape, and the DatabaseMetaData an IDE or a migration tool
// reads (tables, columns, primary, foreign and index keys). Prints what it sees; the test
// compares it with PostgreSQL 15.
import java.math.BigDecimal;
import java.sql.*;

public class JdbcApp {
  public static void main(String[] args) throws Exception {
    String url = "jdbc:postgresql://" + System.getenv("PGHOST") + ":" + System.getenv("PGPORT") + "/postgres";
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS jd_line, jd_order");
        s.execute("CREATE TABLE jd_order (id serial PRIMARY KEY, code varchar(20) NOT NULL UNIQUE, placed date, at timestamptz, total numeric(10,2), paid boolean DEFAULT false)");
        s.execute("CREATE TABLE jd_line (order_id int REFERENCES jd_order(id), n int, item text, PRIMARY KEY (order_id, n))");
        s.execute("CREATE INDEX jd_line_item ON jd_line (item)");
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO jd_order (code, placed, at, total, paid) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        for (int i = 1; i <= 3; i++) {
          p.setString(1, "A-" + i);
          p.setDate(2, Date.valueOf("2020-01-0" + i));
          p.setTimestamp(3, Timestamp.valueOf("2021-05-0" + i + " 10:30:00"));
          p.setBigDecimal(4, new BigDecimal("1" + i + ".50"));
          p.setBoolean(5, i % 2 == 0);
          p.executeUpdate();
          try (ResultSet k = p.getGeneratedKeys()) {
            k.next();
            System.out.println("generated " + k.getInt("id"));
          }
        }
      }
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO jd_line (order_id, n, item) VALUES (?, ?, ?)")) {
        for (int n = 1; n <= 4; n++) {
          p.setInt(1, 1 + n % 2);
          p.setInt(2, n);
          p.setString(3, n % 2 == 0 ? "pen" : null);
          p.addBatch();
        }
        int[] counts = p.executeBatch();
        System.out.println("batch " + counts.length + " " + counts[0]);
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE jd_order SET total = 0");
        c.rollback();
        try (ResultSet r = s.executeQuery("SELECT sum(total) FROM jd_order")) {
          r.next();
          System.out.println("after rollback " + r.getBigDecimal(1));
        }
      }
      c.setAutoCommit(true);
      try (PreparedStatement p = c.prepareStatement("SELECT o.code, o.placed, o.at, o.total, o.paid, count(l.n) AS lines FROM jd_order o LEFT JOIN jd_line l ON l.order_id = o.id WHERE o.placed >= ? GROUP BY o.id ORDER BY o.code")) {
        p.setDate(1, Date.valueOf("2020-01-02"));
        try (ResultSet r = p.executeQuery()) {
          ResultSetMetaData m = r.getMetaData();
          StringBuilder cols = new StringBuilder("columns");
          for (int i = 1; i <= m.getColumnCount(); i++) cols.append(' ').append(m.getColumnName(i)).append(':').append(m.getColumnTypeName(i));
          System.out.println(cols);
          while (r.next()) System.out.println("row " + r.getString(1) + " " + r.getDate(2) + " " + r.getTimestamp(3) + " " + r.getBigDecimal(4) + " " + r.getBoolean(5) + " " + r.getLong(6));
        }
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO jd_order (code) VALUES ('A-1')");
      } catch (SQLException e) {
        System.out.println("unique " + e.getSQLState());
      }
      try (CallableStatement cs = c.prepareCall("{? = call upper(?)}")) {
        cs.registerOutParameter(1, Types.VARCHAR);
        cs.setString(2, "shout");
        cs.execute();
        System.out.println("call " + cs.getString(1));
      }
      DatabaseMetaData md = c.getMetaData();
      System.out.println("product " + md.getDatabaseProductName() + " " + md.getDatabaseMajorVersion());
      try (ResultSet r = md.getTables(null, "public", "jd_%", new String[] {"TABLE"})) {
        while (r.next()) System.out.println("table " + r.getString("TABLE_NAME") + " " + r.getString("TABLE_TYPE"));
      }
      try (ResultSet r = md.getColumns(null, "public", "jd_order", null)) {
        while (r.next()) System.out.println("column " + r.getString("COLUMN_NAME") + " " + r.getString("TYPE_NAME") + " " + r.getInt("COLUMN_SIZE") + " " + r.getString("IS_NULLABLE") + " " + r.getString("IS_AUTOINCREMENT"));
      }
      try (ResultSet r = md.getImportedKeys(null, "public", "jd_line")) {
        while (r.next()) System.out.println("fk " + r.getString("FKCOLUMN_NAME") + " -> " + r.getString("PKTABLE_NAME") + "." + r.getString("PKCOLUMN_NAME"));
      }
      try (ResultSet r = md.getPrimaryKeys(null, "public", "jd_line")) {
        while (r.next()) System.out.println("pk " + r.getString("COLUMN_NAME") + " " + r.getInt("KEY_SEQ") + " " + r.getString("PK_NAME"));
      }
      try (ResultSet r = md.getIndexInfo(null, "public", "jd_line", false, false)) {
        while (r.next()) System.out.println("index " + r.getString("INDEX_NAME") + " " + r.getBoolean("NON_UNIQUE") + " " + r.getString("COLUMN_NAME") + " " + r.getInt("ORDINAL_POSITION"));
      }
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE jd_line, jd_order");
      }
    }
    System.out.println("done");
  }
}
