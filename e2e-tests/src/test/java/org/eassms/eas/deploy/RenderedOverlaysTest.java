package org.eassms.eas.deploy;

import static org.eassms.eas.deploy.Manifests.ROOT;
import static org.eassms.eas.deploy.Manifests.at;
import static org.eassms.eas.deploy.Manifests.name;
import static org.eassms.eas.deploy.Manifests.ofKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The overlays as kubectl renders them (kustomize), which is what `kubectl apply -k` sends: both
 * render, each sets what it says it sets, and every object lands in the system's namespace.
 */
class RenderedOverlaysTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> render(String dir)
            throws IOException, InterruptedException {
        Process kubectl =
                new ProcessBuilder("kubectl", "kustomize", ROOT.resolve(dir).toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize " + dir);
        assertEquals(0, kubectl.exitValue(), dir + " renders: " + out);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(out)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return objects;
    }

    private static void allInTheNamespace(List<Map<String, Object>> objects) {
        for (Map<String, Object> o : objects) {
            if (!"Namespace".equals(o.get("kind"))) {
                assertEquals(
                        "eas-sms", at(o, "metadata", "namespace"), o.get("kind") + " " + name(o));
            }
        }
    }

    @Test
    void productionScalesSyncServiceAndBringsNoSecret() throws Exception {
        List<Map<String, Object>> prod = render("deploy/overlays/prod");
        allInTheNamespace(prod);
        assertEquals(
                3, (int) at(ofKind(prod, "HorizontalPodAutoscaler").get(0), "spec", "minReplicas"));
        assertTrue(ofKind(prod, "Secret").isEmpty(), "production secrets come from the operator");
        for (Map<String, Object> deployment : ofKind(prod, "Deployment")) {
            String image = at(deployment, "spec", "template", "spec", "containers", "0", "image");
            assertTrue(image.matches("eas-sms/" + name(deployment) + ":\\d+\\.\\d+\\.\\d+"), image);
        }
        assertEquals(6, ofKind(prod, "NetworkPolicy").size());
    }

    @Test
    void developmentRunsOneOfEachWithItsOwnSecret() throws Exception {
        List<Map<String, Object>> dev = render("deploy/overlays/dev");
        allInTheNamespace(dev);
        assertTrue(ofKind(dev, "HorizontalPodAutoscaler").isEmpty(), "no autoscaling in dev");
        assertEquals("eas-secrets", name(ofKind(dev, "Secret").get(0)));
        for (Map<String, Object> deployment : ofKind(dev, "Deployment")) {
            Integer replicas = at(deployment, "spec", "replicas");
            int expected = name(deployment).equals("relay-dispatcher") ? 2 : 1;
            assertEquals(expected, replicas == null ? 1 : replicas, name(deployment));
        }
    }

    @Test
    void monitoringRenders() throws Exception {
        List<Map<String, Object>> monitoring = render("deploy/monitoring");
        allInTheNamespace(monitoring);
        Map<String, Object> dashboard = ofKind(monitoring, "ConfigMap").get(0);
        assertEquals("1", at(dashboard, "metadata", "labels", "grafana_dashboard"));
        assertFalse(ofKind(monitoring, "PrometheusRule").isEmpty());
        assertFalse(ofKind(monitoring, "PodMonitor").isEmpty());
    }
}
