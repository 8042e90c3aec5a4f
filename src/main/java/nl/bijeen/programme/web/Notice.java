package nl.bijeen.programme.web;

import java.io.Serializable;
import java.util.List;

import nl.bijeen.programme.ProgrammeProblem;

/**
 * A message shown once at the top of the programme page after a change (a flash attribute, kept in the
 * shared session store and so serializable).
 *
 * @param code the message key
 * @param args its arguments
 * @param level {@code success}, {@code warning} or {@code error}
 */
public record Notice(String code, List<String> args, String level) implements Serializable {

	static final String FLASH = "notices";

	static Notice success(String code, String... args) {
		return new Notice(code, List.of(args), "success");
	}

	static Notice warning(ProgrammeProblem problem) {
		return new Notice(problem.code(), problem.args(), "warning");
	}

	static Notice error(String code) {
		return new Notice(code, List.of(), "error");
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
