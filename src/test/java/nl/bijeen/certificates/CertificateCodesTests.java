package nl.bijeen.certificates;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification codes: random, 20 characters of Crockford base 32, shown in groups and read back forgivingly.
 */
class CertificateCodesTests {

	@Test
	void codesAreRandomAndReadBackAsTyped() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = CertificateCodes.random();
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{20}");
			codes.add(code);
			assertThat(CertificateCodes.normalise(CertificateCodes.display(code).toLowerCase())).isEqualTo(code);
		}
		assertThat(codes).hasSize(1000);
		assertThat(CertificateCodes.display("ABCDEFGHJKMNPQRSTVWX")).isEqualTo("ABCD-EFGH-JKMN-PQRS-TVWX");
		assertThat(CertificateCodes.normalise("abcd efgh jkmn pqrs tvwo")).isEqualTo("ABCDEFGHJKMNPQRSTVW0");
		assertThat(CertificateCodes.normalise("ABCD")).isNull();
		assertThat(CertificateCodes.normalise("ABCD-EFGH-JKMN-PQRS-TVWU")).isNull();
		assertThat(CertificateCodes.normalise(null)).isNull();
	}

}
