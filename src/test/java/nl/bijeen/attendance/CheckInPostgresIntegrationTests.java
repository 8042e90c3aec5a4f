package nl.bijeen.attendance;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class CheckInPostgresIntegrationTests extends CheckInContract {

}
