package nl.bijeen.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.common.charts.BarChart;
import nl.bijeen.evaluation.EvaluationScores;
import nl.bijeen.evaluation.EvaluationScores.QuestionScore;
import nl.bijeen.evaluation.EvaluationScores.Score;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An event's evaluation on its dashboard: the average mark, how many answered of those invited, and the average per
 * rating question as a bar chart on a scale of 10 (from the evaluation module's {@link EvaluationScores}).
 */
@Component
class ScoreFigures {

	private final EvaluationScores scores;

	private final MessageSource messages;

	ScoreFigures(EvaluationScores scores, MessageSource messages) {
		this.scores = scores;
		this.messages = messages;
	}

	/** The event's evaluation figures, when it has an evaluation form. */
	Optional<Figures> of(Long eventId, Locale locale) {
		return this.scores.of(eventId).map(score -> figures(eventId, score, new Texts(this.messages, locale)));
	}

	private Figures figures(Long eventId, Score score, Texts texts) {
		List<QuestionScore> questions = this.scores.questions(eventId);
		List<BarChart.Bar> bars = questions.stream()
			.map(q -> new BarChart.Bar(q.question(), q.average() == null ? 0 : q.average(),
					q.average() == null ? texts.get("dashboard.scores.noMarks")
							: texts.get("dashboard.scores.bar", mark(q.average(), texts), q.answers())))
			.toList();
		String summary = score.average() == null ? texts.get("dashboard.scores.noMarks")
				: texts.get("dashboard.scores.summary", mark(score.average(), texts), score.responses());
		BarChart chart = new BarChart("evaluation-chart", texts.get("dashboard.scores.caption"), summary,
				texts.get("dashboard.scores.question"), texts.get("dashboard.scores.average"), bars, 10.0);
		String average = score.average() == null ? null : mark(score.average(), texts);
		String rate = score.invited() > 0 ? texts.of(Math.min(score.responses(), score.invited()), score.invited())
				: String.valueOf(score.responses());
		return new Figures(average, score.responses(), rate, chart);
	}

	private static String mark(double value, Texts texts) {
		return texts.get("dashboard.scores.mark", Math.round(value * 10) / 10.0);
	}

	/**
	 * @param average the average mark as shown ("7,8"), or null when no mark was given
	 * @param responses how many answered
	 * @param rate answered of invited, as shown ("34 van 40 (85%)")
	 * @param chart the average per rating question
	 */
	record Figures(String average, int responses, String rate, BarChart chart) {

	}

}
