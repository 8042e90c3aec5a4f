package nl.bijeen.registration.admin;

class RegistrationExportH2IntegrationTests extends RegistrationExportContract {

}
