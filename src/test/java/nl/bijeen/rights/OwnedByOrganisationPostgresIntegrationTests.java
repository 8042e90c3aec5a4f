package nl.bijeen.rights;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class OwnedByOrganisationPostgresIntegrationTests extends OwnedByOrganisationContract {

}
