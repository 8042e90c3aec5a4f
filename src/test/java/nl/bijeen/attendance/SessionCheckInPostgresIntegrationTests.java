package nl.bijeen.attendance;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class SessionCheckInPostgresIntegrationTests extends SessionCheckInContract {

}
