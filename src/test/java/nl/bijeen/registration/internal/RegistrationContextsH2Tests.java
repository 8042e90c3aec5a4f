package nl.bijeen.registration.internal;

class RegistrationContextsH2Tests extends RegistrationContextsContract {

}
