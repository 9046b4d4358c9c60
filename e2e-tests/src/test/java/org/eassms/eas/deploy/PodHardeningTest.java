package org.eassms.eas.deploy;

import static org.eassms.eas.deploy.Manifests.ROOT;
import static org.eassms.eas.deploy.Manifests.at;
import static org.eassms.eas.deploy.Manifests.base;
import static org.eassms.eas.deploy.Manifests.name;
import static org.eassms.eas.deploy.Manifests.ofKind;
import static org.eassms.eas.deploy.Manifests.propertiesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an operator's platform team asks of the manifests beyond ports and variables: restricted
 * pods, a startup probe, migrations outside the serving process, sync-service scaled on the phones
 * it holds, and network policies that keep the internal API and the data stores to the services.
 */
class PodHardeningTest {
    private static final Set<String> SERVICES =
            Set.of("settings-service", "sync-service", "relay-dispatcher");

    private static Map<String, Object> deployment(String service) throws IOException {
        return ofKind(base(), "Deployment").stream()
                .filter(d -> name(d).equals(service))
                .findFirst()
                .orElseThrow();
    }

    private static List<Map<String, Object>> allContainers(Map<String, Object> deployment) {
        List<Map<String, Object>> all =
                new ArrayList<>(at(deployment, "spec", "template", "spec", "containers"));
        List<Map<String, Object>> init =
                at(deployment, "spec", "template", "spec", "initContainers");
        if (init != null) {
            all.addAll(init);
        }
        return all;
    }

    private static String envValue(Map<String, Object> container, String variable) {
        List<Map<String, Object>> env = at(container, "env");
        return env == null
                ? null
                : env.stream()
                        .filter(e -> variable.equals(e.get("name")))
                        .map(e -> (String) e.get("value"))
                        .findFirst()
                        .orElse(null);
    }

    @Test
    void everyPodRunsRestricted() throws IOException {
        for (String service : SERVICES) {
            Map<String, Object> pod = at(deployment(service), "spec", "template", "spec");
            assertEquals(Boolean.TRUE, at(pod, "securityContext", "runAsNonRoot"), service);
            assertEquals(
                    "RuntimeDefault",
                    at(pod, "securityContext", "seccompProfile", "type"),
                    service);
            for (Map<String, Object> container : allContainers(deployment(service))) {
                String where = service + "/" + container.get("name");
                assertEquals(
                        Boolean.TRUE,
                        at(container, "securityContext", "readOnlyRootFilesystem"),
                        where);
                assertEquals(
                        Boolean.FALSE,
                        at(container, "securityContext", "allowPrivilegeEscalation"),
                        where);
                assertEquals(
                        List.of("ALL"), at(container, "securityContext", "capabilities", "drop"));
                assertEquals("/tmp", at(container, "volumeMounts", "0", "mountPath"), where);
                assertTrue(container.containsKey("resources"), where + " resources");
            }
        }
    }

    @Test
    void aSlowStartIsNotKilled() throws IOException {
        for (String service : SERVICES) {
            Map<String, Object> container =
                    at(deployment(service), "spec", "template", "spec", "containers", "0");
            int port = Integer.parseInt(propertiesOf(service).getProperty("quarkus.http.port"));
            assertEquals("/q/health/started", at(container, "startupProbe", "httpGet", "path"));
            assertEquals(port, (int) at(container, "startupProbe", "httpGet", "port"), service);
            int seconds =
                    (int) at(container, "startupProbe", "periodSeconds")
                            * (int) at(container, "startupProbe", "failureThreshold");
            assertTrue(seconds >= 60, service + " may take a minute to start");
            assertNull(at(container, "livenessProbe", "initialDelaySeconds"), service);
        }
    }

