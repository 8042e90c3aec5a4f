package nl.bijeen.badges;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import nl.bijeen.badges.PdfDocuments.Typefaces;

/**
 * Draws a presence list to sign on paper: A4 portrait pages, each with a header (event, session, date, time,
 * room, the page number) and a table of number, name, organisation and an empty column to sign in. Rows are
 * drawn as they are added; the page numbers ("pagina 1 van 3") and the total are written on the pages when the
 * list is complete.
 */
final class PresenceSheet {

	private static final float MM = 72f / 25.4f;

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float MARGIN = 15 * MM;

	private static final float LEFT = MARGIN;

	private static final float RIGHT = PAGE.getWidth() - MARGIN;

	private static final float TOP = PAGE.getHeight() - MARGIN;

	private static final float BOTTOM = MARGIN + 6 * MM;

	/** Column widths: number, name, organisation, signature (together the width between the margins). */
	private static final float[] COLUMNS = { 11 * MM, 62 * MM, 55 * MM, 52 * MM };

	private static final float ROW = 9 * MM;

	private static final float HEAD_ROW = 7 * MM;

	private static final float TABLE_TOP = TOP - 24 * MM;

	private static final float PAGE_NUMBER_ROOM = 38 * MM;

	private final PDDocument document;

	private final Typefaces faces;

	private final Header header;

	private PDPageContentStream content;

	private float y;

	private int count;

	PresenceSheet(PDDocument document, Typefaces faces, Header header) {
		this.document = document;
		this.faces = faces;
		this.header = header;
	}

	/**
	 * What each page's header says, and the labels of the table's columns.
	 */
	record Header(String eventTitle, String subject, String details, List<String> columns) {
	}

	void add(String name, String organisation) throws IOException {
		if (this.content == null || this.y - ROW < BOTTOM) {
			newPage();
		}
		this.count++;
		Typeface regular = this.faces.regular();
		float[] x = columnStarts();
		float pad = 1.5f * MM;
		text(regular, Integer.toString(this.count), 9, x[0] + pad, this.y - ROW / 2 - 3);
		cell(this.faces.bold(), name, 10.5f, x[1] + pad, COLUMNS[1] - 2 * pad);
		cell(regular, organisation, 9.5f, x[2] + pad, COLUMNS[2] - 2 * pad);
		this.y -= ROW;
		line(LEFT, this.y, RIGHT, this.y, 0.4f);
		verticals(this.y + ROW, this.y);
	}

	/**
	 * Closes the last page (a list without anyone still gets its header and an empty table), then writes the page
	 * numbers on every page and the total under the last row.
	 * @param pageLabel "pagina 1 van 3" for a page and the number of pages
	 * @param total the line under the table, e.g. "23 deelnemers met een plaats"
	 */
	void finish(BiFunction<Integer, Integer, String> pageLabel, String total) throws IOException {
		if (this.content == null) {
			newPage();
		}
		Typeface regular = this.faces.regular();
		text(regular, regular.clean(total), 9, LEFT, this.y - 5 * MM);
		this.content.close();
		this.content = null;
		int pages = this.document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			PDPage page = this.document.getPage(i);
			try (PDPageContentStream numbers = new PDPageContentStream(this.document, page, AppendMode.APPEND, true,
					true)) {
				String label = regular.clean(pageLabel.apply(i + 1, pages));
				float size = 9;
				numbers.beginText();
				numbers.newLineAtOffset(RIGHT - regular.width(label, size), TOP - 12);
				regular.show(numbers, label, size);
				numbers.endText();
			}
		}
	}

	int count() {
		return this.count;
	}

	private void newPage() throws IOException {
		if (this.content != null) {
			this.content.close();
		}
		PDPage page = new PDPage(PAGE);
		this.document.addPage(page);
		this.content = new PDPageContentStream(this.document, page);
		Typeface bold = this.faces.bold();
		Typeface regular = this.faces.regular();
		float width = RIGHT - LEFT;
		String title = bold.clean(this.header.eventTitle());
		TextFit titleFit = TextFit.of(bold, title, width - PAGE_NUMBER_ROOM, 14, 10, 1);
		text(bold, titleFit.lines().get(0), titleFit.size(), LEFT, TOP - 12);
		String subject = bold.clean(this.header.subject());
		text(bold, TextFit.ellipsize(bold, subject, width, 11.5f), 11.5f, LEFT, TOP - 12 - 7 * MM);
		String details = regular.clean(this.header.details());
		TextFit detailsFit = TextFit.of(regular, details, width, 9.5f, 7.5f, 1);
		text(regular, detailsFit.lines().isEmpty() ? "" : detailsFit.lines().get(0), detailsFit.size(), LEFT,
				TOP - 12 - 13 * MM);
		// the table's head
		this.y = TABLE_TOP;
		this.content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
		this.content.addRect(LEFT, this.y - HEAD_ROW, width, HEAD_ROW);
		this.content.fill();
		this.content.setNonStrokingColor(0f, 0f, 0f);
		float[] x = columnStarts();
		for (int i = 0; i < COLUMNS.length; i++) {
			String label = bold.clean(this.header.columns().get(i));
			text(bold, TextFit.ellipsize(bold, label, COLUMNS[i] - 3 * MM, 9), 9, x[i] + 1.5f * MM,
					this.y - HEAD_ROW / 2 - 3);
		}
		line(LEFT, this.y, RIGHT, this.y, 0.6f);
		this.y -= HEAD_ROW;
		line(LEFT, this.y, RIGHT, this.y, 0.6f);
		verticals(this.y + HEAD_ROW, this.y);
	}

	/** Text in a cell of the current row: smaller when long, on two or three lines when still too long. */
	private void cell(Typeface face, String value, float size, float x, float width) throws IOException {
		String text = face.clean(value);
		TextFit fit = TextFit.of(face, text, width, size, 7f, 2);
		if (fit.shortened(text)) {
			fit = TextFit.of(face, text, width, 6.5f, 6.5f, 3);
		}
		float leading = fit.size() * 1.1f;
		float middle = this.y - ROW / 2;
		float baseline = middle + (fit.lines().size() - 1) * leading / 2 - fit.size() * 0.35f;
		for (String line : fit.lines()) {
			text(face, line, fit.size(), x, baseline);
			baseline -= leading;
		}
	}

	private float[] columnStarts() {
		float[] starts = new float[COLUMNS.length];
		float x = LEFT;
		for (int i = 0; i < COLUMNS.length; i++) {
			starts[i] = x;
			x += COLUMNS[i];
		}
		return starts;
	}

	private void verticals(float top, float bottom) throws IOException {
		float x = LEFT;
		line(x, top, x, bottom, 0.4f);
		for (float width : COLUMNS) {
			x += width;
			line(x, top, x, bottom, 0.4f);
		}
	}

	private void line(float x1, float y1, float x2, float y2, float width) throws IOException {
		this.content.setStrokingColor(0.45f, 0.45f, 0.45f);
		this.content.setLineWidth(width);
		this.content.moveTo(x1, y1);
		this.content.lineTo(x2, y2);
		this.content.stroke();
	}

	private void text(Typeface face, String text, float size, float x, float baseline) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		this.content.beginText();
		this.content.newLineAtOffset(x, baseline);
		face.show(this.content, text, size);
		this.content.endText();
	}

}
