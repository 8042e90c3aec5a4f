package nl.bijeen.registration.internal;

class RegistrationBatchesH2Tests extends RegistrationBatchesContract {

}
