package nl.bijeen.registration;

class RegistrationSettingsAdminH2IntegrationTests extends RegistrationSettingsAdminContract {

}
