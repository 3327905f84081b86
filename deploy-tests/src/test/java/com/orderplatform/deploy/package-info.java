/**
 * Offline checks of the deployment artifacts in {@code deploy/}: the Compose file as
 * Debian's {@code docker-compose} reads it, the Kubernetes manifests against the
 * Kubernetes API's own generated models, the nginx configuration with {@code nginx -t},
 * the services' OCI image, and that every environment variable these files set is one the
 * services read, so they cannot drift apart.
 */
package com.orderplatform.deploy;
