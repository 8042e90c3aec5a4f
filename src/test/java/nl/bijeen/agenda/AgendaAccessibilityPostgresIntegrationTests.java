package nl.bijeen.agenda;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class AgendaAccessibilityPostgresIntegrationTests extends AgendaAccessibilityContract {

}
