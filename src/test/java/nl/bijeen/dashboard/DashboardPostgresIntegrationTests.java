package nl.bijeen.dashboard;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class DashboardPostgresIntegrationTests extends DashboardContract {

}
