package nl.bijeen.accounts;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class SharedSessionsPostgresIntegrationTests extends SharedSessionsContract {

}