    /**
     * A service that owns tables migrates them in an init step (init-and-exit under Flyway's lock),
     * never while serving; one without migrations has no such step.
     */
    @Test
    void migrationsRunBeforeTheServiceNotInIt() throws IOException {
        for (String service : SERVICES) {
            boolean migrates =
                    Files.isDirectory(ROOT.resolve(service + "/src/main/resources/db/migration"));
            Map<String, Object> deployment = deployment(service);
            List<Map<String, Object>> init =
                    at(deployment, "spec", "template", "spec", "initContainers");
            Map<String, Object> serving =
                    at(deployment, "spec", "template", "spec", "containers", "0");
            if (!migrates) {
                assertNull(init, service + " has nothing to migrate");
                continue;
            }
            assertEquals(
                    "true",
                    propertiesOf(service).getProperty("quarkus.flyway.migrate-at-start"),
                    service + " migrates at start unless told otherwise");
            Map<String, Object> migrate = init.get(0);
            assertEquals("migrate", migrate.get("name"));
            assertEquals(serving.get("image"), migrate.get("image"), "the release's own image");
            assertEquals("true", envValue(migrate, "QUARKUS_INIT_AND_EXIT"), service);
            assertEquals("false", envValue(serving, "QUARKUS_FLYWAY_MIGRATE_AT_START"), service);
            // The init step starts the same application: it needs every variable the service gets.
            Set<String> servingEnv = names(serving);
            servingEnv.remove("QUARKUS_FLYWAY_MIGRATE_AT_START");
            servingEnv.remove("EAS_SYNC_HANGING_LIMIT");
            servingEnv.remove("EAS_SYNC_REPLICA_ID");
            assertTrue(names(migrate).containsAll(servingEnv), service + " init env");
        }
    }

    private static Set<String> names(Map<String, Object> container) {
        List<Map<String, Object>> env = at(container, "env");
        return env.stream().map(e -> (String) e.get("name")).collect(Collectors.toSet());
    }

    @Test
    void syncServiceScalesOnThePhonesItHolds() throws IOException {
        Map<String, Object> hpa = ofKind(base(), "HorizontalPodAutoscaler").get(0);
        assertEquals("sync-service", at(hpa, "spec", "scaleTargetRef", "name"));
        assertNull(
                at(deployment("sync-service"), "spec", "replicas"),
                "the autoscaler owns the replica count");
        List<Map<String, Object>> metrics = at(hpa, "spec", "metrics");
        String metric =
                metrics.stream()
                        .filter(m -> "Pods".equals(m.get("type")))
                        .map(m -> (String) at(m, "pods", "metric", "name"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("eas_hanging_requests", metric);
        // The gauge the service exports under that Prometheus name.
        String source =
                Files.readString(
                        ROOT.resolve(
                                "sync-service/src/main/java/org/eassms/eas/sync/hanging/"
                                        + "HangingRequests.java"));
        assertTrue(source.contains("\"eas.hanging.requests\""), "sync-service exports " + metric);
        int target =
                Integer.parseInt(
                        metrics.stream()
                                .filter(m -> "Pods".equals(m.get("type")))
                                .map(m -> (String) at(m, "pods", "target", "averageValue"))
                                .findFirst()
                                .orElseThrow());
        int limit =
                Integer.parseInt(
                        envValue(
                                at(
                                        deployment("sync-service"),
                                        "spec",
                                        "template",
                                        "spec",
                                        "containers",
                                        "0"),
                                "EAS_SYNC_HANGING_LIMIT"));
        assertTrue(target < limit, "scale out before pods refuse phones");
    }

    @Test
    void onlyTheServicesReachTheInternalApiAndTheStores() throws IOException {
        List<Map<String, Object>> policies = ofKind(base(), "NetworkPolicy");
        Map<String, Object> deny =
                policies.stream()
                        .filter(p -> ((Map<?, ?>) at(p, "spec", "podSelector")).isEmpty())
                        .findFirst()
                        .orElseThrow();
        assertEquals(List.of("Ingress"), at(deny, "spec", "policyTypes"));
        assertEquals(Set.of("sync-service"), podsAllowedInto(policies, "settings-service"));
        assertEquals(
                Set.of("sync-service", "relay-dispatcher"), podsAllowedInto(policies, "redis"));
        for (String service : SERVICES) {
            assertFalse(
                    podsAllowedInto(policies, service).contains(""),
                    service + " is not open to every pod");
        }
    }

    /** The app.kubernetes.io/name of the pods a policy lets into the pods of that name. */
    @SuppressWarnings("unchecked")
    private static Set<String> podsAllowedInto(List<Map<String, Object>> policies, String app) {
        Map<String, Object> policy =
                policies.stream()
                        .filter(
                                p ->
                                        app.equals(
                                                at(
                                                        p,
                                                        "spec",
                                                        "podSelector",
                                                        "matchLabels",
                                                        "app.kubernetes.io/name")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no policy for " + app));
        List<Map<String, Object>> rules = at(policy, "spec", "ingress");
        return rules.stream()
                .flatMap(r -> ((List<Map<String, Object>>) r.get("from")).stream())
                .filter(from -> from.containsKey("podSelector"))
                .map(
                        from -> {
                            String label =
                                    at(
                                            from,
                                            "podSelector",
                                            "matchLabels",
                                            "app.kubernetes.io/name");
                            return label == null ? "" : label;
                        })
                .collect(Collectors.toSet());
    }
}
