package nl.bijeen.search;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class SearchPostgresIntegrationTests extends SearchContract {

}
