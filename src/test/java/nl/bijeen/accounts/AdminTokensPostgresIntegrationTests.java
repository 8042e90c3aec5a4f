package nl.bijeen.accounts;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class AdminTokensPostgresIntegrationTests extends AdminTokensContract {

}
