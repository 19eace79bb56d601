package org.regindex.identity.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation anyone may call without signing in (published open data). Every other operation
 * answers 401 to a caller without a valid token before it reads the body ({@link SignInBeforeBody}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpenData {}
