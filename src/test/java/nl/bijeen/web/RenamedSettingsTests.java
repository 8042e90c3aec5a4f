package nl.bijeen.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RenamedSettingsTests {

	@Test
	void anOldNameStopsTheStartWithTheNewName() {
		MockEnvironment environment = new MockEnvironment().withProperty("bijeen.registration.rate-limit-store",
				"local");
		assertThatIllegalStateException().isThrownBy(() -> new RenamedSettings(environment).afterPropertiesSet())
			.withMessageContaining("bijeen.web.rate-limit-store");
	}

	@Test
	void theNewNamesAreFine() {
		MockEnvironment environment = new MockEnvironment().withProperty("bijeen.web.rate-limit-store", "local");
		assertThatNoException().isThrownBy(() -> new RenamedSettings(environment).afterPropertiesSet());
	}

}
