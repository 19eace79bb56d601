package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a page keeps between requests (its view- and session-scoped beans) travels to the other instances of a cluster
 * with the session, so every field it keeps must be serializable: a value of a serializable type (for collections, of
 * serializable elements), a reference to a bean of a normal scope (the container's proxy travels), or transient.
 * Otherwise the container skips the whole view with a warning, and a page opened on an instance that is gone loses
 * its state on another.
 */
class SessionStateTest {

    private static final Set<Class<? extends Annotation>> PROXIED =
            Set.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class);

    @Test
    void everythingAPageKeepsCanTravelWithTheSession() {
        List<String> problems = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.regindex")) {
            Class<?> type = javaClass.reflect();
            if (!type.isAnnotationPresent(ViewScoped.class) && !type.isAnnotationPresent(SessionScoped.class)) {
                continue;
            }
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getSimpleName() + " is not Serializable");
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class) && isProxied(field.getType())) {
                    continue;
                }
                unserializable(field.getGenericType(), new HashSet<>())
                        .ifPresent(what -> problems.add(type.getSimpleName() + "." + field.getName() + ": " + what));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean isProxied(Class<?> type) {
        return PROXIED.stream().anyMatch(type::isAnnotationPresent);
    }

    /** The part of a field's type that cannot be serialized, if any; our own types are looked into, field by field. */
    private static Optional<String> unserializable(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                return unserializable(plain.getComponentType(), seen);
            }
            boolean fine = plain.isPrimitive()
                    || Serializable.class.isAssignableFrom(plain)
                    || plain == Clock.class // the container's clock is a system clock, which is serializable
                    || (plain.isInterface() && plain.getName().startsWith("java.util."));
            if (!fine) {
                return Optional.of(plain.getName());
            }
            if (plain.getName().startsWith("org.regindex.") && !plain.isEnum() && seen.add(plain)) {
                for (Field field : plain.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                        Optional<String> inner = unserializable(field.getGenericType(), seen);
                        if (inner.isPresent()) {
                            return Optional.of(plain.getSimpleName() + "." + field.getName() + ": " + inner.get());
                        }
                    }
                }
            }
            return Optional.empty();
        }
        if (type instanceof ParameterizedType parameterized) {
            Optional<String> raw = unserializable(parameterized.getRawType(), seen);
            if (raw.isPresent()) {
                return raw;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                Optional<String> inner = unserializable(argument, seen);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return Optional.empty(); // type variables and wildcards: decided where they are bound
    }
}
