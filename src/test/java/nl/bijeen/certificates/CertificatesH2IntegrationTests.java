package nl.bijeen.certificates;

class CertificatesH2IntegrationTests extends CertificatesContract {

}
