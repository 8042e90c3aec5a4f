package nl.bijeen.api;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class EventPlacesPostgresIntegrationTests extends EventPlacesContract {

}
