package com.orderplatform.order.bulkimport;

/**
 * The file as a whole is refused: nothing in it is imported. Thrown when a file is
 * inspected and, for {@link FileErrorCode#TOO_MANY_ROWS} and
 * {@link FileErrorCode#MALFORMED_CSV}, while its rows are read. The message says what is
 * wrong and how to fix it.
 */
public class ImportFileException extends RuntimeException {

	private final FileErrorCode code;

	/**
	 * Creates the exception.
	 * @param code the stable code
	 * @param message what is wrong and how to fix it, in English
	 */
	public ImportFileException(FileErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * The stable code the dashboard translates.
	 * @return the code
	 */
	public FileErrorCode getCode() {
		return this.code;
	}

}
