package nl.bijeen.registration;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class PublicFormsWithoutSessionPostgresIntegrationTests extends PublicFormsWithoutSessionContract {

}
