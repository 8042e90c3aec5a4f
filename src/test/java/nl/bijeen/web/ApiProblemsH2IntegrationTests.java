package nl.bijeen.web;

class ApiProblemsH2IntegrationTests extends ApiProblemsContract {

}
