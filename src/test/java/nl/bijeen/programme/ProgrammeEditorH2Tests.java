package nl.bijeen.programme;

class ProgrammeEditorH2Tests extends ProgrammeEditorContract {

}
