package nl.bijeen.registration;

class NeutralAnswersH2IntegrationTests extends NeutralAnswersContract {

}
