package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.Refusal;

/**
 * The problem types the API can answer are the ones the OpenAPI document lists (in {@code x-problem-types} and in the
 * Problem schema's description): each refusal's condition, read from its class, and {@code about:blank}.
 */
class ProblemTypesDocumentedTest {

    private static final String PREFIX = "urn:regindex:problem:";

    @Test
    void everyConditionOfTheCodeIsDocumentedAndNoOther() throws ReflectiveOperationException {
        OpenAPI api =
                OpenApiDocumentTest.parse(OpenApiDocumentTest.yaml(), false).getOpenAPI();
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = (Map<String, Object>) api.getExtensions().get("x-problem-types");
        Set<String> documented = new TreeSet<>(listed.keySet());
        assertTrue(documented.remove("about:blank"));
        Set<String> inCode = new TreeSet<>();
        for (String condition : conditions()) {
            inCode.add(PREFIX + condition);
        }
        assertEquals(inCode, documented);
        String description = api.getComponents().getSchemas().get("Problem").getDescription();
        inCode.stream()
                .map(type -> type.substring(PREFIX.length()))
                .forEach(condition -> assertTrue(description.contains(condition), condition + " in Problem"));
    }

    /** A condition is a refusal's constant CONDITION, or, for a class of several, what its factories give. */
    static Set<String> conditions() throws ReflectiveOperationException {
        Set<String> conditions = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.regindex")) {
            Class<?> type = javaClass.reflect();
            if (!Refusal.class.isAssignableFrom(type) || type == Refusal.class) {
                continue;
            }
            try {
                Field constant = type.getDeclaredField("CONDITION");
                constant.setAccessible(true);
                conditions.add((String) constant.get(null));
            } catch (NoSuchFieldException none) {
                for (Method factory : type.getDeclaredMethods()) {
                    if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == type) {
                        Object[] words = Arrays.stream(factory.getParameterTypes())
                                .map(parameter -> "X")
                                .toArray();
                        conditions.add(((Refusal) factory.invoke(null, words)).condition());
                    }
                }
            }
        }
        return conditions;
    }
}
