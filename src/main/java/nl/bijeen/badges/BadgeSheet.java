package nl.bijeen.badges;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import nl.bijeen.badges.PdfDocuments.Typefaces;

/**
 * Draws badges of 90 x 55 mm, {@value #COLUMNS} x {@value #ROWS} to an A4 page (portrait), with 5 mm between
 * them to cut in and a dashed line to cut along. On each badge, inside a margin of 5 mm: the event's title and
 * date small at the top, the name large and the organisation in the middle, the workshops at the bottom. Each
 * badge is drawn as it is added; a page's content is closed when the page is full.
 */
final class BadgeSheet {

	static final int COLUMNS = 2;

	static final int ROWS = 4;

	static final int PER_PAGE = COLUMNS * ROWS;

	private static final float MM = 72f / 25.4f;

	private static final float WIDTH = 90 * MM;

	private static final float HEIGHT = 55 * MM;

	private static final float GUTTER = 5 * MM;

	private static final float MARGIN = 5 * MM;

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float LEFT = (PAGE.getWidth() - (COLUMNS * WIDTH + (COLUMNS - 1) * GUTTER)) / 2;

	private static final float TOP = (PAGE.getHeight() + (ROWS * HEIGHT + (ROWS - 1) * GUTTER)) / 2;

	private static final float HEADER_SIZE = 7f;

	private static final float WORKSHOP_SIZE = 7.5f;

	private static final float WORKSHOP_LEADING = 9f;

	private static final int MAX_WORKSHOP_LINES = 4;

	private static final float NAME_SIZE = 20f;

	private static final float NAME_MIN = 9f;

	private static final float NAME_LEADING = 1.15f;

	private static final float ORG_SIZE = 10.5f;

	private static final float ORG_MIN = 6.5f;

	private static final float ORG_LEADING = 1.2f;

	private static final float GAP = 3f;

	/** Where the baseline sits below the top of a line, as a part of the font size (DejaVu's ascent is 0.93, its capitals 0.73). */
	private static final float ASCENT = 0.85f;

	private final PDDocument document;

	private final Typefaces faces;

	private final String eventTitle;

	private final String eventDate;

	private PDPageContentStream content;

	private int count;

	BadgeSheet(PDDocument document, Typefaces faces, String eventTitle, String eventDate) {
		this.document = document;
		this.faces = faces;
		this.eventTitle = faces.regular().clean(eventTitle);
		this.eventDate = faces.regular().clean(eventDate);
	}

	void add(Badge badge) throws IOException {
		int slot = this.count % PER_PAGE;
		if (slot == 0) {
			closePage();
			PDPage page = new PDPage(PAGE);
			this.document.addPage(page);
			this.content = new PDPageContentStream(this.document, page);
		}
		float x = LEFT + (slot % COLUMNS) * (WIDTH + GUTTER);
		float top = TOP - (slot / COLUMNS) * (HEIGHT + GUTTER);
		draw(badge, x, top);
		this.count++;
	}

	/**
	 * Closes the last page; without any badge, one page that says so.
	 */
	void finish(String noneText) throws IOException {
		if (this.count == 0) {
			PDPage page = new PDPage(PAGE);
			this.document.addPage(page);
			this.content = new PDPageContentStream(this.document, page);
			Typeface face = this.faces.regular();
			text(face, face.clean(this.eventTitle + " \u2013 " + noneText), 12, LEFT, TOP - 12);
		}
		closePage();
	}

	int count() {
		return this.count;
	}

	private void closePage() throws IOException {
		if (this.content != null) {
			this.content.close();
			this.content = null;
		}
	}

