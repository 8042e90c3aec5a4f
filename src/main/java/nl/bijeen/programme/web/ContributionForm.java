package nl.bijeen.programme.web;

import nl.bijeen.programme.ContributionTarget;
import nl.bijeen.programme.Role;
import nl.bijeen.programme.TimetablePart;

/**
 * The form to put a person in a role on the event as a whole, a programme part or a session.
 */
public class ContributionForm {

	private Long personId;

	private Role role;

	private Long partId;

	private Long sessionId;

	/**
	 * An empty form for the target, with the role that is most likely there.
	 */
	static ContributionForm forTarget(Long partId, Long sessionId, TimetablePart part) {
		ContributionForm form = new ContributionForm();
		form.partId = (sessionId == null) ? partId : null;
		form.sessionId = sessionId;
		if (sessionId != null) {
			form.role = Role.SESSION_LEADER;
		}
		else if (part == null) {
			form.role = Role.DAY_CHAIR;
		}
		else {
			form.role = switch (part.kind()) {
				case DEBATE -> Role.PANEL_MEMBER;
				case COLUMN -> Role.COLUMN;
				case TALKSHOW -> Role.HOST;
				default -> Role.SPEAKER;
			};
		}
		return form;
	}

	ContributionTarget toTarget() {
		return new ContributionTarget(this.partId, this.sessionId);
	}

	public Long getPersonId() { return this.personId; }
	public void setPersonId(Long personId) { this.personId = personId; }
	public Role getRole() { return this.role; }
	public void setRole(Role role) { this.role = role; }
	public Long getPartId() { return this.partId; }
	public void setPartId(Long partId) { this.partId = partId; }
	public Long getSessionId() { return this.sessionId; }
	public void setSessionId(Long sessionId) { this.sessionId = sessionId; }

}
