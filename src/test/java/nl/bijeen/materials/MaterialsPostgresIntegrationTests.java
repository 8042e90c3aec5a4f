package nl.bijeen.materials;

import nl.bijeen.support.PostgresTest;

@PostgresTest
class MaterialsPostgresIntegrationTests extends MaterialsContract {

}
