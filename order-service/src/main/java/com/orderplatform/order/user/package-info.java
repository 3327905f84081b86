/**
 * User accounts and their passwords. An admin creates accounts with one role
 * ({@code admin}, {@code operator}, {@code viewer}), lists them and disables or
 * re-enables them; users change their own password; passwords are kept only as BCrypt
 * hashes. {@link UserLoginService} checks a password for a login or a password change and
 * slows down guessing ({@code LoginAttempts}): each check is counted before BCrypt runs,
 * per user name and client (locked for 30 s after five failures, doubling up to 15
 * minutes) and per client (after twenty), in the database so the limits hold across
 * restarts and instances. Disabling a user or changing a password raises the user's token
 * version and publishes {@link UserTokensRevoked}. On the first start,
 * {@code InitialAdmin} creates the first admin.
 * <p>
 * What can go wrong with an account or a login is the sub-package {@code errors}, the
 * feature's named interface for the problem-details advice.
 */
package com.orderplatform.order.user;
