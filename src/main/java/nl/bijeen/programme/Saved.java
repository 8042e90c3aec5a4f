package nl.bijeen.programme;

import java.util.List;

/**
 * What a change stored, with warnings that did not stop it (e.g. a session larger than the event).
 *
 * @param value the stored object
 * @param warnings things the organiser should look at; empty when all is well
 */
public record Saved<T>(T value, List<ProgrammeProblem> warnings) {

	public Saved {
		warnings = List.copyOf(warnings);
	}

}
