package nl.bijeen.events.web;

class EventActionsH2IntegrationTests extends EventActionsContract {

}
