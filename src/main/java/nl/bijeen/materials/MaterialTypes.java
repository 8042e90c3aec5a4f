package nl.bijeen.materials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what an uploaded file is from its content alone, with Apache Tika's detector (magic bytes, no file name
 * given). Tika's core names the containers of office documents without their parsers: an OOXML or zip file is
 * told apart by its entries ({@code word/}, {@code ppt/}, {@code xl/}), an OLE2 file (Word, PowerPoint and Excel
 * 97-2003) by the name of its main stream in the container's directory.
 */
public final class MaterialTypes {

	private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

	private static final int MAX_ZIP_ENTRIES = 2000;

	private MaterialTypes() {
	}

	/** The type of this content, or empty when it is not on the allow-list (or cannot be told). */
	public static Optional<MaterialType> detect(byte[] content) {
		String detected;
		try {
			detected = TIKA.detect(new ByteArrayInputStream(content), new Metadata()).getBaseType().toString();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		if (detected.equals("application/x-tika-ooxml") || detected.equals("application/zip")) {
			return ooxml(content);
		}
		if (detected.equals("application/x-tika-msoffice")) {
			return ole2(content);
		}
		return MaterialType.ofContentType(detected);
	}

	/** The media type Tika names for this content (for logs and tests). */
	static String tikaType(byte[] content) throws IOException {
		MediaType type = TIKA.detect(new ByteArrayInputStream(content), new Metadata());
		return type.getBaseType().toString();
	}

	private static Optional<MaterialType> ooxml(byte[] content) {
		boolean types = false;
		MaterialType found = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int n = 0;
			while ((entry = zip.getNextEntry()) != null && n++ < MAX_ZIP_ENTRIES) {
				String name = entry.getName();
				types |= name.equals("[Content_Types].xml");
				if (name.equals("word/document.xml")) {
					found = MaterialType.DOCX;
				}
				else if (name.equals("ppt/presentation.xml")) {
					found = MaterialType.PPTX;
				}
				else if (name.equals("xl/workbook.xml")) {
					found = MaterialType.XLSX;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		return types ? Optional.ofNullable(found) : Optional.empty();
	}

	private static Optional<MaterialType> ole2(byte[] content) {
		// Directory entries hold their names in UTF-16LE.
		if (contains(content, "WordDocument")) {
			return Optional.of(MaterialType.DOC);
		}
		if (contains(content, "PowerPoint Document")) {
			return Optional.of(MaterialType.PPT);
		}
		if (contains(content, "Workbook") || contains(content, "Book")) {
			return Optional.of(MaterialType.XLS);
		}
		return Optional.empty();
	}

	private static boolean contains(byte[] content, String name) {
		byte[] needle = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
		outer: for (int i = 0; i + needle.length <= content.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
