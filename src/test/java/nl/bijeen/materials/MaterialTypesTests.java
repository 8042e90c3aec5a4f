package nl.bijeen.materials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an uploaded file is, told from real files made here, whatever their name; and the names and sizes shown.
 */
class MaterialTypesTests {

	@Test
	void realFilesAreToldByTheirContent() throws IOException {
		assertThat(MaterialTypes.detect(TestFiles.pdf("Dia 1"))).contains(MaterialType.PDF);
		assertThat(MaterialTypes.detect(TestFiles.image("png"))).contains(MaterialType.PNG);
		assertThat(MaterialTypes.detect(TestFiles.image("jpeg"))).contains(MaterialType.JPEG);
		assertThat(MaterialTypes.detect(TestFiles.image("gif"))).contains(MaterialType.GIF);
		assertThat(MaterialTypes.detect(TestFiles.docx())).contains(MaterialType.DOCX);
		assertThat(MaterialTypes.detect(TestFiles.pptx())).contains(MaterialType.PPTX);
		assertThat(MaterialTypes.detect(TestFiles.xlsx())).contains(MaterialType.XLSX);
		assertThat(MaterialTypes.detect(TestFiles.xls())).contains(MaterialType.XLS);
	}

	@Test
	void textZipsAndHtmlAreRefused() throws IOException {
		assertThat(MaterialTypes.detect(TestFiles.text())).isEmpty();
		assertThat(MaterialTypes.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(MaterialTypes.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(MaterialTypes.detect(new byte[] { 1, 2, 3 })).isEmpty();
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("word/document.xml"));
			out.write("<x/>".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertThat(MaterialTypes.detect(zip.toByteArray())).as("a zip without [Content_Types].xml").isEmpty();
	}

	@Test
	void namesAreSafeAndCarryTheDetectedExtension() {
		assertThat(FileNames.forAddress("C:\\Users\\x\\Presentatie Coöperatie.PPTX", "t", MaterialType.PDF))
			.isEqualTo("presentatie-cooperatie.pdf");
		assertThat(FileNames.forAddress("../../etc/passwd", "t", MaterialType.PNG)).isEqualTo("passwd.png");
		assertThat(FileNames.forAddress("...", "Dia's van het debat", MaterialType.PDF)).isEqualTo("dia-s-van-het-debat.pdf");
		assertThat(FileNames.forAddress(null, "€€", MaterialType.PDF)).isEqualTo("materiaal.pdf");
		Material material = new Material(1, 1L, null, null, "Coöperatie \"slides\"\r\nX-Evil: 1 / deel", "cooperatie.pdf",
				MaterialType.PDF, 10, "ab", false, LocalDateTime.now());
		String header = FileNames.contentDisposition(material, false);
		assertThat(header).startsWith("attachment; filename=\"cooperatie.pdf\"; filename*=UTF-8''")
			.doesNotContain("\r", "\n", "/");
		String encoded = header.substring(header.indexOf("UTF-8''") + 7);
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Coöperatie slides X-Evil 1 deel.pdf");
	}

	@Test
	void sizesReadAsPeopleReadThem() {
		assertThat(MaterialPages.size(830, Locale.forLanguageTag("nl"))).isEqualTo("830 bytes");
		assertThat(MaterialPages.size(48 * 1024, Locale.forLanguageTag("nl"))).isEqualTo("48 kB");
		assertThat(MaterialPages.size(1_258_291, Locale.forLanguageTag("nl"))).isEqualTo("1,2 MB");
		assertThat(MaterialPages.size(1_258_291, Locale.ENGLISH)).isEqualTo("1.2 MB");
	}

}
