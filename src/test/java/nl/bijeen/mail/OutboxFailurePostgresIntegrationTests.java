package nl.bijeen.mail;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class OutboxFailurePostgresIntegrationTests extends OutboxFailureContract {

}
