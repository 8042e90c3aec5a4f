package nl.bijeen.registration.internal;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class RegistrationFaultsPostgresTests extends RegistrationFaultsContract {

}
