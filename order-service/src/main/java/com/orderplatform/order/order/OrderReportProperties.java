package com.orderplatform.order.order;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of the figures and the export of orders, under {@code oms.orders}. An
 * invalid value stops the service at startup with a message naming the property.
 *
 * @param timeZone {@code oms.orders.time-zone} ({@code OMS_TIME_ZONE}): the time zone in
 * which days are counted and times are written, unless a request names another
 * ({@code tz}); {@code Asia/Tokyo} by default, the operations team's
 * @param exportPageSize {@code oms.orders.export-page-size}: orders read per query while
 * an export streams (1,000): memory holds one page, whatever the export's size
 */
@Validated
@ConfigurationProperties("oms.orders")
public record OrderReportProperties(@DefaultValue("Asia/Tokyo") String timeZone,
		@DefaultValue("1000") @Min(1) @Max(10_000) int exportPageSize) {

	/** Refuses a time zone Java does not know. */
	public OrderReportProperties {
		try {
			ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(
					"oms.orders.time-zone '" + timeZone
							+ "' is not a time zone; use an IANA name such as Asia/Tokyo or an offset such as +09:00",
					ex);
		}
	}

	/**
	 * The time zone a request names, or the service's.
	 * @param tz an IANA name ({@code Asia/Tokyo}) or an offset ({@code +09:00});
	 * {@code null} or blank for the service's
	 * @return the zone
	 * @throws InvalidOrderException naming {@code tz} when it is not a time zone
	 */
	public ZoneId zone(String tz) {
		if (tz == null || tz.isBlank()) {
			return ZoneId.of(this.timeZone);
		}
		try {
			return ZoneId.of(tz.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidOrderException("tz",
					"'" + tz + "' is not a time zone; use an IANA name such as Asia/Tokyo or an offset such as +09:00");
		}
	}

}
