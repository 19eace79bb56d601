package org.regindex.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.regindex.platform.boundary.RestApplication;

/** The JAX-RS resource methods of the application, each with its HTTP method and full path template. */
final class JaxRsEndpoints {

    record Endpoint(String method, String path, Method javaMethod) {

        String key() {
            return method + " " + path;
        }
    }

    private JaxRsEndpoints() {}

    static List<Endpoint> all() {
        String root = RestApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.regindex")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(
                        httpMethod, join(root, classPath, methodPath == null ? "" : methodPath.value()), method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "/api" + "v1/cycles/{cycle}" + "" as "/api/v1/cycles/{cycle}"; a template's regular expression is dropped. */
    static String join(String... parts) {
        String joined = Arrays.stream(parts)
                .flatMap(part -> Arrays.stream(part.split("/")))
                .filter(segment -> !segment.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
