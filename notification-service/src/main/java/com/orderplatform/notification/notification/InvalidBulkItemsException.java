package com.orderplatform.notification.notification;

import java.util.List;

/**
 * Items of a bulk request cannot be queued (a recipient that does not fit its channel, an
 * unknown template, a missing variable), so none of the request is.
 */
public class InvalidBulkItemsException extends RuntimeException {

	private final List<ItemProblem> problems;

	public InvalidBulkItemsException(List<ItemProblem> problems, int invalidItems) {
		super("%d item(s) cannot be queued, so nothing was: %s".formatted(invalidItems,
				problems.getFirst().field() + ": " + problems.getFirst().message()));
		this.problems = List.copyOf(problems);
	}

	/**
	 * What is wrong, in request order (the first ones, if very many items are invalid).
	 * @return the problems, at least one
	 */
	public List<ItemProblem> problems() {
		return this.problems;
	}

	/**
	 * One invalid field of one item.
	 *
	 * @param field the field as the client wrote it, e.g. {@code items[3].recipient}
	 * @param message what is wrong with it
	 */
	public record ItemProblem(String field, String message) {

		public static ItemProblem of(int index, String field, String message) {
			return new ItemProblem("items[%d].%s".formatted(index, field), message);
		}

	}

}
