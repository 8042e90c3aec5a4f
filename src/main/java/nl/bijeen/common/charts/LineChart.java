package nl.bijeen.common.charts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A line chart drawn on the server as SVG (fragment {@code fragments/charts :: line(chart)}), e.g. registrations
 * over time (cumulative), with the same figures as a table. The x values are placed in proportion (days since the
 * first point, say), the y axis runs from zero to the highest value.
 *
 * @param id unique on the page (used for the SVG's title and description)
 * @param caption what the chart shows, as its caption and the SVG's title
 * @param summary one sentence with the main figures, as the SVG's description
 * @param xHeading the table's first column heading
 * @param yHeading the table's second column heading
 * @param points the points, in increasing x
 */
public record LineChart(String id, String caption, String summary, String xHeading, String yHeading,
		List<Point> points) {

	/** The width of the drawing in SVG units; it scales to the width of the page. */
	public static final int WIDTH = 600;

	/** The height of the drawing in SVG units. */
	public static final int HEIGHT = 240;

	static final int LEFT = 56;

	static final int RIGHT = 16;

	static final int TOP = 14;

	static final int BOTTOM = 200;

	public LineChart {
		points = List.copyOf(points);
	}

	/** {@link #WIDTH}, for templates (Thymeleaf refuses static access in expressions). */
	public int width() {
		return WIDTH;
	}

	/** {@link #HEIGHT}, for templates. */
	public int height() {
		return HEIGHT;
	}

	/** Whether there is nothing to draw. */
	public boolean empty() {
		return this.points.isEmpty();
	}

	/** The highest y value (the top of the y axis), at least 1. */
	public double maxY() {
		return Math.max(1, this.points.stream().mapToDouble(Point::y).max().orElse(0));
	}

	/** The SVG path of the line (empty when there are no points). */
	public String path() {
		if (this.points.isEmpty()) {
			return "";
		}
		List<String> steps = this.points.stream().map(p -> fmt(x(p)) + " " + fmt(y(p))).toList();
		String line = "M" + steps.get(0);
		if (steps.size() == 1) {
			return line + " H" + fmt(WIDTH - RIGHT);
		}
		return line + steps.stream().skip(1).map(s -> " L" + s).collect(Collectors.joining());
	}

	/** The x of the plot's left edge, the y axis. */
	public int left() {
		return LEFT;
	}

	/** The x of the plot's right edge. */
	public int right() {
		return WIDTH - RIGHT;
	}

	/** The y of the plot's top edge (where the highest value lies). */
	public int top() {
		return TOP;
	}

	/** The y of the x axis. */
	public int bottom() {
		return BOTTOM;
	}

	/** The first point's x text, shown under the left end of the x axis. */
	public String firstX() {
		return this.points.isEmpty() ? "" : this.points.get(0).xText();
	}

	/** The last point's x text, shown under the right end of the x axis. */
	public String lastX() {
		return this.points.isEmpty() ? "" : this.points.get(this.points.size() - 1).xText();
	}

	double x(Point p) {
		double min = this.points.get(0).x();
		double max = this.points.get(this.points.size() - 1).x();
		if (max <= min) {
			return LEFT;
		}
		return LEFT + (p.x() - min) / (max - min) * (WIDTH - RIGHT - LEFT);
	}

	double y(Point p) {
		return BOTTOM - Math.max(0, p.y()) / maxY() * (BOTTOM - TOP);
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * One point.
	 *
	 * @param x its place along the x axis (e.g. days since the first point)
	 * @param y its value
	 * @param xText the x as shown (e.g. "3 nov.")
	 * @param yText the value as shown
	 */
	public record Point(double x, double y, String xText, String yText) {

	}

}
