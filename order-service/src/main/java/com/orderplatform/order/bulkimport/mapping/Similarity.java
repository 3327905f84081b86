package com.orderplatform.order.bulkimport.mapping;

/**
 * How alike two header keys are: Python's {@code difflib.SequenceMatcher.ratio()} (the
 * Ratcliff/Obershelp measure Odoo's import uses): twice the characters of the longest
 * common blocks, found recursively, over both lengths. {@code 顧客名かな} vs {@code 顧客名} is
 * 0.75, {@code 単位} vs {@code 単価} 0.5.
 */
final class Similarity {

	private Similarity() {
	}

	/**
	 * The ratio of two texts.
	 * @param a one text
	 * @param b the other
	 * @return 0 (nothing in common) … 1 (equal)
	 */
	static double ratio(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		if (x.length + y.length == 0) {
			return 1.0;
		}
		return 2.0 * matching(x, 0, x.length, y, 0, y.length) / (x.length + y.length);
	}

	private static int matching(int[] x, int xFrom, int xTo, int[] y, int yFrom, int yTo) {
		int bestI = xFrom;
		int bestJ = yFrom;
		int bestLength = 0;
		int[] previous = new int[yTo - yFrom + 1];
		for (int i = xFrom; i < xTo; i++) {
			int[] current = new int[yTo - yFrom + 1];
			for (int j = yFrom; j < yTo; j++) {
				if (x[i] == y[j]) {
					int length = previous[j - yFrom] + 1;
					current[j - yFrom + 1] = length;
					if (length > bestLength) {
						bestLength = length;
						bestI = i - length + 1;
						bestJ = j - length + 1;
					}
				}
			}
			previous = current;
		}
		if (bestLength == 0) {
			return 0;
		}
		return bestLength + matching(x, xFrom, bestI, y, yFrom, bestJ)
				+ matching(x, bestI + bestLength, xTo, y, bestJ + bestLength, yTo);
	}

}
