package nl.bijeen.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bijeen.common.charts.BarChart;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of an evaluation: the response rate, per rating question the average, median, number of answers and
 * the distribution over 1–10, per choice question the count and share of each option (both as bar charts), and the
 * answers to open questions. Never names.
 */
@Service
class EvaluationResults {

	/**
	 * The results of one question.
	 *
	 * @param n how many answered it
	 * @param average the average mark (rating questions with answers; else null)
	 * @param median the median mark (idem)
	 * @param counts per option (choice) or per mark 1–10 (rating), in order
	 * @param texts the answers to an open question, in the order given
	 */
	record QuestionResult(Question question, int n, Double average, Double median, Map<String, Integer> counts,
			List<String> texts) {
	}

	/**
	 * All results of a form.
	 *
	 * @param invited how many were invited
	 * @param responses how many responses there are
	 */
	record Summary(int invited, int responses, List<QuestionResult> questions) {

		/** The response rate in whole percents, or null when nobody was invited. */
		public Integer rate() {
			return (this.invited == 0) ? null : (int) Math.round(100.0 * Math.min(this.responses, this.invited) / this.invited);
		}

	}

	private final JdbcClient jdbc;

	private final EvaluationForms forms;

	private final MessageSource messages;

	EvaluationResults(JdbcClient jdbc, EvaluationForms forms, MessageSource messages) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.messages = messages;
	}

	Summary of(EvaluationForm form) {
		List<Question> questions = this.forms.questions(form.id());
		Map<Long, List<Integer>> ratings = new HashMap<>();
		Map<Long, List<String>> choices = new HashMap<>();
		Map<Long, List<String>> texts = new HashMap<>();
		Map<Long, java.util.Set<String>> respondents = new HashMap<>();
		this.jdbc.sql("select a.question_id, a.rating, a.choice, a.text, a.response_id from evaluation_answer a "
				+ "join evaluation_response r on r.id = a.response_id where r.form_id = ? "
				+ "order by r.submitted_on, a.id").param(form.id())
			.query((RowCallbackHandler) rs -> {
				long q = rs.getLong(1);
				respondents.computeIfAbsent(q, k -> new java.util.HashSet<>()).add(rs.getString(5));
				int rating = rs.getInt(2);
				if (!rs.wasNull()) {
					ratings.computeIfAbsent(q, k -> new ArrayList<>()).add(rating);
				}
				if (rs.getString(3) != null) {
					choices.computeIfAbsent(q, k -> new ArrayList<>()).add(rs.getString(3));
				}
				if (rs.getString(4) != null) {
					texts.computeIfAbsent(q, k -> new ArrayList<>()).add(rs.getString(4));
				}
			});
		List<QuestionResult> results = new ArrayList<>();
		for (Question q : questions) {
			int n = respondents.getOrDefault(q.id(), java.util.Set.of()).size();
			Map<String, Integer> counts = new java.util.LinkedHashMap<>();
			Double average = null;
			Double median = null;
			if (q.kind() == QuestionKind.RATING) {
				List<Integer> marks = ratings.getOrDefault(q.id(), List.of());
				for (int mark = 1; mark <= 10; mark++) {
					counts.put(Integer.toString(mark), 0);
				}
				marks.forEach(m -> counts.merge(Integer.toString(m), 1, Integer::sum));
				average = marks.isEmpty() ? null : marks.stream().mapToInt(Integer::intValue).average().orElse(0);
				median = median(marks);
			}
			else if (q.kind() == QuestionKind.CHOICE) {
				q.options().forEach(o -> counts.put(o, 0));
				choices.getOrDefault(q.id(), List.of()).forEach(c -> counts.merge(c, 1, Integer::sum));
			}
			results.add(new QuestionResult(q, n, average, median, counts, texts.getOrDefault(q.id(), List.of())));
		}
		int invited = this.jdbc.sql("select count(invited_at) from evaluation_invitation where form_id = ?")
			.param(form.id()).query(Integer.class).single();
		return new Summary(invited, this.forms.responses(form.id()), results);
	}

	static Double median(List<Integer> marks) {
		if (marks.isEmpty()) {
			return null;
		}
		List<Integer> sorted = marks.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	/** The bar chart of a rating or choice question. */
	BarChart chart(QuestionResult r, Locale locale) {
		boolean rating = r.question().kind() == QuestionKind.RATING;
		List<BarChart.Bar> bars = new ArrayList<>();
		StringBuilder summary = new StringBuilder();
		r.counts().forEach((label, count) -> {
			int percent = (r.n() == 0) ? 0 : (int) Math.round(100.0 * count / r.n());
			String text = this.messages.getMessage("evaluation.results.bar", new Object[] { Integer.toString(count), Integer.toString(percent) }, locale);
			bars.add(new BarChart.Bar(label, count, text));
			if (count > 0) {
				summary.append(summary.isEmpty() ? "" : "; ").append(label).append(": ").append(text);
			}
		});
		String caption = r.question().text();
		String description = rating
				? this.messages.getMessage("evaluation.results.ratingSummary",
						new Object[] { number(r.average(), locale), number(r.median(), locale), Integer.toString(r.n()), summary }, locale)
				: this.messages.getMessage("evaluation.results.choiceSummary", new Object[] { Integer.toString(r.n()), summary }, locale);
		return new BarChart("chart-" + r.question().id(), caption, description,
				this.messages.getMessage(rating ? "evaluation.results.mark" : "evaluation.results.option", null, locale),
				this.messages.getMessage("evaluation.results.count", null, locale), bars);
	}

	static String number(Double value, Locale locale) {
		return (value == null) ? "–" : String.format(locale, "%.1f", value);
	}

}
