package nl.bijeen.badges;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class BadgesPostgresIntegrationTests extends BadgesContract {

}
