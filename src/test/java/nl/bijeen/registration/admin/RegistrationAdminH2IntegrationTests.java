package nl.bijeen.registration.admin;

class RegistrationAdminH2IntegrationTests extends RegistrationAdminContract {

}
