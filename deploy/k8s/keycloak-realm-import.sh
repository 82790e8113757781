#!/usr/bin/env bash
# Prints a KeycloakRealmImport resource built from deploy/keycloak/upright-realm.json, the one realm
# file every setup imports. Kustomize cannot embed a JSON file as an object inside a custom resource
# (and may not read files outside deploy/k8s), so the resource is generated when it is applied, never
# committed: a copy would drift from the realm file.
#
#   deploy/k8s/keycloak-realm-import.sh --web-url http://upright.localhost | kubectl apply -n upright -f -
#   deploy/k8s/keycloak-realm-import.sh --web-url https://app.upright.example --without-demo-data \
#     | kubectl apply -n upright -f -
#
#   --web-url URL        where the gateway serves the web app; added to the upright-web client's allowed
#                        redirects (the realm file allows only http://localhost:8080). Repeatable.
#   --without-demo-data  leave out the demo users and tenants, the password-grant test client, the
#                        clients whose secrets are written in the realm file and the localhost redirects
#                        (use this for production). plan-service's own client stays, with a secret
#                        Keycloak generates: put it in the upright-plan-service-keycloak Secret.
#   --keycloak NAME      the Keycloak resource to import into (default: keycloak)
#
# The operator imports a realm only if it does not exist yet; it never updates an existing one.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
REALM_FILE="$ROOT/deploy/keycloak/upright-realm.json"

web_urls=() demo=true keycloak=keycloak
while [ $# -gt 0 ]; do
  case "$1" in
    --web-url) web_urls+=("${2:?--web-url needs a URL}"); shift 2 ;;
    --without-demo-data) demo=false; shift ;;
    --keycloak) keycloak=${2:?--keycloak needs a name}; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

command -v python3 >/dev/null || { echo "python3 is needed to read the realm file" >&2; exit 1; }

python3 - "$REALM_FILE" "$keycloak" "$demo" ${web_urls[@]+"${web_urls[@]}"} <<'PY'
import json
import sys

realm_file, keycloak, demo, web_urls = sys.argv[1], sys.argv[2], sys.argv[3] == "true", sys.argv[4:]
with open(realm_file, encoding="utf-8") as f:
    realm = json.load(f)

# The platform's own confidential clients: kept in production, but Keycloak generates their secret
# there (copy it into the Secret the service reads), since the file's secret is a demo value
PLATFORM_CLIENTS = {"plan-service"}

if not demo:
    # Demo users go; the service accounts of the platform's clients stay, with their admin roles
    realm["users"] = [u for u in realm.get("users", [])
                      if u.get("serviceAccountClientId") in PLATFORM_CLIENTS]
    realm.pop("organizations", None)
    # A client with a secret in a file in the repository, or one that takes passwords directly, is a
    # demo convenience: production integrations get their clients and secrets from an administrator
    kept = []
    for c in realm.get("clients", []):
        if c.get("clientId") in PLATFORM_CLIENTS:
            c.pop("secret", None)
            kept.append(c)
        elif "secret" not in c and not c.get("directAccessGrantsEnabled", False):
            kept.append(c)
    realm["clients"] = kept

for client in realm.get("clients", []):
    if client.get("clientId") != "upright-web" or not web_urls:
        continue
    attributes = client.setdefault("attributes", {})
    if demo:
        redirects = client.setdefault("redirectUris", [])
        logout = [u for u in attributes.get("post.logout.redirect.uris", "").split("##") if u]
    else:
        # Production allows redirects to the deployed web app only, not to a developer's localhost
        redirects = client["redirectUris"] = []
        logout = []
    for url in web_urls:
        pattern = url.rstrip("/") + "/*"
        if pattern not in redirects:
            redirects.append(pattern)
        if pattern not in logout:
            logout.append(pattern)
    attributes["post.logout.redirect.uris"] = "##".join(logout)
    # Relative links in the client (its base URL) resolve against the deployed web app
    client["rootUrl"] = web_urls[0].rstrip("/")

resource = {
    "apiVersion": "k8s.keycloak.org/v2beta1",
    "kind": "KeycloakRealmImport",
    "metadata": {"name": realm["realm"], "labels": {"app.kubernetes.io/part-of": "upright"}},
    "spec": {"keycloakCRName": keycloak, "realm": realm},
}
# JSON is valid YAML, and kubectl reads either
json.dump(resource, sys.stdout, indent=2, ensure_ascii=False)
print()
PY
