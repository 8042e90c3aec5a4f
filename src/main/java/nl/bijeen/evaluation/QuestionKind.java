package nl.bijeen.evaluation;

/**
 * The kinds of question on an evaluation form.
 */
public enum QuestionKind {

	/** A mark from 1 to 10. */
	RATING,
	/** One of a list of options, or several when the question allows it. */
	CHOICE,
	/** Free text up to a length limit. */
	OPEN

}
