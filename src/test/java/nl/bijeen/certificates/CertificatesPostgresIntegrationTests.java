package nl.bijeen.certificates;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class CertificatesPostgresIntegrationTests extends CertificatesContract {

}
