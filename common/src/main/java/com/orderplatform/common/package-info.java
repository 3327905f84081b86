/**
 * Shared, non-domain code every service uses, and no domain class (ARCHITECTURE §1).
 * {@link com.orderplatform.common.PlatformAutoConfiguration} wires the web, http, json
 * and storage pieces into every service; {@code security} has auto-configurations of its
 * own. Each sub-package is one concern and may use only the JDK, Spring and the
 * sub-packages its own package-info names.
 */
package com.orderplatform.common;
