package nl.bijeen.registration;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class RegistrationRulesPostgresTests extends RegistrationRulesContract {

}
