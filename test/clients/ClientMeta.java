/*
 * make test-clients, pgjdbc (libpostgresql-jdbc-java) with its default
 * settings (stringtype=varchar): reports what it sees.
 *
 *   java -cp postgresql.jar:. ClientMeta JDBC-URL CHECKS.tsv
 *
 * Prints one JSON object a line (test/clients/judge.py reads them): for every
 * column of the report views the ResultSetMetaData type name, precision and
 * scale and the class of a value read; for every check the answer to the
 * query with its parameter set by the setter of that kind, and the answer
 * without parameters.  run.sh writes CHECKS.tsv from checks.json (the JDK has
 * no JSON reader): "view" lines name a report view, "check" lines carry name,
 * kind, value, sql and expect, tab-separated.
 */
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.*;
import java.util.List;

public class ClientMeta {
	static String q(Object o) {
		if (o == null)
			return "null";
		String s = o.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
		return (o instanceof Number) ? s : "\"" + s + "\"";
	}

	static void emit(String... kv) {
		StringBuilder b = new StringBuilder("{\"client\": \"pgjdbc\"");
		for (int i = 0; i < kv.length; i += 2)
			b.append(", \"").append(kv[i]).append("\": ").append(kv[i + 1]);
		System.out.println(b.append("}"));
	}

	/* Sets parameter 1 as a JDBC program sends that kind; returns how, or null. */
	static String bind(PreparedStatement ps, String kind, String value) throws SQLException {
		switch (kind) {
			case "untyped": ps.setObject(1, value, Types.OTHER); return "setObject(String, Types.OTHER)";
			case "int2": ps.setShort(1, Short.parseShort(value)); return "setShort";
			case "int4": ps.setInt(1, Integer.parseInt(value)); return "setInt";
			case "int8": ps.setLong(1, Long.parseLong(value)); return "setLong";
			case "numeric": ps.setBigDecimal(1, new BigDecimal(value)); return "setBigDecimal";
			case "float8": ps.setDouble(1, Double.parseDouble(value)); return "setDouble";
			case "varchar": ps.setString(1, value); return "setString";
			default: return null;
		}
	}

	static Object one(ResultSet rs) throws SQLException {
		return rs.next() ? rs.getObject(1) : null;
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
		try (Connection conn = DriverManager.getConnection(args[0])) {
			for (String line : lines) {
				String[] f = line.split("\t", -1);
				if (f[0].equals("view")) {
					try (Statement st = conn.createStatement();
						 ResultSet rs = st.executeQuery("SELECT * FROM " + f[1] + " ORDER BY 1")) {
						ResultSetMetaData md = rs.getMetaData();
						boolean row = rs.next();
						for (int i = 1; i <= md.getColumnCount(); i++) {
							Object v = row ? rs.getObject(i) : null;
							emit("view", q(f[1]), "column", q(md.getColumnLabel(i)),
								 "type", q(md.getColumnTypeName(i)), "precision", q(md.getPrecision(i)),
								 "scale", q(md.getScale(i)),
								 "value_type", q(v == null ? null : v.getClass().getSimpleName()));
						}
					}
				} else if (f[0].equals("check")) {
					String name = f[1], kind = f[2], value = f[3], sql = f[4], expect = f[5];
					Object got = null, exp = null;
					String err = null, how = null;
					try (PreparedStatement ps = conn.prepareStatement(sql)) {
						how = bind(ps, kind, value);
						if (how == null)
							continue;
						try (ResultSet rs = ps.executeQuery()) {
							got = one(rs);
						}
					} catch (SQLException e) {
						err = e.getSQLState() + " " + e.getMessage().split("\n")[0];
					}
					try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(expect)) {
						exp = one(rs);
					}
					emit("check", q(name), "kind", q(kind), "sent", q(how), "got", q(got),
						 "expect", q(exp), "error", q(err));
				}
			}
		}
	}
}
