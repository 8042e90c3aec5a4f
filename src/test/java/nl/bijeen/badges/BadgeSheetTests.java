package nl.bijeen.badges;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import nl.bijeen.badges.PdfDocuments.Typefaces;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The badge sheet and the text fitting without a database: a thousand badges make 125 sheets, and text that is
 * too long shrinks, wraps and is shortened so it stays within its width.
 */
class BadgeSheetTests {

	private final PdfDocuments documents = new PdfDocuments();

	@Test
	void aThousandBadgesMakeOneHundredAndTwentyFiveSheets() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = this.documents.create()) {
			BadgeSheet sheet = new BadgeSheet(document, this.documents.typefaces(document), "Conferentie Samen sterker",
					"12 mei 2026");
			for (int i = 1; i <= 1000; i++) {
				sheet.add(new Badge("Deelnemer " + i, "Organisatie " + i, List.of("11:00 Workshop " + (i % 6))));
			}
			sheet.finish("niemand");
			document.save(out);
			assertThat(sheet.count()).isEqualTo(1000);
		}
		List<String> pages = Pdfs.pages(out.toByteArray());
		assertThat(pages).hasSize(125);
		assertThat(pages.get(124)).contains("Deelnemer 993").contains("Deelnemer 1000");
		// the subset of the font, not the whole font, is embedded: far less than the 700 KB of the font file
		assertThat(out.size()).isLessThan(1_500_000);
	}

	@Test
	void longTextShrinksWrapsAndIsShortenedToFit() throws Exception {
		try (PDDocument document = this.documents.create()) {
			Typefaces faces = this.documents.typefaces(document);
			Typeface bold = faces.bold();
			String longName = bold.clean("Maximiliaan Alexander Theodorus Johannes van den Heuvel-Oosterbeek tot Nijenrode");
			TextFit fit = TextFit.of(bold, longName, 200, 20, 10, 2);
			assertThat(fit.lines()).hasSize(2);
			fit.lines().forEach(line -> assertThat(bold.width(line, fit.size())).isLessThanOrEqualTo(200));
			assertThat(fit.lines().get(1)).endsWith(TextFit.ELLIPSIS);

			TextFit threeLines = TextFit.of(bold, longName, 226, 20, 9, 3);
			assertThat(threeLines.lines()).hasSize(3);
			assertThat(String.join(" ", threeLines.lines())).isEqualTo(longName);
			threeLines.lines().forEach(line -> assertThat(bold.width(line, threeLines.size())).isLessThanOrEqualTo(226));

			TextFit shortName = TextFit.of(bold, bold.clean("Zoë Çelik"), 200, 20, 10, 2);
			assertThat(shortName.lines()).containsExactly("Zoë Çelik");
			assertThat(shortName.size()).isEqualTo(20f);

			TextFit oneWord = TextFit.of(bold, bold.clean("Supercalifragilisticexpialidocious-Wolkenkrabber"), 100, 12, 8, 2);
			fit(bold, oneWord, 100);

			assertThat(bold.clean(" Jan\tvan\u0000 der\nBerg\u200b ")).isEqualTo("Jan van der Berg");
			assertThat(faces.regular().clean("王")).isEqualTo("?");
			assertThat(faces.regular().clean("Zoe\u0308")).isEqualTo("Zoë");
		}
	}

	private static void fit(Typeface face, TextFit fit, float width) {
		assertThat(fit.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
		fit.lines().forEach(line -> assertThat(face.width(line, fit.size())).isLessThanOrEqualTo(width));
	}

}
