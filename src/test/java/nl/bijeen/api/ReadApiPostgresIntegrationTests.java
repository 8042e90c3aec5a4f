package nl.bijeen.api;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class ReadApiPostgresIntegrationTests extends ReadApiContract {

}
