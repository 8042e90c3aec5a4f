package nl.bijeen.registration.mail;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class PersonalLinkAndMailsPostgresIntegrationTests extends PersonalLinkAndMailsContract {

}
