// Starts Swagger UI on the API reference page (/api/docs). A file of its own, not an inline script: the site's
// Content-Security-Policy runs scripts from this site only.
(function () {
    "use strict";
    var element = document.getElementById("swagger-ui");
    if (!element || typeof window.SwaggerUIBundle !== "function") {
        return;
    }
    window.SwaggerUIBundle({
        domNode: element,
        url: element.getAttribute("data-document"),
        deepLinking: true,
        // No badge from validator.swagger.io: nothing leaves this site.
        validatorUrl: null,
        tryItOutEnabled: false,
        persistAuthorization: false
    });
})();
