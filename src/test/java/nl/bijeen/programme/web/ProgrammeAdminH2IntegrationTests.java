package nl.bijeen.programme.web;

class ProgrammeAdminH2IntegrationTests extends ProgrammeAdminContract {

}
