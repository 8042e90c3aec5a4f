package nl.bijeen.registration;

import org.springframework.test.context.TestPropertySource;

/**
 * The concurrency rules with group commit switched off: every registration in a transaction of its own,
 * taking its places with conditional updates.
 */
@TestPropertySource(properties = "bijeen.registration.max-batch-size=1")
class RegistrationConcurrencyUnbatchedH2Tests extends RegistrationConcurrencyContract {

}
