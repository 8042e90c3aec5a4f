package nl.bijeen.badges;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF back for the tests: its text page by page (PDFBox's text extraction, in the order it was drawn)
 * and where each character was drawn.
 */
final class Pdfs {

	private Pdfs() {
	}

	/** The text of each page, in order. */
	static List<String> pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
	}

	/** One character as drawn: its page (from 1), its left and right edge and its baseline, in points. */
	record Glyph(int page, String text, float left, float right, float y) {
	}

	/** Every character of the document with its position (y from the top of the page). */
	static List<Glyph> glyphs(byte[] pdf) throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					for (TextPosition p : positions) {
						glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
								p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()));
					}
				}
			};
			stripper.getText(document);
		}
		return glyphs;
	}

	/** How often a text occurs in another. */
	static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			count++;
		}
		return count;
	}

	/** The text on one line: line breaks (and a break after a hyphen) as the text would read. */
	static String flat(String text) {
		return text.replaceAll("-\\R", "-").replaceAll("\\s+", " ");
	}

}
