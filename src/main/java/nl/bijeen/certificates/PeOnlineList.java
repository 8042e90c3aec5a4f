package nl.bijeen.certificates;

import java.util.List;

import nl.bijeen.registration.AccreditationRegister;

/**
 * The presence list of one register in the form PE-online imports: the registration numbers of the participants
 * who were present and chose the register, with its prefix, one per line; and those whose number fails the
 * register's format (left out of the list, for the organiser to correct).
 */
record PeOnlineList(AccreditationRegister register, List<String> lines, List<Failure> failures) {

	/** A participant whose number fails the format. */
	record Failure(String name, String number) {
	}

	/** The file's content: one line per number, CRLF, as the registers' import expects plain text. */
	String content() {
		StringBuilder out = new StringBuilder();
		this.lines.forEach(line -> out.append(line).append("\r\n"));
		return out.toString();
	}

}
