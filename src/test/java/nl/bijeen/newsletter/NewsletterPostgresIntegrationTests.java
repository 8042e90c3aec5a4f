package nl.bijeen.newsletter;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class NewsletterPostgresIntegrationTests extends NewsletterContract {

}
