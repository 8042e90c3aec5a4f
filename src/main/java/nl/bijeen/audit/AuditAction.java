package nl.bijeen.audit;

/**
 * What an audit log entry records.
 */
public enum AuditAction {

	/** Someone signed in to the workbench. */
	SIGN_IN,
	/** Someone looked at the participants of an event (list, session list, API listing). */
	PARTICIPANTS_VIEWED,
	/** Someone downloaded participants' data (CSV, on screen or through the API). */
	PARTICIPANTS_EXPORTED,
	/** Someone changed a participant's registration (moved, approved, refused, promoted). */
	PARTICIPANT_CHANGED,
	/** Someone cancelled a participant's registration. */
	PARTICIPANT_CANCELLED,
	/** Someone checked a participant in at the door. */
	PARTICIPANT_CHECKED_IN,
	/** A participant downloaded their own data through their personal link. */
	PERSONAL_DATA_DOWNLOADED,
	/** An organiser uploaded a file to an event, a session or an article (module materials). */
	MATERIAL_UPLOADED,
	/** An organiser deleted an uploaded file. */
	MATERIAL_DELETED,
	/** Someone downloaded the newsletter's subscribers (CSV). */
	SUBSCRIBERS_EXPORTED,
	/** Someone approved or rejected an insight sent in from the room (it may carry a name). */
	INSIGHT_MODERATED,
	/** An organiser sent a mail to (a group of) an event's participants (module mailings). */
	PARTICIPANTS_MAILED,
	/** Someone downloaded the responses to an anonymous evaluation (no names; otherwise PARTICIPANTS_EXPORTED). */
	EVALUATION_EXPORTED

}
