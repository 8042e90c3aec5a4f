package nl.bijeen.materials;

class MaterialsH2IntegrationTests extends MaterialsContract {

}
