package com.orderplatform.order.order.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.OrderRow;

/**
 * The columns of the orders export: the order's (repeated on each of its items' rows),
 * then the item's. Times are written {@code 2026-03-01 14:07:05} in the export's time
 * zone, which Excel reads as a date and time; amounts as plain whole yen, which it reads
 * as numbers; statuses as the API writes them.
 */
final class ExportColumns {

	/** English headers, as the API names the fields. */
	static final List<String> ENGLISH = List.of("order_id", "created_at", "status", "status_reason", "customer_email",
			"customer_name", "total_amount", "currency", "batch_id", "product_name", "quantity", "unit_price",
			"subtotal", "notes");

	/**
	 * Japanese headers; those the CSV import reads ({@code メールアドレス} …) are the import's.
	 */
	static final List<String> JAPANESE = List.of("注文ID", "注文日時", "ステータス", "ステータス理由", "メールアドレス", "顧客名", "注文合計", "通貨",
			"バッチID", "商品名", "数量", "単価", "小計", "備考");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private ExportColumns() {
	}

	static List<String> headers(boolean japanese) {
		return japanese ? JAPANESE : ENGLISH;
	}

	/** One item's row. */
	static List<String> row(OrderRow order, OrderItem item, ZoneId zone) {
		return List.of(Long.toString(order.id()), TIME.format(order.createdAt().atZone(zone)), order.status().dbValue(),
				text(order.statusReason()), order.customerEmail(), order.customerName(),
				order.totalAmount().toPlainString(), order.currency(), text(order.batchId()), item.productName(),
				Integer.toString(item.quantity()), item.unitPrice().toPlainString(), item.subtotal().toPlainString(),
				text(item.notes()));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
