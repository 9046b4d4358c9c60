package org.eassms.eas.deploy;

import static org.eassms.eas.deploy.Manifests.BASE;
import static org.eassms.eas.deploy.Manifests.ROOT;
import static org.eassms.eas.deploy.Manifests.at;
import static org.eassms.eas.deploy.Manifests.base;
import static org.eassms.eas.deploy.Manifests.documents;
import static org.eassms.eas.deploy.Manifests.name;
import static org.eassms.eas.deploy.Manifests.ofKind;
import static org.eassms.eas.deploy.Manifests.propertiesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eassms.eas.contract.Topics;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in deploy/ agree with the services they run: every file a kustomization
 * lists parses; each Deployment's port and probes are its service's HTTP port and health paths;
 * every environment variable its {@code %prod} profile reads is provided, from the ConfigMap, the
 * Secret (as the dev overlay generates it) or the pod; every Kafka topic the services use is
 * declared; the Ingress routes ActiveSync to sync-service.
 */
class ManifestsTest {
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{(EAS_[A-Z_]+)");

    @Test
    @SuppressWarnings("unchecked")
    void everyKustomizationListsFilesThatParse() throws IOException {
        for (Path dir :
                List.of(
                        BASE,
                        ROOT.resolve("deploy/overlays/dev"),
                        ROOT.resolve("deploy/overlays/prod"))) {
            Map<String, Object> kustomization = documents(dir.resolve("kustomization.yaml")).get(0);
            for (String resource : (List<String>) kustomization.get("resources")) {
                Path target = dir.resolve(resource).normalize();
                assertTrue(Files.exists(target), dir + " lists " + resource);
                if (Files.isRegularFile(target)) {
                    assertFalse(documents(target).isEmpty(), target + " is empty");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachDeploymentMatchesItsService() throws IOException {
        List<Map<String, Object>> all = base();
        Map<String, Object> config = ofKind(all, "ConfigMap").get(0);
        Set<String> configKeys = ((Map<String, Object>) config.get("data")).keySet();
        Set<String> secretKeys = devSecretKeys();
        List<Map<String, Object>> deployments = ofKind(all, "Deployment");
        assertEquals(
                Set.of("settings-service", "sync-service", "relay-dispatcher"),
                new HashSet<>(deployments.stream().map(Manifests::name).toList()));
        for (Map<String, Object> deployment : deployments) {
            String service = name(deployment);
            Properties properties = propertiesOf(service);
            int port = Integer.parseInt(properties.getProperty("quarkus.http.port"));
            Map<String, Object> container =
                    at(deployment, "spec", "template", "spec", "containers", "0");
            assertEquals(port, (int) at(container, "ports", "0", "containerPort"), service);
            assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
            assertEquals(port, (int) at(container, "readinessProbe", "httpGet", "port"), service);
            assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
            assertEquals(port, (int) at(container, "livenessProbe", "httpGet", "port"), service);
            assertTrue(((String) container.get("image")).contains(service), service + " image");
            assertTrue(container.containsKey("resources"), service + " resources");

            Set<String> provided = new HashSet<>(configKeys);
            for (Map<String, Object> env : (List<Map<String, Object>>) container.get("env")) {
                provided.add((String) env.get("name"));
                String secretKey = at(env, "valueFrom", "secretKeyRef", "key");
                if (secretKey != null) {
                    assertTrue(
                            secretKeys.contains(secretKey), service + " needs secret " + secretKey);
                }
            }
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("%prod.")) {
                    Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
                    while (m.find()) {
                        assertTrue(provided.contains(m.group(1)), service + " reads " + m.group(1));
                    }
                }
            }
            assertTrue(
                    ofKind(all, "Service").stream()
                            .anyMatch(
                                    s ->
                                            name(s).equals(service)
                                                    && (int) at(s, "spec", "ports", "0", "port")
                                                            == port),
                    service + " has a Service on its port");
            assertTrue(
                    ofKind(all, "PodDisruptionBudget").stream()
                            .anyMatch(p -> name(p).equals(service)),
                    service + " has a PodDisruptionBudget");
        }
    }

    @Test
    void sync_serviceNamesEachPodAsItsWakeReplica() throws IOException {
        assertTrue(
                namedAfterItsPod("sync-service", "EAS_SYNC_REPLICA_ID"),
                "one wake channel per pod");
    }

    @Test
    void relay_dispatcherNamesEachPodAsItsStaticMember() throws IOException {
        assertTrue(
                namedAfterItsPod("relay-dispatcher", "EAS_INSTANCE_ID"),
                "group.instance.id from the pod name (ADR 5)");
        assertTrue(
                propertiesOf("relay-dispatcher")
                        .getProperty("mp.messaging.incoming.sms-outbox.group.instance.id")
                        .contains("${EAS_INSTANCE_ID"));
        Map<String, Object> relay =
                ofKind(base(), "Deployment").stream()
                        .filter(d -> name(d).equals("relay-dispatcher"))
                        .findFirst()
                        .orElseThrow();
        assertTrue((int) at(relay, "spec", "replicas") >= 2, "a second replica takes over");
    }

    private static boolean namedAfterItsPod(String deployment, String variable) throws IOException {
        Map<String, Object> service =
                ofKind(base(), "Deployment").stream()
                        .filter(d -> name(d).equals(deployment))
                        .findFirst()
                        .orElseThrow();
        List<Map<String, Object>> env =
                at(service, "spec", "template", "spec", "containers", "0", "env");
        return env.stream()
                .anyMatch(
                        e ->
                                variable.equals(e.get("name"))
                                        && "metadata.name"
                                                .equals(
                                                        at(
                                                                e,
                                                                "valueFrom",
                                                                "fieldRef",
                                                                "fieldPath")));
    }

    /** The topics in the services' configuration are the ones wake-contract names. */
    @Test
    void theServicesUseTheContractsTopics() throws IOException {
        assertEquals(
                Topics.SMS_OUTBOX,
                propertiesOf("sync-service").getProperty("mp.messaging.outgoing.outbox.topic"));
        assertEquals(
                Topics.SMS_TRANSPORTS,
                propertiesOf("settings-service").getProperty("mp.messaging.outgoing.outbox.topic"));
        Properties relay = propertiesOf("relay-dispatcher");
        assertEquals(
                Topics.SMS_OUTBOX, relay.getProperty("mp.messaging.incoming.sms-outbox.topic"));
        assertEquals(
                Topics.SMS_TRANSPORTS,
                relay.getProperty("mp.messaging.incoming.sms-transports.topic"));
    }

    @Test
    void everyTopicTheServicesUseIsDeclared() throws IOException {
        Set<String> declared = new HashSet<>();
        ofKind(base(), "KafkaTopic").forEach(t -> declared.add(name(t)));
        for (String service : List.of("settings-service", "sync-service", "relay-dispatcher")) {
            Properties properties = propertiesOf(service);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    assertTrue(
                            declared.contains(properties.getProperty(key)),
                            service + " uses " + properties.getProperty(key));
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIngressRoutesActiveSyncToSyncService() throws IOException {
        Map<String, Object> ingress = ofKind(base(), "Ingress").get(0);
        List<Map<String, Object>> paths = at(ingress, "spec", "rules", "0", "http", "paths");
        Map<String, Object> activeSync =
                paths.stream()
                        .filter(p -> "/Microsoft-Server-ActiveSync".equals(p.get("path")))
                        .findFirst()
                        .orElseThrow();
        assertEquals("sync-service", at(activeSync, "backend", "service", "name"));
        assertEquals(8080, (int) at(activeSync, "backend", "service", "port", "number"));
        int readTimeout =
                Integer.parseInt(
                        ((Map<String, String>) at(ingress, "metadata", "annotations"))
                                .get("nginx.ingress.kubernetes.io/proxy-read-timeout"));
        assertTrue(readTimeout > 59 * 60, "a 59-minute hanging Sync outlives the proxy timeout");
        Map<Object, Object> routed =
                paths.stream()
                        .collect(
                                java.util.stream.Collectors.toMap(
                                        p -> p.get("path"),
                                        p -> at(p, "backend", "service", "name")));
        for (String page : List.of("/api", "/web", "/web-assets")) {
            assertEquals("sync-service", routed.get(page), page + " is public");
        }
        assertTrue(
                routed.keySet().stream().noneMatch(path -> path.toString().startsWith("/admin")),
                "the admin API is not public: " + routed.keySet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> devSecretKeys() throws IOException {
        Map<String, Object> dev =
                documents(ROOT.resolve("deploy/overlays/dev/kustomization.yaml")).get(0);
        Set<String> keys = new HashSet<>();
        for (Map<String, Object> generator :
                (List<Map<String, Object>>) dev.get("secretGenerator")) {
            for (String literal : (List<String>) generator.get("literals")) {
                keys.add(literal.substring(0, literal.indexOf('=')));
            }
        }
        return keys;
    }
}
