package nl.bijeen.privacy;

class PrivacyH2IntegrationTests extends PrivacyContract {

}
