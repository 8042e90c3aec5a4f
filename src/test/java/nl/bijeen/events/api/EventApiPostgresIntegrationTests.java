package nl.bijeen.events.api;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class EventApiPostgresIntegrationTests extends EventApiContract {

}
