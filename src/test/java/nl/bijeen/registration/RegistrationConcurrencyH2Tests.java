package nl.bijeen.registration;

class RegistrationConcurrencyH2Tests extends RegistrationConcurrencyContract {

}
