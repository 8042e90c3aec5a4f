package nl.bijeen.registration;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A professional register whose members earn accreditation points (Registerplein, SKJ and others a platform
 * administrator adds).
 *
 * @param code the stable key, stored with each registration that chose the register; never changes
 * @param name the name shown to participants and organisers
 * @param exportPrefix what precedes each registration number in the PE-online presence list (may be empty)
 * @param numberPattern the format of a registration number, a regular expression matched against the whole number
 * @param numberFormat the format in words, e.g. "8 cijfers"
 * @param numberExample an example of a valid number, e.g. "12345678"
 * @param active whether participants may choose it (inactive registers stay on stored registrations)
 * @param position where it comes in lists
 */
public record AccreditationRegister(String code, String name, String exportPrefix, String numberPattern,
		String numberFormat, String numberExample, boolean active, int position) {

	/** Whether a registration number has this register's format (whole match; blanks around it ignored). */
	public boolean accepts(String number) {
		return number != null && compiled(this.numberPattern).matcher(number.strip()).matches();
	}

	/** The line of the PE-online presence list for a number: prefix and number. */
	public String exportLine(String number) {
		return (this.exportPrefix == null ? "" : this.exportPrefix) + number.strip();
	}

	/** The pattern compiled, or an exception with the reason when it is no regular expression. */
	public static Pattern compiled(String pattern) throws PatternSyntaxException {
		return Pattern.compile(pattern);
	}

}
