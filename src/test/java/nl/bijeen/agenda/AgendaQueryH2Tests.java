package nl.bijeen.agenda;

class AgendaQueryH2Tests extends AgendaQueryContract {

}