	private void draw(Badge badge, float x, float top) throws IOException {
		PDPageContentStream c = this.content;
		// the line to cut along
		c.setStrokingColor(0.6f, 0.6f, 0.6f);
		c.setLineWidth(0.3f);
		c.setLineDashPattern(new float[] { 3, 2 }, 0);
		c.addRect(x, top - HEIGHT, WIDTH, HEIGHT);
		c.stroke();
		c.setLineDashPattern(new float[] {}, 0);

		float left = x + MARGIN;
		float width = WIDTH - 2 * MARGIN;
		float innerTop = top - MARGIN;
		float bottom = top - HEIGHT + MARGIN;

		// event and date, small, on one line at the top, and a rule under them
		Typeface regular = this.faces.regular();
		float dateWidth = regular.width(this.eventDate, HEADER_SIZE);
		float titleRoom = Math.max(0, width - dateWidth - 6);
		c.setNonStrokingColor(0.35f, 0.35f, 0.35f);
		float headerBaseline = innerTop - HEADER_SIZE;
		text(regular, TextFit.ellipsize(regular, this.eventTitle, titleRoom, HEADER_SIZE), HEADER_SIZE, left,
				headerBaseline);
		text(regular, this.eventDate, HEADER_SIZE, left + width - dateWidth, headerBaseline);
		c.setStrokingColor(0.75f, 0.75f, 0.75f);
		c.setLineWidth(0.5f);
		float rule = headerBaseline - 3.5f;
		c.moveTo(left, rule);
		c.lineTo(left + width, rule);
		c.stroke();

		// the workshops, from the bottom up
		List<String> workshops = workshopLines(badge.workshops());
		c.setNonStrokingColor(0.15f, 0.15f, 0.15f);
		for (int i = 0; i < workshops.size(); i++) {
			float baseline = bottom + 1 + (workshops.size() - 1 - i) * WORKSHOP_LEADING;
			text(regular, TextFit.ellipsize(regular, workshops.get(i), width, WORKSHOP_SIZE), WORKSHOP_SIZE, left,
					baseline);
		}

		// name and organisation, centred in what is left
		float areaTop = rule - 4;
		float areaBottom = bottom + workshops.size() * WORKSHOP_LEADING + (workshops.isEmpty() ? 0 : 3);
		nameAndOrganisation(badge, left, width, areaTop, areaBottom);
	}

	private List<String> workshopLines(List<String> workshops) {
		List<String> lines = new ArrayList<>();
		for (String workshop : workshops) {
			lines.add(this.faces.regular().clean(workshop));
		}
		if (lines.size() > MAX_WORKSHOP_LINES) {
			int rest = lines.size() - (MAX_WORKSHOP_LINES - 1);
			List<String> kept = new ArrayList<>(lines.subList(0, MAX_WORKSHOP_LINES - 1));
			kept.add("+ " + rest);
			return kept;
		}
		return lines;
	}

	private void nameAndOrganisation(Badge badge, float left, float width, float areaTop, float areaBottom)
			throws IOException {
		Typeface bold = this.faces.bold();
		Typeface regular = this.faces.regular();
		String name = bold.clean(badge.name());
		String organisation = regular.clean(badge.organisation());
		float room = areaTop - areaBottom;
		TextFit nameFit = null;
		TextFit orgFit = null;
		float block = 0;
		for (float scale = 1f; scale >= 0.5f; scale -= 0.1f) {
			nameFit = TextFit.of(bold, name, width, NAME_SIZE * scale, Math.min(NAME_MIN, NAME_SIZE * scale), 3);
			orgFit = TextFit.of(regular, organisation, width, ORG_SIZE * scale, Math.min(ORG_MIN, ORG_SIZE * scale), 3);
			block = nameFit.height(NAME_LEADING) + (orgFit.lines().isEmpty() ? 0 : GAP) + orgFit.height(ORG_LEADING);
			if (block <= room) {
				break;
			}
		}
		float y = areaTop - Math.max(0, (room - block) / 2);
		this.content.setNonStrokingColor(0f, 0f, 0f);
		for (String line : nameFit.lines()) {
			centred(bold, line, nameFit.size(), left, width, y - ASCENT * nameFit.size());
			y -= nameFit.size() * NAME_LEADING;
		}
		y -= GAP;
		this.content.setNonStrokingColor(0.25f, 0.25f, 0.25f);
		for (String line : orgFit.lines()) {
			centred(regular, line, orgFit.size(), left, width, y - ASCENT * orgFit.size());
			y -= orgFit.size() * ORG_LEADING;
		}
	}

	private void centred(Typeface face, String line, float size, float left, float width, float baseline)
			throws IOException {
		text(face, line, size, left + (width - face.width(line, size)) / 2, baseline);
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
