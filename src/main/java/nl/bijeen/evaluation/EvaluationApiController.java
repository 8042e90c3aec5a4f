package nl.bijeen.evaluation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.bijeen.common.NotFoundException;
import nl.bijeen.events.Event;
import nl.bijeen.rights.Guard;
import nl.bijeen.rights.Need;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An event's evaluation and its results, read only (an organiser's API token with the READ scope): the same
 * figures as the results page, never names.
 */
@Guard(value = Need.EVENT, id = "id")
@RestController
@Tag(name = "Evaluation (organisers)", description = "An event's evaluation form and its results")
class EvaluationApiController {

	private final EvaluationForms forms;

	private final EvaluationResults results;

	EvaluationApiController(EvaluationForms forms, EvaluationResults results) {
		this.forms = forms;
		this.results = results;
	}

	@GetMapping(path = "/api/events/{id}/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The event's evaluation: its questions and results",
			description = "Response rate; per rating question (1–10) the average, median and number per mark; per "
					+ "choice question the number per option; the answers to open questions. Never names.")
	@ApiResponse(responseCode = "200", description = "The evaluation")
	@ApiResponse(responseCode = "404", description = "No such event (or not one of the token's organisation), or it has no evaluation form",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	EvaluationResponse evaluation(@PathVariable Long id) {
		Event event = this.forms.event(id);
		EvaluationForm form = this.forms.find(id)
			.orElseThrow(() -> new NotFoundException("Event " + id + " has no evaluation form"));
		EvaluationResults.Summary summary = this.results.of(form);
		String status = !form.open() ? "DRAFT" : this.forms.closed(form, event) ? "CLOSED" : "OPEN";
		return new EvaluationResponse(id, status, form.anonymous(), this.forms.closesAt(form, event), summary.invited(),
				summary.responses(), summary.rate(), summary.questions().stream().map(QuestionResponse::of).toList());
	}

	/**
	 * An event's evaluation.
	 *
	 * @param status DRAFT (not yet open), OPEN (answers taken) or CLOSED (past its closing moment)
	 * @param responseRate responses of those invited in whole percents, null when nobody was invited
	 */
	public record EvaluationResponse(Long eventId, String status, boolean anonymous, LocalDateTime closesAt,
			int invited, int responses, Integer responseRate, List<QuestionResponse> questions) {

	}

	/**
	 * One question and its results.
	 *
	 * @param kind RATING (1–10), CHOICE or OPEN
	 * @param answered how many answered it
	 * @param average the average mark (RATING with answers; else null)
	 * @param median the median mark (idem)
	 * @param counts per mark "1"–"10" (RATING) or per option (CHOICE), in order; empty for OPEN
	 * @param answers the answers to an OPEN question, in the order given; empty otherwise
	 */
	public record QuestionResponse(Long id, int position, String kind, String text, boolean required,
			boolean multiple, List<String> options, int answered, Double average, Double median,
			Map<String, Integer> counts, List<String> answers) {

		static QuestionResponse of(EvaluationResults.QuestionResult r) {
			Question q = r.question();
			return new QuestionResponse(q.id(), q.position(), q.kind().name(), q.text(), q.required(), q.multiple(),
					q.options(), r.n(), r.average(), r.median(), r.counts(), r.texts());
		}

	}

}
