package org.regindex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The shape of the code as rules that fail the build: features form a stack in which each depends
 * only on those below it; within a feature, entities and control know nothing of the boundary; and
 * the web (JAX-RS, Faces, PrimeFaces) stays in the boundary.
 */
@AnalyzeClasses(packages = "org.regindex", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** From the bottom up: a feature may use the features before it in this list, and none after it. */
    static final List<String> FEATURES = List.of(
            "platform",
            "identity",
            "codebook",
            "assignment",
            "audit",
            "release",
            "questionnaire",
            "publication",
            "demo");

    @ArchTest
    static final ArchRule featuresDependOnlyOnFeaturesBelowThem = stack();

    private static ArchRule stack() {
        LayeredArchitecture stack = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String feature : FEATURES) {
            stack = stack.layer(feature).definedBy("org.regindex." + feature + "..");
        }
        for (int i = 0; i < FEATURES.size(); i++) {
            List<String> above = FEATURES.subList(i + 1, FEATURES.size());
            stack = above.isEmpty()
                    ? stack.whereLayer(FEATURES.get(i)).mayNotBeAccessedByAnyLayer()
                    : stack.whereLayer(FEATURES.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        return stack;
    }

    @ArchTest
    static final ArchRule everyClassIsInAFeatureOfTheStack = classes()
            .should()
            .resideInAnyPackage(FEATURES.stream()
                    .map(feature -> "org.regindex." + feature + "..")
                    .toArray(String[]::new));

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("org.regindex.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesAndControlKnowNothingOfTheBoundary = noClasses()
            .that()
            .resideInAnyPackage("..entity..", "..control..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule entitiesKnowNothingOfControl = noClasses()
            .that()
            .resideInAPackage("..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..control..");

    @ArchTest
    static final ArchRule theWebStaysInTheBoundary = noClasses()
            .that()
            .resideInAnyPackage("..entity..", "..control..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..");

    @ArchTest
    static final ArchRule everyClassBelongsToABoundaryControlOrEntity = classes()
            .that()
            .resideOutsideOfPackage("org.regindex.demo..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .resideInAnyPackage("..boundary..", "..control..", "..entity..");
}
