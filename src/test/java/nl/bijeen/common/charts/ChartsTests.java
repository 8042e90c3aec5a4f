package nl.bijeen.common.charts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTests {

	@Test
	void theLongestBarFillsThePlotAndTheOthersAreInProportion() {
		BarChart chart = new BarChart("c", "Bezetting", "A 30, B 15", "Workshop", "Plaatsen",
				List.of(new BarChart.Bar("A", 30, "30"), new BarChart.Bar("B", 15, "15"), new BarChart.Bar("C", 0, "0")));
		assertThat(chart.drawn()).extracting(BarChart.Drawn::width).containsExactly(470.0, 235.0, 0.0);
		assertThat(chart.drawn().get(1).barY()).isGreaterThan(chart.drawn().get(0).barY() + 20);
		assertThat(chart.height()).isGreaterThan(chart.drawn().get(2).valueY());
	}

	@Test
	void barsOfZeroOnlyDrawNothingRatherThanDividingByZero() {
		BarChart chart = new BarChart("c", "x", "x", "a", "b", List.of(new BarChart.Bar("A", 0, "0")));
		assertThat(chart.drawn().get(0).width()).isZero();
		assertThat(new BarChart("c", "x", "x", "a", "b", List.of()).empty()).isTrue();
	}

	@Test
	void aLineRunsFromTheLeftBottomToTheRightAtTheHighestValue() {
		LineChart chart = new LineChart("l", "Aanmeldingen", "0 tot 40", "Datum", "Aantal",
				List.of(new LineChart.Point(0, 0, "1 nov.", "0"), new LineChart.Point(5, 10, "6 nov.", "10"),
						new LineChart.Point(10, 40, "11 nov.", "40")));
		assertThat(chart.path()).isEqualTo("M56.0 200.0 L320.0 153.5 L584.0 14.0");
		assertThat(chart.firstX()).isEqualTo("1 nov.");
		assertThat(chart.lastX()).isEqualTo("11 nov.");
	}

	@Test
	void oneOrNoPointsStillDraw() {
		assertThat(new LineChart("l", "x", "x", "a", "b", List.of(new LineChart.Point(3, 2, "a", "2"))).path())
			.isEqualTo("M56.0 14.0 H584.0");
		assertThat(new LineChart("l", "x", "x", "a", "b", List.of()).path()).isEmpty();
	}

}
