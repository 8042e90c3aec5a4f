package nl.bijeen.demo;

class DemoContentH2IntegrationTests extends DemoContentContract {

}
