package nl.bijeen.programme;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change to a programme broke one or more of its rules; nothing was stored. Forms show each
 * {@link ProgrammeProblem} at its field; the API answers 400 with the problems.
 */
public class InvalidProgrammeException extends RuntimeException {

	private final List<ProgrammeProblem> problems;

	public InvalidProgrammeException(List<ProgrammeProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.code()).collect(Collectors.joining(", ")));
		this.problems = List.copyOf(problems);
	}

	public List<ProgrammeProblem> getProblems() {
		return this.problems;
	}

}
