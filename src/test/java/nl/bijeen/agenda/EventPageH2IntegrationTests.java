package nl.bijeen.agenda;

class EventPageH2IntegrationTests extends EventPageContract {

}
