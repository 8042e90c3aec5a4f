package nl.bijeen.insights;

import java.util.List;

import nl.bijeen.audit.AuditAction;
import nl.bijeen.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's side: the insights of an event by status, and approving or rejecting one. Each
 * action is in the audit log (an insight may carry a name); a change to what is public is announced as
 * {@link InsightPublished}.
 */
@Service
public class InsightModeration {

	private final Insights insights;

	private final AuditLog audit;

	private final ApplicationEventPublisher publisher;

	InsightModeration(Insights insights, AuditLog audit, ApplicationEventPublisher publisher) {
		this.insights = insights;
		this.audit = audit;
		this.publisher = publisher;
	}

	/** The insights of an event with this status, newest first. */
	@Transactional(readOnly = true)
	public List<Insight> of(long eventId, InsightStatus status) {
		return this.insights.ofEvent(eventId, status);
	}

	/**
	 * Sets the status of an insight of this event.
	 * @return false when the event has no such insight
	 */
	@Transactional
	public boolean decide(long eventId, long insightId, InsightStatus status, String by) {
		Insight before = this.insights.find(eventId, insightId).orElse(null);
		if (before == null || !this.insights.moderate(eventId, insightId, status, by, InsightWindow.now())) {
			return false;
		}
		this.audit.record(AuditAction.INSIGHT_MODERATED, eventId, "insight " + insightId, status.name());
		if (before.status() == InsightStatus.APPROVED || status == InsightStatus.APPROVED) {
			this.publisher.publishEvent(new InsightPublished(eventId, insightId));
		}
		return true;
	}

}
