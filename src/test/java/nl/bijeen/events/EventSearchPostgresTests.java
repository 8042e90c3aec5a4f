package nl.bijeen.events;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class EventSearchPostgresTests extends EventSearchContract {

}
