package nl.bijeen.registration.admin;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class RegistrationExportPostgresIntegrationTests extends RegistrationExportContract {

}
