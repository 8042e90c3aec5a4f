package nl.bijeen.registration.mail;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class EveryCalendarIsValidPostgresIntegrationTests extends EveryCalendarIsValidContract {

}
