package nl.bijeen.badges;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * New PDF documents with the fonts of badges and presence lists (and of the certificates module's certificates). A document keeps its pages' content in a
 * temporary scratch file rather than on the heap, so its memory does not grow with the text drawn. The fonts
 * (DejaVu Sans and DejaVu Sans Bold, shipped in {@code fonts/} with their licence) are read from the class path
 * once and embedded in each document as a subset of the characters it uses.
 */
@Component
public class PdfDocuments {

	private final byte[] regular;

	private final byte[] bold;

	PdfDocuments() {
		this.regular = read("fonts/DejaVuSans.ttf");
		this.bold = read("fonts/DejaVuSans-Bold.ttf");
	}

	/** A new, empty document; close it after use. */
	public PDDocument create() {
		return new PDDocument(IOUtils.createTempFileOnlyStreamCache());
	}

	/** The regular and bold typefaces, embedded in this document. */
	public Typefaces typefaces(PDDocument document) throws IOException {
		PDFont regularFont = load(document, this.regular);
		PDFont boldFont = load(document, this.bold);
		return new Typefaces(new Typeface(List.of(regularFont)), new Typeface(List.of(boldFont, regularFont)));
	}

	private static PDFont load(PDDocument document, byte[] font) throws IOException {
		try (InputStream in = new ByteArrayInputStream(font)) {
			return PDType0Font.load(document, in, true);
		}
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Font missing from the class path: " + path, ex);
		}
	}

	/** The two styles of text a printout uses. */
	public record Typefaces(Typeface regular, Typeface bold) {
	}

}
