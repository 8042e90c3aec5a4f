package nl.bijeen.demo;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class DemoContentPostgresIntegrationTests extends DemoContentContract {

}
