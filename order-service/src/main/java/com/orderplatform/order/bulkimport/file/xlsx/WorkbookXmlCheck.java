package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;

/**
 * Streams a workbook's shared-string table and worksheets once (StAX, no DTDs) and
 * refuses the workbook before a reader builds any cell from them: a string over Excel's
 * {@value #MAX_CELL_CHARS} characters (a reader would build it in full, as often as it is
 * referenced), more than {@value #MAX_SHARED_STRINGS} shared strings or
 * {@value #MAX_SHARED_CHARS} characters in all (a reader keeps the table in memory), or a
 * cell beyond Excel's last column (a reader would make a row that wide).
 */
final class WorkbookXmlCheck {

	/** Excel's limit of characters in a cell. */
	static final int MAX_CELL_CHARS = 32_767;

	/** The most shared strings. */
	static final int MAX_SHARED_STRINGS = 2_000_000;

	/** The most characters of all shared strings. */
	static final long MAX_SHARED_CHARS = 32L * 1024 * 1024;

	/** Excel's last column, XFD. */
	static final int MAX_COLUMNS = 16_384;

	private static final XMLInputFactory FACTORY = factory();

	private WorkbookXmlCheck() {
	}

	static void check(ZipFile zip) throws IOException {
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			String name = entry.getName();
			boolean sharedStrings = name.equals("xl/sharedStrings.xml");
			if (sharedStrings || (name.startsWith("xl/worksheets/") && name.endsWith(".xml"))) {
				try (InputStream in = zip.getInputStream(entry)) {
					scan(in, name, sharedStrings);
				}
				catch (XMLStreamException ex) {
					throw unreadable("its part " + name + " is not well-formed XML");
				}
			}
		}
	}

	/** Counts the characters of each string and cell; checks cell references. */
	private static void scan(InputStream in, String part, boolean sharedStrings) throws XMLStreamException {
		XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
		try {
			long strings = 0;
			long totalChars = 0;
			long chars = 0;
			int phonetic = 0;
			String cell = "";
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String element = xml.getLocalName();
					switch (element) {
						case "si" -> {
							chars = 0;
							if (++strings > MAX_SHARED_STRINGS) {
								throw WorkbookGuard.tooLarge(
										"its shared-string table holds more than " + MAX_SHARED_STRINGS + " strings");
							}
						}
						case "rPh" -> phonetic++;
						case "c" -> {
							chars = 0;
							cell = String.valueOf(xml.getAttributeValue(null, "r"));
							requireColumn(cell, part);
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("rPh")) {
					phonetic--;
				}
				else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
						&& phonetic == 0) {
					chars += xml.getTextLength();
					totalChars += sharedStrings ? xml.getTextLength() : 0;
					if (chars > MAX_CELL_CHARS) {
						throw WorkbookGuard.tooLarge((sharedStrings ? "shared string " + strings : "cell " + cell)
								+ " holds more than " + MAX_CELL_CHARS + " characters, Excel's limit for a cell");
					}
					if (totalChars > MAX_SHARED_CHARS) {
						throw WorkbookGuard
							.tooLarge("its shared strings hold more than " + MAX_SHARED_CHARS + " characters in all");
					}
				}
			}
		}
		finally {
			xml.close();
		}
	}

	/** A cell reference such as {@code E12}; beyond column XFD is refused. */
	private static void requireColumn(String reference, String part) {
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			if (column > MAX_COLUMNS) {
				throw WorkbookGuard.tooLarge("its part " + part + " has a cell beyond column XFD, Excel's last");
			}
		}
	}

	static ImportFileException unreadable(String reason) {
		return new ImportFileException(FileErrorCode.UNREADABLE_WORKBOOK, "The workbook cannot be read: " + reason
				+ ". Open it in Excel, save it again as .xlsx (or as CSV UTF-8) and upload that file.");
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

}
