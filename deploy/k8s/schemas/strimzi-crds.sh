#!/usr/bin/env bash
# Regenerates the Strimzi schemas in this folder: runs Strimzi's CRD generator (io.strimzi:crd-generator, from
# Maven Central) on its API classes (io.strimzi:api) as Strimzi's own build does, then keeps the v1 schema of
# each kind without descriptions and status, and with the big subtrees these manifests never set (pod
# templates, affinity, tolerations; on Kafka the components other than kafka and entityOperator) cut down to
# "any object": their field names are still known, their contents are not checked.
#   deploy/k8s/schemas/strimzi-crds.sh [STRIMZI_VERSION]    (needs python3 with PyYAML)
set -euo pipefail
version=${1:-1.2.0}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>strimzi-crds</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId><version>$version</version></dependency>
    <dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM
"$root/mvnw" -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
java -cp "$(cat "$work/cp.txt")" io.strimzi.crdgenerator.CrdGenerator --crd-api-version v1 --api-versions v1 \
  --storage-version v1 --yaml --target-kube 1.16+ \
  io.strimzi.api.kafka.model.kafka.Kafka="$work/Kafka.yaml" \
  io.strimzi.api.kafka.model.topic.KafkaTopic="$work/KafkaTopic.yaml" \
  io.strimzi.api.kafka.model.nodepool.KafkaNodePool="$work/KafkaNodePool.yaml"

python3 - "$work" "$here" "$version" <<'PY'
import sys, yaml
work, out, version = sys.argv[1:]
ANY = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
CUT = {"template", "affinity", "tolerations"}

def trim(node):
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "description":
                continue
            if key == "properties":
                value = {k: (ANY if k in CUT else trim(v)) for k, v in value.items()}
            else:
                value = trim(value)
            result[key] = value
        return result
    if isinstance(node, list):
        return [trim(x) for x in node]
    return node

for kind in ("Kafka", "KafkaTopic", "KafkaNodePool"):
    crd = yaml.safe_load(open(f"{work}/{kind}.yaml"))
    schema = next(v for v in crd["spec"]["versions"] if v["name"] == "v1")["schema"]["openAPIV3Schema"]
    schema["properties"].pop("status", None)
    if kind == "Kafka":
        spec = schema["properties"]["spec"]["properties"]
        for component in spec:
            if component not in ("kafka", "entityOperator"):
                spec[component] = ANY
    with open(f"{out}/kafka.strimzi.io_v1_{kind}.yaml", "w") as f:
        f.write(f"# OpenAPI v3 schema of {kind} (kafka.strimzi.io/v1), from the CustomResourceDefinition that Strimzi\n"
                f"# {version} generates from its API classes (io.strimzi:crd-generator and io.strimzi:api {version},\n"
                f"# Maven Central), trimmed by strimzi-crds.sh beside this file, which regenerates it.\n")
        yaml.safe_dump(trim(schema), f, sort_keys=False, width=120)
PY
echo "written to $here"
