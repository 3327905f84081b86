/**
 * One row and one order at a time: {@link ImportRowValidator} checks each row's values
 * ({@link RowError} with a {@link RowErrorCode} per problem, {@link ValidatedRow} when it
 * is fine) and {@link OrderGrouper} turns the rows of one order into an
 * {@link ImportedOrder} or rejects all of them. Pure functions over {@code file}'s rows;
 * it uses {@code file} and nothing of jobs, staging or processing.
 */
package com.orderplatform.order.bulkimport.file.validation;
