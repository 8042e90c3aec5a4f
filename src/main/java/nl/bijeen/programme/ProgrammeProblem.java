package nl.bijeen.programme;

import java.util.List;

/**
 * One thing wrong with (or worth a warning about) a change to a programme: a message key from
 * {@code messages/programme*.properties} with its arguments, and the field it concerns.
 *
 * @param field the name of the field in {@link PartDetails}, {@link SessionDetails} or a contribution
 * ({@code personId}, {@code role}); {@code null} when it concerns the change as a whole
 * @param code the message key, e.g. {@code programme.session.roomTaken}
 * @param args the message arguments, already formatted as text
 */
public record ProgrammeProblem(String field, String code, List<String> args) {

	public ProgrammeProblem {
		args = List.copyOf(args);
	}

	public static ProgrammeProblem of(String field, String code, Object... args) {
		return new ProgrammeProblem(field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	/**
	 * The arguments as an array, as {@code MessageSource} wants them.
	 */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
