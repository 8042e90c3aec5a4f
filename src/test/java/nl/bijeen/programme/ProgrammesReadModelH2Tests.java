package nl.bijeen.programme;

class ProgrammesReadModelH2Tests extends ProgrammesReadModelContract {

}
