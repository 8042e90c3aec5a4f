package nl.bijeen.programme;

class ProgrammeCopierH2IntegrationTests extends ProgrammeCopierContract {

}
