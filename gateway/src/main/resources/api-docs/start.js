// Shows the gateway's gathered API document; "Authorize" takes a bearer token from the platform's Keycloak.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null
  });
});
