package nl.bijeen.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against the local PostgreSQL server (127.0.0.1:5432, database {@code bijeen_test}),
 * in a fresh schema of its own that Flyway migrates and that is dropped when the context closes.
 * Without a reachable server the test is skipped, unless {@code CI} or {@code BIJEEN_REQUIRE_POSTGRES}
 * is set, in which case it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresAvailableCondition.class)
@ContextConfiguration(initializers = PostgresSchemaInitializer.class)
public @interface PostgresTest {

}
