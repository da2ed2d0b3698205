package org.cxadvisor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes} against the Kubernetes API schema, without a cluster: the
 * models generated from the API's OpenAPI description reject a field they do not define and a required field that is
 * missing, so a typo such as {@code readinesProbe} fails here instead of at {@code kubectl apply}. Then what the
 * operations guide promises of them: two replicas, the probes, the database from a Secret, sized resources.
 */
class DeployManifestsTest {

    private static final Path FOLDER = Path.of("deploy/kubernetes");
    private static final Map<String, Class<?>> KINDS = Map.of("Deployment", V1Deployment.class,
            "Service", V1Service.class, "PodDisruptionBudget", V1PodDisruptionBudget.class);

    private final JSON json = new JSON();
    private final Gson gson = new Gson();

    @Test
    void everyManifestMatchesTheKubernetesSchema() throws IOException {
        List<Object> objects = load();
        assertThat(objects).extracting(o -> o.getClass().getSimpleName())
                .contains("V1Deployment", "V1Service", "V1PodDisruptionBudget");
    }

    @Test
    void aMisspeltFieldIsRejected() {
        String manifest = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\n"
                + "spec: {selector: {matchLabels: {a: b}}, template: {spec: {containers: [{name: c, readinesProbe: {}}]}}}";
        assertThatThrownBy(() -> parse(manifest)).hasMessageContaining("readinesProbe");
    }

    @Test
    void theDeploymentRunsTwoProbedReplicasOnTheDatabaseSecret() throws IOException {
        V1Deployment deployment = load().stream().filter(V1Deployment.class::isInstance).map(V1Deployment.class::cast)
                .findFirst().orElseThrow();
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntValue()).isZero();
        V1Container app = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(app.getEnv()).filteredOn(e -> e.getName().startsWith("SPRING_DATASOURCE_"))
                .allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("cx-advisor-db"))
                .hasSize(3);
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(app.getResources().getLimits()).containsKey("memory");
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
    }

    private List<Object> load() throws IOException {
        List<Object> objects = new ArrayList<>();
        try (var files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    objects.addAll(parseAll(Files.readString(file)));
                }
            }
        }
        return objects;
    }

    private Object parse(String yaml) {
        return parseAll(yaml).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Object> parseAll(String yaml) {
        List<Object> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            Map<String, Object> map = (Map<String, Object>) document;
            Class<?> type = KINDS.get((String) map.get("kind"));
            assertThat(type).as("a known kind: %s", map.get("kind")).isNotNull();
            objects.add(json.deserialize(gson.toJson(map), type));
        }
        return objects;
    }
}
