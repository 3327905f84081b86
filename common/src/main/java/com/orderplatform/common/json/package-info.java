/**
 * The platform's JSON conventions (snake_case names, lowercase enum values), applied to
 * Boot's mapper in every service. It uses nothing else of {@code common}.
 */
package com.orderplatform.common.json;
