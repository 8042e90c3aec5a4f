package nl.bijeen.registration.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@Test
	void cellsThatWouldRunAsFormulasBecomeText() {
		assertThat(CsvCells.safe("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvCells.safe("+31 6 1234")).isEqualTo("'+31 6 1234");
		assertThat(CsvCells.safe("-2")).isEqualTo("'-2");
		assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
		assertThat(CsvCells.safe("Frénk")).isEqualTo("Frénk");
		assertThat(CsvCells.safe(null)).isEmpty();
	}

	@Test
	void searchTextIsMatchedLiterally() {
		assertThat(nl.bijeen.registration.ParticipantSearch.pattern(" 100%_A\\b ")).isEqualTo("%100\\%\\_a\\\\b%");
	}

}
