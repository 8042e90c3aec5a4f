package nl.bijeen.registration;

class RegistrationRulesH2Tests extends RegistrationRulesContract {

}
