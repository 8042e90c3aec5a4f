package nl.bijeen.programme.web;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class ProgrammeAdminPostgresIntegrationTests extends ProgrammeAdminContract {

}
