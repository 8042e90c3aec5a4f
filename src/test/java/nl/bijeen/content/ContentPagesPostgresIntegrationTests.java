package nl.bijeen.content;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class ContentPagesPostgresIntegrationTests extends ContentPagesContract {

}
