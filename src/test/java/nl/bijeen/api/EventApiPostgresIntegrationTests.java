package nl.bijeen.api;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class EventApiPostgresIntegrationTests extends EventApiContract {

}
