package nl.bijeen.privacy;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class PrivacyPostgresIntegrationTests extends PrivacyContract {

}
