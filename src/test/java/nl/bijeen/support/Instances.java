package nl.bijeen.support;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import nl.bijeen.BijeenApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts whole bijeen instances (an HTTP server on a free port each) on one {@link SharedPostgresSchema}, as
 * several instances behind a load balancer share one database.
 */
public final class Instances {

	private Instances() {
	}

	/**
	 * Starts an instance named {@code name} on the schema with the given extra properties.
	 */
	public static ConfigurableApplicationContext start(SharedPostgresSchema schema, String name,
			Map<String, Object> extra) {
		Map<String, Object> properties = new HashMap<>(schema.properties());
		properties.put("bijeen.registration.jobs-enabled", "false");
		properties.put("bijeen.mail.enabled", "false");
		properties.put("bijeen.mail.instance-id", name);
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		properties.putAll(extra);
		// As command line arguments, so that they win over the tests' application.properties (H2).
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return builder().web(WebApplicationType.SERVLET).run(args);
	}

	/**
	 * A builder of bijeen without the test classes in its component scan.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(BijeenApplication.class).initializers(context -> context.getBeanFactory()
			.registerSingleton(MainClassesOnly.class.getName(), new MainClassesOnly()));
	}

	/**
	 * The address of an instance's site.
	 */
	public static String url(ConfigurableApplicationContext instance, String path) {
		return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path;
	}

	/**
	 * Keeps the test classes (fixtures and listeners of other tests) out of the instances' component scan.
	 */
	static final class MainClassesOnly extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURI().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MainClassesOnly;
		}

		@Override
		public int hashCode() {
			return MainClassesOnly.class.hashCode();
		}

	}

}
