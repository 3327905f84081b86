/**
 * What can go wrong with an account or a login: an unknown or taken user name, an invalid
 * field, an admin disabling their own account, wrong credentials and a locked login. The
 * user feature throws them; they are its named interface {@code errors}, which the
 * service's problem-details advice ({@code web}) maps to status codes. They depend on
 * nothing but the JDK.
 */
@NamedInterface("errors")
package com.orderplatform.order.user.errors;

import org.springframework.modulith.NamedInterface;
