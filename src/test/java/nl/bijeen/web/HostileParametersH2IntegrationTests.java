package nl.bijeen.web;

class HostileParametersH2IntegrationTests extends HostileParametersContract {

}
