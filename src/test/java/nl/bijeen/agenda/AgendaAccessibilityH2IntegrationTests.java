package nl.bijeen.agenda;

class AgendaAccessibilityH2IntegrationTests extends AgendaAccessibilityContract {

}
