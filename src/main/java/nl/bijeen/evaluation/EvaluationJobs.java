package nl.bijeen.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Invites and reminds, every {@code bijeen.evaluation.job-interval} on every instance, for each open form whose event
 * has ended and which still takes answers: participants checked in late are invited at the next turn. Each mail is
 * claimed ({@link EvaluationInvitations}), so instances running at once send nothing twice. Off where the registration jobs are
 * off ({@code bijeen.registration.jobs-enabled=false}, as in tests), unless {@code bijeen.evaluation.jobs-enabled}
 * says otherwise.
 */
@Component
class EvaluationJobs {

	private static final Logger log = LoggerFactory.getLogger(EvaluationJobs.class);

	private final EvaluationForms forms;

	private final EvaluationInvitations invitations;

	private final boolean enabled;

	EvaluationJobs(EvaluationForms forms, EvaluationInvitations invitations,
			@Value("${bijeen.evaluation.jobs-enabled:${bijeen.registration.jobs-enabled:true}}") boolean enabled) {
		this.forms = forms;
		this.invitations = invitations;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${bijeen.evaluation.job-interval:PT10M}", initialDelayString = "PT2M")
	void run() {
		if (!this.enabled) {
			return;
		}
		for (EvaluationForm form : this.forms.due()) {
			try {
				int invited = this.invitations.invite(form.eventId());
				int reminded = this.invitations.remind(form.eventId());
				if (invited + reminded > 0) {
					log.info("Evaluation of event {}: {} invitation(s) and {} reminder(s) queued", form.eventId(),
							invited, reminded);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Inviting to the evaluation of event {} failed; it is tried again at the next turn: {}",
						form.eventId(), ex.toString());
			}
		}
	}

}
