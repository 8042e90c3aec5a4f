package nl.bijeen.registration.internal;

/**
 * The kinds of questions an event may ask its registrants.
 */
public enum QuestionKind {

	TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

}
