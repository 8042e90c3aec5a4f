package nl.bijeen.attendance;

class CheckInH2IntegrationTests extends CheckInContract {

}
