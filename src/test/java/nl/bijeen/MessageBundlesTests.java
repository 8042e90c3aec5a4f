package nl.bijeen;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the Dutch and English message bundles in sync: every key exists in both, with a non-empty text.
 */
class MessageBundlesTests {

	@Test
	void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Resource[] dutch = new PathMatchingResourcePatternResolver().getResources("classpath:messages/*_nl.properties");
		assertThat(dutch).isNotEmpty();
		for (Resource nl : dutch) {
			String name = nl.getFilename();
			Resource en = nl.createRelative(name.replace("_nl.properties", "_en.properties"));
			assertThat(en.exists()).as("English bundle for %s", name).isTrue();
			Properties nlProps = load(nl);
			Properties enProps = load(en);
			Set<String> onlyDutch = new TreeSet<>(nlProps.stringPropertyNames());
			onlyDutch.removeAll(enProps.stringPropertyNames());
			Set<String> onlyEnglish = new TreeSet<>(enProps.stringPropertyNames());
			onlyEnglish.removeAll(nlProps.stringPropertyNames());
			assertThat(onlyDutch).as("keys in %s missing in English", name).isEmpty();
			assertThat(onlyEnglish).as("keys in English missing in %s", name).isEmpty();
			nlProps.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, name).isNotBlank());
			enProps.forEach((k, v) -> assertThat(v.toString()).as("%s in English of %s", k, name).isNotBlank());
		}
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
