/**
 * User accounts and their passwords. An admin creates accounts with one role
 * ({@code admin}, {@code operator}, {@code viewer}), lists them and disables or
 * re-enables them; passwords are kept only as BCrypt hashes. {@link UserLoginService}
 * checks a username and password for the login endpoint and slows down guessing: after
 * five consecutive failures an account is locked for 30 s, doubling with each further
 * failure up to 15 minutes, kept in the database so the lock holds across restarts and
 * instances. On the first start, {@code InitialAdmin} creates the first admin.
 */
package com.orderplatform.order.user;
