package vn.dienhong.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md, checked on the compiled main code. */
class LayerRulesTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dienhong");
    }

    @Test
    void layersOnlyDependDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("vn.dienhong.app..")
                .layer("gui").definedBy("vn.dienhong.gui..")
                .layer("server").definedBy("vn.dienhong.server..")
                .layer("logic").definedBy("vn.dienhong.logic..")
                .layer("export").definedBy("vn.dienhong.export..")
                .layer("persistence").definedBy("vn.dienhong.persistence..")
                .layer("model").definedBy("vn.dienhong.model..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("gui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("server").mayOnlyBeAccessedByLayers("app")
                .whereLayer("logic").mayOnlyBeAccessedByLayers("app", "gui", "server")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app", "logic")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("app", "logic")
                .whereLayer("model").mayOnlyBeAccessedByLayers("app", "gui", "server", "logic", "export", "persistence");
        rule.check(main);
    }

    @Test
    void generatedJooqTypesStayInPersistence() {
        noClasses().that().resideOutsideOfPackage("vn.dienhong.persistence..")
                .should().dependOnClassesThat().resideInAPackage("vn.dienhong.persistence.jooq..")
                .check(main);
    }

    @Test
    void modelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("vn.dienhong.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.dienhong.model..")
                .check(main);
    }

    @Test
    void onlyTheGuiAndTheAppKnowJavaFx() {
        noClasses().that().resideOutsideOfPackages("vn.dienhong.gui..", "vn.dienhong.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(main);
    }

    @Test
    void onlyTheServerKnowsNetty() {
        noClasses().that().resideOutsideOfPackages("vn.dienhong.server..", "vn.dienhong.app..")
                .should().dependOnClassesThat().resideInAPackage("io.netty..")
                .check(main);
    }

    @Test
    void nothingPrintsToStandardStreamsDirectly() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("diagnostics go to the logger; people read messages on screens")
                .check(main);
    }
}
