package nl.bijeen.registration;

class CapacityChangesH2Tests extends CapacityChangesContract {

}
