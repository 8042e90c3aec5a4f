package nl.bijeen.registration;

import nl.bijeen.support.PostgresTest;

import org.springframework.test.context.TestPropertySource;

/**
 * The concurrency rules with group commit switched off: every registration in a transaction of its own,
 * taking its places with conditional updates.
 */
@PostgresTest
@TestPropertySource(properties = "bijeen.registration.max-batch-size=1")
class RegistrationConcurrencyUnbatchedPostgresTests extends RegistrationConcurrencyContract {

}
