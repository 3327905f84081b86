package com.orderplatform.order.bulkimport.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.orderplatform.common.json.JsonConventions;
import com.orderplatform.order.bulkimport.file.MappedColumns;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mapping profiles ({@code import_profiles}): saved (created or replaced), found by
 * name, listed by name, deleted. Headers and mapping are JSON text, the same on SQLite
 * and PostgreSQL.
 */
@Repository
public class ImportProfileRepository {

	private static final JsonMapper JSON = JsonConventions.apply(JsonMapper.builder()).build();

	private final JdbcClient jdbc;

	ImportProfileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates a profile or replaces the one of the same name.
	 * @param profile the profile
	 */
	public void save(ImportProfile profile) {
		if (update(profile)) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO import_profiles (name, headers, mapping, updated_by, updated_at)
					VALUES (:name, :headers, :mapping, :by, :at)""")
				.param("name", profile.name())
				.param("headers", JSON.writeValueAsString(profile.headers()))
				.param("mapping", MappedColumns.json(profile.mapping()))
				.param("by", profile.updatedBy())
				.param("at", Timestamp.from(profile.updatedAt()))
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			// Saved at the same moment by someone else: the last save wins.
			update(profile);
		}
	}

	private boolean update(ImportProfile profile) {
		return this.jdbc.sql("""
				UPDATE import_profiles SET headers = :headers, mapping = :mapping, updated_by = :by, updated_at = :at
				WHERE name = :name""")
			.param("name", profile.name())
			.param("headers", JSON.writeValueAsString(profile.headers()))
			.param("mapping", MappedColumns.json(profile.mapping()))
			.param("by", profile.updatedBy())
			.param("at", Timestamp.from(profile.updatedAt()))
			.update() == 1;
	}

	public Optional<ImportProfile> find(String name) {
		return this.jdbc.sql("SELECT * FROM import_profiles WHERE name = :name")
			.param("name", name)
			.query(ImportProfileRepository::profile)
			.optional();
	}

	/** Every profile, by name. */
	public List<ImportProfile> list() {
		return this.jdbc.sql("SELECT * FROM import_profiles ORDER BY name")
			.query(ImportProfileRepository::profile)
			.list();
	}

	/**
	 * Deletes a profile.
	 * @param name its name
	 * @return whether there was one
	 */
	public boolean delete(String name) {
		return this.jdbc.sql("DELETE FROM import_profiles WHERE name = :name").param("name", name).update() == 1;
	}

	private static ImportProfile profile(ResultSet rs, int rowNum) throws SQLException {
		List<String> headers = JSON.readValue(rs.getString("headers"), new TypeReference<List<String>>() {
		});
		return new ImportProfile(rs.getString("name"), headers, MappedColumns.parse(rs.getString("mapping")),
				rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
	}

}
