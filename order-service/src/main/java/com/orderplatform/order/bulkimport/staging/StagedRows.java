package com.orderplatform.order.bulkimport.staging;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.orderplatform.order.bulkimport.file.validation.ImportedItem;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;

/**
 * How a validated row is stored in {@code import_rows}: its columns, the parameters of
 * its insert, and the row read back for the grouper.
 */
final class StagedRows {

	static final String COLUMNS = "row_number, group_key, valid, error_count, order_ref, customer_email, "
			+ "customer_name, product_name, quantity, unit_price, notes";

	private StagedRows() {
	}

	/** Binds a row's values after the job id, in {@link #COLUMNS} order. */
	static void bind(PreparedStatement statement, String jobId, ValidatedRow row) throws SQLException {
		ImportedItem item = row.item();
		statement.setString(1, jobId);
		statement.setInt(2, row.rowNumber());
		statement.setString(3, row.groupKey());
		statement.setBoolean(4, row.valid());
		statement.setInt(5, row.errors().size());
		statement.setString(6, row.orderRef());
		statement.setString(7, row.customerEmail());
		statement.setString(8, row.customerName());
		statement.setString(9, (item != null) ? item.productName() : null);
		statement.setObject(10, (item != null) ? item.quantity() : null, Types.INTEGER);
		statement.setObject(11, (item != null) ? item.unitPrice().longValueExact() : null, Types.BIGINT);
		statement.setString(12, (item != null) ? item.notes() : null);
	}

	static ValidatedRow row(ResultSet rs, int rowNum) throws SQLException {
		int rowNumber = rs.getInt("row_number");
		ImportedItem item = null;
		List<RowError> errors = List.of();
		if (rs.getBoolean("valid")) {
			item = new ImportedItem(rowNumber, rs.getString("product_name"), rs.getInt("quantity"),
					BigDecimal.valueOf(rs.getLong("unit_price")), rs.getString("notes"));
		}
		else {
			errors = new ArrayList<>(Collections.nCopies(rs.getInt("error_count"),
					new RowError(rowNumber, null, RowErrorCode.EXTRA_CELLS, "staged")));
		}
		String name = rs.getString("customer_name");
		return new ValidatedRow(rowNumber, rs.getString("group_key"), rs.getString("order_ref"),
				rs.getString("customer_email"), (name != null) ? name : "", item, errors);
	}

}
