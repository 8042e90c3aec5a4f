package nl.bijeen.registration.internal;

class RegistrationFaultsH2Tests extends RegistrationFaultsContract {

}
