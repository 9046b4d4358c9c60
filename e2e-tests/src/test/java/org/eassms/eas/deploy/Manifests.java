package org.eassms.eas.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.yaml.snakeyaml.Yaml;

/** Reading deploy/ and the services' configuration, for the tests of the manifests. */
final class Manifests {
    private Manifests() {}

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path BASE = ROOT.resolve("deploy/base");

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> base() throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        Map<String, Object> kustomization = documents(BASE.resolve("kustomization.yaml")).get(0);
        for (String resource : (List<String>) kustomization.get("resources")) {
            all.addAll(documents(BASE.resolve(resource)));
        }
        return all;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> all, String kind) {
        return all.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (current == null) {
                return null;
            }
            current =
                    current instanceof List<?> list
                            ? list.get(Integer.parseInt(step))
                            : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    static String name(Map<String, Object> document) {
        return at(document, "metadata", "name");
    }

    static Properties propertiesOf(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(
                        ROOT.resolve(module + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
