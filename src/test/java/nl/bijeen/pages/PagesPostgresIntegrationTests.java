package nl.bijeen.pages;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class PagesPostgresIntegrationTests extends PagesIntegrationContract {

}
