package nl.bijeen.events.web;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class OrganiserContactPostgresIntegrationTests extends OrganiserContactContract {

}
