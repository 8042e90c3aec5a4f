package nl.bijeen.attendance;

class SessionCheckInH2IntegrationTests extends SessionCheckInContract {

}
