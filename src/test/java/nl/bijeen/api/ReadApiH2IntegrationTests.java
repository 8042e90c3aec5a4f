package nl.bijeen.api;

class ReadApiH2IntegrationTests extends ReadApiContract {

}
