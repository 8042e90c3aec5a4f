package nl.bijeen.registration.admin;

/**
 * Makes text safe for a spreadsheet cell: a value that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be taken for a formula (CSV injection), so it gets a leading
 * single quote and is shown as text.
 */
final class CsvCells {

	private CsvCells() {
	}

	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
