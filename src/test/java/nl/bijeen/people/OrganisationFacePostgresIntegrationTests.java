package nl.bijeen.people;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class OrganisationFacePostgresIntegrationTests extends OrganisationFaceContract {

}
