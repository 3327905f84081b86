package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Workbooks and column mappings (issue #18): how a job's file is read
 * ({@code file_format} csv or xlsx, the workbook {@code sheet}, the mapping
 * {@code profile_name} applied and the confirmed {@code column_mapping} as JSON), and the
 * state {@code needs_mapping} of a job whose header names none or not all of the import's
 * columns. A Java migration because widening the status check differs: PostgreSQL drops
 * and adds the constraint, SQLite (which cannot alter a constraint) rewrites the table's
 * definition in its schema, the documented way for a change that leaves the stored rows
 * as they are (sqlite.org/lang_altertable.html, section 7).
 */
public class V9__import_workbooks_and_mappings extends BaseJavaMigration {

	private static final String OLD_STATES = "'queued', 'validating', 'validated', 'processing',";

	private static final String NEW_STATES = "'needs_mapping', 'queued', 'validating', 'validated', 'processing',";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE import_jobs ADD COLUMN file_format VARCHAR(8) NOT NULL DEFAULT 'csv'");
			statement.execute("ALTER TABLE import_jobs ADD COLUMN sheet VARCHAR(255)");
			statement.execute("ALTER TABLE import_jobs ADD COLUMN profile_name VARCHAR(100)");
			statement.execute("ALTER TABLE import_jobs ADD COLUMN column_mapping TEXT");
			if (connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("sqlite")) {
				widenSqliteStatusCheck(statement);
			}
			else {
				statement.execute("ALTER TABLE import_jobs DROP CONSTRAINT ck_import_jobs_status");
				statement.execute("ALTER TABLE import_jobs ADD CONSTRAINT ck_import_jobs_status CHECK (status IN ("
						+ NEW_STATES + " 'completed', 'completed_with_errors', 'failed', 'cancelled'))");
			}
		}
	}

	private static void widenSqliteStatusCheck(Statement statement) throws SQLException {
		int version;
		try (var rs = statement.executeQuery("PRAGMA schema_version")) {
			rs.next();
			version = rs.getInt(1);
		}
		statement.execute("PRAGMA writable_schema = ON");
		int updated = statement.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, '" + quote(OLD_STATES)
				+ "', '" + quote(NEW_STATES) + "') WHERE type = 'table' AND name = 'import_jobs'");
		statement.execute("PRAGMA schema_version = " + (version + 1));
		statement.execute("PRAGMA writable_schema = OFF");
		if (updated != 1) {
			throw new SQLException("import_jobs was not found in the SQLite schema");
		}
	}

	private static String quote(String sql) {
		return sql.replace("'", "''");
	}

}
