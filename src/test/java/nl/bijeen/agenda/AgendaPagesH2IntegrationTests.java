package nl.bijeen.agenda;

class AgendaPagesH2IntegrationTests extends AgendaPagesContract {

}
