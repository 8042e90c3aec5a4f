package nl.bijeen.events.web;

class TaxonomyAdminH2IntegrationTests extends TaxonomyAdminContract {

}
