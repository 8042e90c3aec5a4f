package nl.bijeen.registration;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class CapacityChangesPostgresTests extends CapacityChangesContract {

}
