package nl.bijeen.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bijeen.attendance.QrCodes;
import nl.bijeen.badges.PdfDocuments;
import nl.bijeen.badges.Typeface;
import nl.bijeen.registration.Accreditation;
import nl.bijeen.web.BijeenProperties;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Certificates of attendance as PDF (Apache PDFBox, the badges module's embedded DejaVu fonts): one A4 page per
 * certificate, in the participant's language, with a QR code to the public verification page.
 */
@Component
class CertificatePdf {

	private static final float MARGIN = 64;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float QR = 110;

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final CertificateFacts facts;

	private final String baseUrl;

	CertificatePdf(PdfDocuments documents, MessageSource messages, CertificateFacts facts, BijeenProperties site) {
		this.documents = documents;
		this.messages = messages;
		this.facts = facts;
		this.baseUrl = site.getBaseUrl().replaceAll("/+$", "");
	}

	/** The public page that confirms a certificate (and that its QR code leads to). */
	String verificationUrl(String code) {
		return this.baseUrl + "/certificaat/" + code;
	}

	/** Writes the certificates as one document (a page with a note when there are none). */
	void write(List<Certificate> certificates, Locale fallback, OutputStream out) throws IOException {
		try (PDDocument document = this.documents.create()) {
			PdfDocuments.Typefaces faces = this.documents.typefaces(document);
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle(msg("certificates.pdf.title", fallback));
			document.setDocumentInformation(info);
			if (certificates.isEmpty()) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					new Pen(content, faces.regular(), PDRectangle.A4.getHeight() - MARGIN)
						.lines(msg("certificates.pdf.none", fallback), 12, 16);
				}
			}
			for (Certificate certificate : certificates) {
				page(document, faces, certificate);
			}
			document.save(out);
		}
	}

	private void page(PDDocument document, PdfDocuments.Typefaces faces, Certificate c) throws IOException {
		Accreditation p = c.participant();
		Locale locale = "en".equals(p.locale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			Pen pen = new Pen(content, faces.regular(), PDRectangle.A4.getHeight() - MARGIN - 20);
			pen.face = faces.bold();
			pen.lines(msg("certificates.pdf.title", locale), 26, 36);
			pen.face = faces.regular();
			pen.skip(18);
			pen.lines(msg("certificates.pdf.declare", locale), 12, 18);
			pen.face = faces.bold();
			pen.lines(p.name(), 20, 26);
			pen.face = faces.regular();
			pen.lines(msg("certificates.pdf.attended", locale), 12, 18);
			pen.face = faces.bold();
			pen.lines(c.event().getTitle(), 16, 21);
			pen.face = faces.regular();
			pen.skip(12);
			pen.lines(msg("certificates.pdf.date", locale, this.facts.dates(c.event(), locale)), 12, 18);
			pen.lines(msg("certificates.pdf.hours", locale, this.facts.hours(c.event(), locale)), 12, 18);
			if (!p.sessions().isEmpty()) {
				pen.skip(6);
				pen.lines(msg("certificates.pdf.sessions", locale), 12, 18);
				for (String session : p.sessions()) {
					pen.lines("\u2022 " + session, 12, 17);
				}
			}
			if (p.accredited()) {
				pen.skip(6);
				pen.face = faces.bold();
				pen.lines(msg("certificates.pdf.points", locale, p.points()), 12, 18);
				pen.face = faces.regular();
				pen.lines(msg("certificates.pdf.register", locale, p.register().name(), p.registrationNumber()), 12, 18);
			}
			String url = verificationUrl(c.code());
			PDImageXObject qr = PDImageXObject.createFromByteArray(document, QrCodes.png(url), "qr.png");
			content.drawImage(qr, MARGIN + WIDTH - QR, MARGIN, QR, QR);
			Pen foot = new Pen(content, faces.regular(), MARGIN + QR - 12);
			foot.width = WIDTH - QR - 16;
			foot.lines(msg("certificates.pdf.code", locale, c.displayCode()), 10, 14);
			foot.lines(msg("certificates.pdf.verify", locale), 10, 14);
			foot.lines(url, 9, 13);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** Writes lines of text from the top down, wrapping at spaces. */
	private static final class Pen {

		private final PDPageContentStream content;

		private Typeface face;

		private float y;

		private float width = WIDTH;

		Pen(PDPageContentStream content, Typeface face, float y) {
			this.content = content;
			this.face = face;
			this.y = y;
		}

		void skip(float space) {
			this.y -= space;
		}

		void lines(String text, float size, float leading) throws IOException {
			for (String line : wrap(this.face.clean(text), size)) {
				this.y -= leading;
				this.content.beginText();
				this.content.newLineAtOffset(MARGIN, this.y);
				this.face.show(this.content, line, size);
				this.content.endText();
			}
		}

		private List<String> wrap(String text, float size) {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && this.face.width(candidate, size) > this.width) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

	}

}
