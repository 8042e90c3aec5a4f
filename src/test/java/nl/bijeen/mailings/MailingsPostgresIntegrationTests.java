package nl.bijeen.mailings;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class MailingsPostgresIntegrationTests extends MailingsContract {

}
