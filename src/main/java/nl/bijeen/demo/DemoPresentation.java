package nl.bijeen.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import nl.bijeen.materials.MaterialOwner;
import nl.bijeen.materials.Materials;
import nl.bijeen.materials.Upload;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.springframework.stereotype.Component;

/**
 * The presentation of the jubilee debate, made when the demo is seeded: a few text slides (PDF, landscape) in our
 * own words, attached to the report, so its "Download de presentatie" link works in the demo.
 */
@Component
class DemoPresentation {

	private static final List<List<String>> SLIDES = List.of(
			List.of("De sociale idealen van gemeenten", "Jubileumdebat van de Werkplaatsen Sociaal Domein",
					"Geertekerk, Utrecht", "22 november 2018"),
			List.of("Waar ging het over?", "- Niet wat de Werkplaatsen doen, maar wat ze vinden",
					"- De stem van de sociaal professional in het beleid",
					"- Wethouders, onderzoekers en sociaal werkers aan een tafel"),
			List.of("Ruimte voor de idealen van bewoners", "- Gemeenten juichen initiatieven toe ...",
					"- ... die daarna in de logica van beleid moeten passen",
					"- Praat niet over iemand zonder die persoon zelf"),
			List.of("Vertrouwen in plaats van regels", "- Erkenning is het begin",
					"- Geef mensen ruimte en tijd om het leven weer op te pakken",
					"- Bruggen bouwen tussen mensen in eenzaamheid en armoede"),
			List.of("Wat de zaal meegaf", "- Sluit aan bij wat er al is",
					"- Neem initiatieven van inwoners niet over",
					"- Een eigen budget voor inwoners brengt onverwachte plannen"));

	private final Materials materials;

	DemoPresentation(Materials materials) {
		this.materials = materials;
	}

	void attachTo(long reportId) {
		this.materials.seed(new Upload(MaterialOwner.article(reportId), "de presentatie van het jubileumdebat", false,
				"presentatie-jubileumdebat.pdf", pdf()));
	}

	static byte[] pdf() {
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle("De sociale idealen van gemeenten");
			for (List<String> slide : SLIDES) {
				PDPage page = new PDPage(landscape);
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(bold, 30);
					text.newLineAtOffset(60, landscape.getHeight() - 110);
					text.showText(slide.get(0));
					text.setFont(regular, 20);
					for (String line : slide.subList(1, slide.size())) {
						text.newLineAtOffset(0, -50);
						text.showText(line);
					}
					text.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
