package nl.bijeen.insights;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class InsightsPostgresIntegrationTests extends InsightsContract {

}
