package nl.bijeen.dashboard;

class DashboardH2IntegrationTests extends DashboardContract {

}
