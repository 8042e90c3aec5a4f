package nl.bijeen.materials;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file that may be uploaded (the allow-list), each with the content type it is served with and the
 * extension of its download name. Plain text is not among them: a text file renamed {@code .pdf} is refused.
 */
public enum MaterialType {

	PDF("application/pdf", "pdf"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	PPT("application/vnd.ms-powerpoint", "ppt"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	DOC("application/msword", "doc"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	XLS("application/vnd.ms-excel", "xls"),
	ODP("application/vnd.oasis.opendocument.presentation", "odp"),
	ODT("application/vnd.oasis.opendocument.text", "odt"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg"),
	WEBP("image/webp", "webp"),
	GIF("image/gif", "gif");

	private final String contentType;

	private final String extension;

	MaterialType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/** The message key of its short name ("PDF", "PowerPoint", ...). */
	public String labelKey() {
		return "materials.type." + name();
	}

	/** The type with this content type, if it is on the list. */
	public static Optional<MaterialType> ofContentType(String contentType) {
		return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
	}

}
