package org.cxadvisor.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Layers point one way and no two packages import each other. From the bottom: {@code i18n} (words), {@code profile}
 * (the input), {@code knowledge} (the rules and their vocabulary), {@code web} (HTTP plumbing shared by the feature
 * controllers), {@code advice} (the engine and its report), the features on top of it ({@code scenario},
 * {@code authoring}), the command line, and the application. A lower layer never imports a higher one; packages not
 * named here are held to the no-cycle rule. Where a lower layer needs something from above, move the type down
 * (as {@code RuleMetadata} and {@code RunawayRulesException} moved to {@code knowledge}) or invert the dependency.
 */
class ArchitectureTest {

    private static final String ROOT = "org.cxadvisor";
    private static final JavaClasses MAIN =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void layersPointOneWay() {
        JavaClasses main = mainClasses();
        assertThat(main.size()).as("classes checked").isGreaterThan(100);
        layers(ROOT).check(main);
    }

    @Test
    void noPackageCycles() {
        cycles(ROOT).check(mainClasses());
    }

    /** The rules are not vacuous: a fixture whose profile package imports its web package breaks both. */
    @Test
    void theRulesFailOnAnUpwardImportAndACycle() {
        String fixture = ROOT + ".architecture.fixture";
        JavaClasses classes = new ClassFileImporter().importPackages(fixture);
        assertThat(classes.size()).isEqualTo(2);
        assertThatThrownBy(() -> layers(fixture).check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Field");
        assertThatThrownBy(() -> cycles(fixture).check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
    }

    private static JavaClasses mainClasses() {
        return MAIN;
    }

    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy(root)
                .layer("cli").definedBy(root + ".cli..")
                .layer("features").definedBy(root + ".scenario..", root + ".authoring..")
                .layer("advice").definedBy(root + ".advice..")
                .layer("web").definedBy(root + ".web..")
                .layer("knowledge").definedBy(root + ".knowledge..")
                .layer("profile").definedBy(root + ".profile..")
                .layer("i18n").definedBy(root + ".i18n..")
                .withOptionalLayers(true)
                .whereLayer("i18n").mayNotAccessAnyLayer()
                .whereLayer("profile").mayOnlyAccessLayers("i18n")
                .whereLayer("knowledge").mayOnlyAccessLayers("profile", "i18n")
                .whereLayer("web").mayOnlyAccessLayers("knowledge", "profile", "i18n")
                .whereLayer("advice").mayOnlyAccessLayers("web", "knowledge", "profile", "i18n")
                .whereLayer("features").mayOnlyAccessLayers("advice", "web", "knowledge", "profile", "i18n")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("application")
                .whereLayer("application").mayNotBeAccessedByAnyLayer();
    }

    static ArchRule cycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
