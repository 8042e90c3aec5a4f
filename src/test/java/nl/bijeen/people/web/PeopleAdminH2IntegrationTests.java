package nl.bijeen.people.web;

class PeopleAdminH2IntegrationTests extends PeopleAdminContract {

}
