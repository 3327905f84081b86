package com.orderplatform.common.storage;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The two databases the platform runs on, told apart once from the connection's metadata.
 * The SQL of the services is the same on both except where a feature exists on one only
 * ({@code FOR UPDATE SKIP LOCKED}, timestamp arithmetic), and those places ask this.
 */
public enum SqlDialect {

	/** The embedded default: one file per service, one writer at a time. */
	SQLITE("SQLite"),

	/** Set by a service's JDBC URL; row locks, so several instances can share it. */
	POSTGRESQL("PostgreSQL");

	private final String productName;

	SqlDialect(String productName) {
		this.productName = productName;
	}

	/**
	 * The dialect of a database product.
	 * @param databaseProductName what JDBC's metadata calls it
	 * @return the dialect
	 * @throws IllegalStateException for any other database
	 */
	public static SqlDialect ofProduct(String databaseProductName) {
		for (SqlDialect dialect : values()) {
			if (dialect.productName.equals(databaseProductName)) {
				return dialect;
			}
		}
		throw new IllegalStateException("Unsupported database '" + databaseProductName
				+ "': the platform runs on SQLite (default) or PostgreSQL");
	}

	/**
	 * The dialect of the database behind a data source; opens one connection.
	 * @param dataSource the data source
	 * @return the dialect
	 * @throws IllegalStateException when the database cannot be reached or is neither
	 * SQLite nor PostgreSQL
	 */
	public static SqlDialect of(DataSource dataSource) {
		try {
			return ofProduct(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database this is: " + ex.getMessage(), ex);
		}
	}

}
