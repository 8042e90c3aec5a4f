package nl.bijeen.people.web;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class PeopleAdminPostgresIntegrationTests extends PeopleAdminContract {

}
