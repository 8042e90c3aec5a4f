package nl.bijeen.registration;

class ControlCharactersH2IntegrationTests extends ControlCharactersContract {

}
