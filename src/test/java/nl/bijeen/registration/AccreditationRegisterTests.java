package nl.bijeen.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register's number format: the whole number must match, blanks around it are forgiven, and the PE-online line
 * is the prefix and the number.
 */
class AccreditationRegisterTests {

	private final AccreditationRegister registerplein = new AccreditationRegister("REGISTERPLEIN", "Registerplein", "RP",
			"[0-9]{8}", "8 cijfers", "12345678", true, 1);

	@Test
	void aNumberMustMatchTheWholeFormat() {
		assertThat(this.registerplein.accepts("12345678")).isTrue();
		assertThat(this.registerplein.accepts(" 12345678 ")).isTrue();
		assertThat(this.registerplein.accepts("1234567")).isFalse();
		assertThat(this.registerplein.accepts("123456789")).isFalse();
		assertThat(this.registerplein.accepts("x12345678")).isFalse();
		assertThat(this.registerplein.accepts("1234-5678")).isFalse();
		assertThat(this.registerplein.accepts("")).isFalse();
		assertThat(this.registerplein.accepts(null)).isFalse();
	}

	@Test
	void lettersAndAlternativesAsTheRegisterDefinesThem() {
		AccreditationRegister other = new AccreditationRegister("KABIZ", "Kabiz", "", "(KB|kb)-[0-9]{4,6}",
				"KB- en 4 tot 6 cijfers", "KB-1234", true, 3);
		assertThat(other.accepts("KB-1234")).isTrue();
		assertThat(other.accepts("kb-123456")).isTrue();
		assertThat(other.accepts("KB-123")).isFalse();
		assertThat(other.accepts("XKB-1234")).isFalse();
		assertThat(other.exportLine(" KB-1234 ")).isEqualTo("KB-1234");
	}

	@Test
	void thePeOnlineLineIsThePrefixAndTheNumber() {
		assertThat(this.registerplein.exportLine("12345678")).isEqualTo("RP12345678");
	}

}
