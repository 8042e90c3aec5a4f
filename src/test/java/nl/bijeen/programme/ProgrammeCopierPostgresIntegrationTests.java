package nl.bijeen.programme;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class ProgrammeCopierPostgresIntegrationTests extends ProgrammeCopierContract {

}
