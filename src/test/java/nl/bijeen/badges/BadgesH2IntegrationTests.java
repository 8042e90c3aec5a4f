package nl.bijeen.badges;

class BadgesH2IntegrationTests extends BadgesContract {

}
