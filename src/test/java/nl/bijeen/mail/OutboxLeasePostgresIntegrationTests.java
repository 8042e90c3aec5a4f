package nl.bijeen.mail;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class OutboxLeasePostgresIntegrationTests extends OutboxLeaseContract {

}
