package nl.bijeen.common.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (fragment {@code fragments/charts :: bars(chart)}), with the
 * same figures as a table, so it reads without JavaScript, without images and with a screen reader. Each bar has its
 * label above it and its value text beside it; the longest bar fills the plot.
 *
 * @param id unique on the page (used for the SVG's title and description)
 * @param caption what the chart shows, as its caption and the SVG's title
 * @param summary one sentence with the main figures, as the SVG's description
 * @param labelHeading the table's first column heading
 * @param valueHeading the table's second column heading
 * @param bars the bars, in the order shown
 * @param scale the value a bar filling the plot stands for (e.g. 1 for fractions, so a full workshop fills it);
 * {@code null}: the largest value. A larger value still fills it.
 */
public record BarChart(String id, String caption, String summary, String labelHeading, String valueHeading,
		List<Bar> bars, Double scale) {

	/** The width of the drawing in SVG units; it scales to the width of the page. */
	public static final int WIDTH = 600;

	static final int ROW = 46;

	static final int PLOT = 470;

	public BarChart {
		bars = List.copyOf(bars);
	}

	/** A chart whose longest bar fills the plot. */
	public BarChart(String id, String caption, String summary, String labelHeading, String valueHeading,
			List<Bar> bars) {
		this(id, caption, summary, labelHeading, valueHeading, bars, null);
	}

	/** {@link #WIDTH}, for templates (Thymeleaf refuses static access in expressions). */
	public int width() {
		return WIDTH;
	}

	/** The height of the drawing in SVG units. */
	public int height() {
		return Math.max(ROW, this.bars.size() * ROW) + 4;
	}

	/** The bars with their place in the drawing. */
	public List<Drawn> drawn() {
		double max = this.bars.stream().mapToDouble(Bar::value).max().orElse(0);
		if (this.scale != null) {
			max = Math.max(max, this.scale);
		}
		List<Drawn> drawn = new ArrayList<>();
		for (int i = 0; i < this.bars.size(); i++) {
			Bar bar = this.bars.get(i);
			double width = max <= 0 ? 0 : Math.max(0, bar.value()) / max * PLOT;
			int top = i * ROW;
			drawn.add(new Drawn(bar, top + 16, top + 22, round(width), round(width + 6), top + 37));
		}
		return drawn;
	}

	/** Whether there is nothing to draw. */
	public boolean empty() {
		return this.bars.isEmpty();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * One bar.
	 *
	 * @param label what the bar stands for
	 * @param value its length (zero or more)
	 * @param valueText the value as shown (e.g. "12 van 30 (40%)")
	 */
	public record Bar(String label, double value, String valueText) {

	}

	/**
	 * A bar placed in the drawing: the baseline of its label, the top of the bar, its width, where its value text
	 * starts and that text's baseline.
	 */
	public record Drawn(Bar bar, int labelY, int barY, double width, double valueX, int valueY) {

	}

}
