package nl.bijeen.insights;

class InsightsH2IntegrationTests extends InsightsContract {

}
