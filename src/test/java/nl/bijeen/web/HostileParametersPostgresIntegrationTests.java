package nl.bijeen.web;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class HostileParametersPostgresIntegrationTests extends HostileParametersContract {

}
