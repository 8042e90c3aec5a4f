package nl.bijeen.registration.admin;

/**
 * The file formats of participant lists: CSV for any spreadsheet or script, XLSX for Excel and the like.
 */
enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

}
